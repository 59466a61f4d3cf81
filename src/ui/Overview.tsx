import React from 'react';
import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { QueueCounts } from './session-reducer.js';
import { useColor } from './theme.js';

export interface DeckRow extends QueueCounts {
  name: string;
}

export interface OverviewProps {
  decks: DeckRow[];
  /** 0: all decks; i: decks[i - 1]. */
  cursor: number;
  columns: number;
}

/** Pads to a display width (CJK characters take two cells). */
function padCells(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** Cuts to a display width, with an ellipsis. */
export function fitCells(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Today's queue per deck; the highlighted row is what enter starts. */
export function Overview({ decks, cursor, columns }: OverviewProps) {
  const color = useColor();
  const numWidth = 9;
  const nameWidth = Math.max(10, Math.min(50, columns - 3 * numWidth - 6));
  const total = decks.reduce((t, d) => ({ new: t.new + d.new, learning: t.learning + d.learning, review: t.review + d.review }), {
    new: 0,
    learning: 0,
    review: 0,
  });
  const rows: DeckRow[] = [{ name: 'All decks', ...total }, ...decks];
  const num = (n: number) => String(n).padStart(numWidth);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>官话 · today</Text>
      <Text dimColor>
        {padCells('', nameWidth + 2)}
        {'new'.padStart(numWidth)}
        {'learning'.padStart(numWidth)}
        {'due'.padStart(numWidth)}
      </Text>
      {rows.map((row, i) => (
        <Text key={`${i}:${row.name}`} inverse={i === cursor} bold={i === 0}>
          {i === cursor ? '› ' : '  '}
          {padCells(fitCells(row.name, nameWidth), nameWidth)}
          <Text color={color('blue')}>{num(row.new)}</Text>
          <Text color={color('red')}>{num(row.learning)}</Text>
          <Text color={color('green')}>{num(row.review)}</Text>
        </Text>
      ))}
      {decks.length === 0 && <Text dimColor>No decks yet: make one with 'guanhua generate', then 'guanhua add'.</Text>}
      <Box marginTop={1}>
        <Text dimColor>enter: start · ↑↓: choose · ?: keys · q: quit</Text>
      </Box>
    </Box>
  );
}
