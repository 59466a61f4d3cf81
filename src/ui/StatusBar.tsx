import React from 'react';
import { Box, Text } from 'ink';
import type { QueueCounts } from './session-reducer.js';
import { useColor } from './theme.js';
import { progressBar } from './status-text.js';
import { statusBarWidth } from './first-frame.js';

export { progressBar };

export interface StatusBarProps {
  counts: QueueCounts;
  /** 0..1 */
  progress: number;
  /** Terminal columns; the bar takes what the counts leave. */
  columns: number;
  title?: string;
}

/** Remaining new / learning / review counts (Anki's blue, red, green) and a progress bar. */
export function StatusBar({ counts, progress, columns, title }: StatusBarProps) {
  const color = useColor();
  const percent = `${Math.round(progress * 100)}%`.padStart(4);
  const barWidth = statusBarWidth(columns, counts);
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between" paddingX={1}>
        <Text>
          <Text color={color('blue')}>new {counts.new}</Text>
          {'  '}
          <Text color={color('red')}>learning {counts.learning}</Text>
          {'  '}
          <Text color={color('green')}>review {counts.review}</Text>
        </Text>
        <Text>
          <Text color={color('cyan')}>{progressBar(progress, barWidth)}</Text>
          {percent}
        </Text>
      </Box>
      {title !== undefined && (
        <Box paddingX={1}>
          <Text dimColor wrap="truncate-end">
            {title}
          </Text>
        </Box>
      )}
    </Box>
  );
}
