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
  /** Learning cards come back at this time (epoch ms); the screen waits for them. */
  waitUntil?: number | null;
}

/** 24-hour local clock time: "14:05". */
function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The session's end: what was done and what comes tomorrow. */
export function Summary({ answered, againRate, timeSpentMs, dueTomorrow, waitUntil = null }: SummaryProps) {
  const rows: Array<[string, string]> = [
    ['answered', String(answered)],
    ['again rate', `${Math.round(againRate * 100)}%`],
    ['time spent', formatDuration(timeSpentMs)],
    ['due tomorrow', dueTomorrow === null ? '…' : String(dueTomorrow)],
  ];
  return (
    <Box flexDirection="column" alignItems="center" marginTop={1}>
      <Text bold>
        {waitUntil !== null ? 'Nothing due right now.' : answered === 0 ? 'Nothing left to review today.' : 'Done for today.'}
      </Text>
      {waitUntil !== null && <Text>Learning cards come back at {clockTime(waitUntil)}; this screen waits for them.</Text>}
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
