import React from 'react';
import { Box, Text } from 'ink';
import { formatDuration } from './labels.js';

export interface SummaryProps {
  answered: number;
  /** 0..1 */
  againRate: number;
  timeSpentMs: number;
  /** null while not yet known. */
  dueTomorrow: number | null;
}

/** The session's end: what was done and what comes tomorrow. */
export function Summary({ answered, againRate, timeSpentMs, dueTomorrow }: SummaryProps) {
  const rows: Array<[string, string]> = [
    ['answered', String(answered)],
    ['again rate', `${Math.round(againRate * 100)}%`],
    ['time spent', formatDuration(timeSpentMs)],
    ['due tomorrow', dueTomorrow === null ? '…' : String(dueTomorrow)],
  ];
  return (
    <Box flexDirection="column" alignItems="center" marginTop={1}>
      <Text bold>{answered === 0 ? 'Nothing left to review today.' : 'Done for today.'}</Text>
      <Box flexDirection="column" marginTop={1} borderStyle="round" paddingX={2}>
        {rows.map(([label, value]) => (
          <Box key={label} gap={2}>
            <Box width={14}>
              <Text dimColor>{label}</Text>
            </Box>
            <Text bold>{value}</Text>
          </Box>
        ))}
      </Box>
      <Box marginTop={1}>
        <Text dimColor>enter or q: quit · u: undo the last answer</Text>
      </Box>
    </Box>
  );
}
