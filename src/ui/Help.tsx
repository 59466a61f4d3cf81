import React from 'react';
import { Box, Text } from 'ink';
import { KEY_HELP } from './keys.js';

/** Every key: the review screen's (keys.ts) unless other lines are given (the browse screen's). */
export function Help({ lines = KEY_HELP }: { lines?: ReadonlyArray<readonly [string, string]> }) {
  const keyWidth = Math.max(...lines.map(([k]) => k.length)) + 2;
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {lines.map(([keys, what]) => (
        <Box key={keys}>
          <Box width={keyWidth} flexShrink={0}>
            <Text bold>{keys}</Text>
          </Box>
          <Text wrap="wrap">{what}</Text>
        </Box>
      ))}
    </Box>
  );
}
