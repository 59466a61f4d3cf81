import React from 'react';
import { Box, Text } from 'ink';
import { KEY_HELP } from './keys.js';

/** Every key, from keys.ts. */
export function Help() {
  const keyWidth = Math.max(...KEY_HELP.map(([k]) => k.length)) + 2;
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {KEY_HELP.map(([keys, what]) => (
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
