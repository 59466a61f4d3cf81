import React from 'react';
import { Box, Text } from 'ink';
import type { Grade } from '../srs/types.js';
import type { IntervalLabels } from './session-reducer.js';
import { useColor } from './theme.js';

export const GRADE_NAMES: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
const GRADE_COLORS: Record<Grade, string> = { 1: 'red', 2: 'yellow', 3: 'green', 4: 'blue' };

/** "1 Again · 1m  2 Hard · 6m  3 Good · 10m  4 Easy · 4d"; the grade that space/enter gives is marked. */
/** `intervals` null: not computed yet (a moment after the card is drawn); shown as "…". */
export function AnswerBar({ intervals, preferred = 3 }: { intervals: IntervalLabels | null; preferred?: Grade }) {
  const color = useColor();
  const grades: Grade[] = [1, 2, 3, 4];
  return (
    <Box gap={2} flexWrap="wrap">
      {grades.map((g) => (
        <Text key={g} inverse={g === preferred}>
          <Text dimColor={g !== preferred}>{g} </Text>
          <Text bold color={color(GRADE_COLORS[g])}>
            {GRADE_NAMES[g]}
          </Text>
          {` · ${intervals?.[g] ?? '…'}`}
        </Text>
      ))}
    </Box>
  );
}
