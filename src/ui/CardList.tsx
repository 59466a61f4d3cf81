import React from 'react';
import { Box, Text } from 'ink';
import type { DayClock } from '../srs/types.js';
import type { CardSummary } from '../store/manage-types.js';
import { listColumns, listRow } from './browse-text.js';

export interface CardListProps {
  cards: CardSummary[];
  cursor: number;
  top: number;
  /** Rows the list may take. */
  rows: number;
  columns: number;
  now: Date;
  clock: DayClock;
}

/** The cards found, one a row; the highlighted one is what enter opens. */
export function CardList({ cards, cursor, top, rows, columns, now, clock }: CardListProps) {
  const cols = listColumns(cards.slice(top, top + rows));
  const width = Math.max(10, columns - 4);
  return (
    <Box flexDirection="column" paddingX={1}>
      {cards.slice(top, top + rows).map((c, i) => {
        const at = top + i === cursor;
        return (
          <Text key={c.id} inverse={at} dimColor={!at && (c.state === 'suspended' || c.state === 'known')}>
            {at ? '› ' : '  '}
            {listRow(c, cols, width, now, clock)}
          </Text>
        );
      })}
      {cards.length === 0 && <Text dimColor>No cards match.</Text>}
    </Box>
  );
}
