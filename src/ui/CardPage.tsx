import React from 'react';
import { Box, Text } from 'ink';
import type { DayClock } from '../srs/types.js';
import { GRADE_NAMES } from '../srs/interval-label.js';
import type { CardDetail } from '../store/manage-types.js';
import { dueLabel, localTime, RECALL_EVENT } from './card-report.js';
import { Highlighted } from './Highlighted.js';
import { PinyinText } from './PinyinText.js';
import { useColor } from './theme.js';

export interface CardPageProps {
  detail: CardDetail;
  /** Rows the page may take: the history shows its latest answers in what is left. */
  rows: number;
  now: Date;
  clock: DayClock;
}

const GRADE_COLORS = { 1: 'red', 2: 'yellow', 3: 'green', 4: 'blue' } as const;

/** One card: its meanings, where it stands, its decks and examples, and its answers, latest last. */
export function CardPage({ detail: d, rows, now, clock }: CardPageProps) {
  const color = useColor();
  const card = d.card;
  const meanings = card?.definitions.slice(0, 4) ?? [];
  const due = dueLabel(d, now, clock);
  const memory = d.schedule.state === 'new' ? '' : ` · stability ${Math.round(d.stability * 10) / 10} d · difficulty ${d.difficulty.toFixed(1)}`;
  const events = [
    ...d.history.map((h) => ({ t: h.time.getTime(), grade: h.grade as 1 | 2 | 3 | 4 | null, text: `${h.stateBefore} → ${h.stateAfter}, ${h.scheduled > 0 ? `next in ${h.scheduled} d` : 'again today'}` })),
    ...d.forgotten.map((f) => ({ t: f.getTime(), grade: null, text: 'forgotten: new again' })),
    ...(d.recall?.history ?? []).map((h) => ({ t: h.time.getTime(), grade: h.grade as 1 | 2 | 3 | 4 | null, text: RECALL_EVENT })),
  ].sort((a, b) => a.t - b.t);
  const fixedRows = 8 + meanings.length + (card?.examples.length ? 1 : 0);
  const room = Math.max(1, rows - fixedRows);
  const shown = events.slice(-room);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Box gap={3}>
        <Text bold>{d.word}</Text>
        {card && <PinyinText pinyin={card.pinyin} numbered={card.pinyinNumbered} bold />}
        <Text dimColor>{d.id}</Text>
      </Box>
      {meanings.map((m, i) => (
        <Text key={i} wrap="truncate-end">
          {meanings.length > 1 ? `${i + 1}. ` : ''}
          {m}
        </Text>
      ))}
      <Box marginTop={1}>
        <Text wrap="truncate-end">
          <Text bold>{d.state}</Text>
          {due === '—' ? '' : ` · due ${due}`}
          {memory} · {d.reviews} review{d.reviews === 1 ? '' : 's'}, {d.lapses} lapse{d.lapses === 1 ? '' : 's'}
        </Text>
      </Box>
      <Text dimColor wrap="truncate-end">
        {d.decks.join(' · ')}
      </Text>
      {card?.examples[0] !== undefined && <Highlighted text={card.examples[0]} word={d.word} />}
      <Box flexDirection="column" marginTop={1}>
        <Text dimColor>{events.length === 0 ? 'never reviewed' : `history${shown.length < events.length ? ` (the last ${shown.length} of ${events.length})` : ''}`}</Text>
        {shown.map((e, i) => (
          <Text key={i} wrap="truncate-end">
            {localTime(new Date(e.t), clock)}{'  '}
            <Text color={e.grade === null ? undefined : color(GRADE_COLORS[e.grade])}>{(e.grade === null ? '' : GRADE_NAMES[e.grade]).padEnd(5)}</Text>
            {'  '}
            {e.text}
          </Text>
        ))}
      </Box>
    </Box>
  );
}
