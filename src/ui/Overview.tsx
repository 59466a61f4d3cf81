import React from 'react';
import { Box, Text } from 'ink';
import { useColor } from './theme.js';
import { NO_DECKS, OVERVIEW_HINT, OVERVIEW_TITLE, overviewTable, type DeckRow } from './overview-text.js';

export type { DeckRow };
export { fitCells } from './overview-text.js';

export interface OverviewProps {
  decks: DeckRow[];
  /** 0: all decks; i: decks[i - 1]. */
  cursor: number;
  columns: number;
}

/** Today's queue per deck; the highlighted row is what enter starts. */
export function Overview({ decks, cursor, columns }: OverviewProps) {
  const color = useColor();
  const table = overviewTable(decks, columns);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{OVERVIEW_TITLE}</Text>
      <Text dimColor>{table.header}</Text>
      {table.rows.map((row, i) => (
        <Text key={`${i}:${row.name}`} inverse={i === cursor} bold={i === 0}>
          {i === cursor ? '› ' : '  '}
          {row.name}
          <Text color={color('blue')}>{row.cells[0]}</Text>
          <Text color={color('red')}>{row.cells[1]}</Text>
          <Text color={color('green')}>{row.cells[2]}</Text>
        </Text>
      ))}
      {decks.length === 0 && <Text dimColor>{NO_DECKS}</Text>}
      <Box marginTop={1}>
        <Text dimColor>{OVERVIEW_HINT}</Text>
      </Box>
    </Box>
  );
}
