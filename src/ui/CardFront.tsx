import React from 'react';
import { Box, Text } from 'ink';
import type { DeckCard } from '../model/deck.js';
import { Highlighted } from './Highlighted.js';
import { spacedWord } from './card-text.js';

export { spacedWord };

/** The question side: the word, large and clear, and its first example clause with the word highlighted. */
export function CardFront({ card }: { card: DeckCard }) {
  const example = card.examples[0];
  return (
    <Box flexDirection="column" alignItems="center">
      <Box borderStyle="round" paddingX={3}>
        <Text bold>{spacedWord(card.word)}</Text>
      </Box>
      {example !== undefined && (
        <Box marginTop={1} paddingX={2}>
          <Highlighted text={example} word={card.word} />
        </Box>
      )}
    </Box>
  );
}
