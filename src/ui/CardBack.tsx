import React from 'react';
import { Box, Text } from 'ink';
import type { DeckCard } from '../model/deck.js';
import { Highlighted } from './Highlighted.js';
import { PinyinText } from './PinyinText.js';
import { corpusBand } from './corpus-band.js';
import { hskLabel, posLabel, times } from './labels.js';

export interface CardBackProps {
  card: DeckCard;
  sourceTitle: string;
  /** Lines the meanings may take (the screen's height decides). */
  maxMeanings?: number;
}

/** The answer side: reading, meanings and everything known about the word. */
export function CardBack({ card, sourceTitle, maxMeanings = 4 }: CardBackProps) {
  const example = card.examples[0];
  const examplePinyin = card.examplesPinyin[0];
  const facts = [
    card.traditional !== card.word ? `traditional ${card.traditional}` : '',
    posLabel(card.pos),
    hskLabel(card.hsk),
    card.tags.includes('composed') ? 'meaning composed from its parts' : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const meanings = card.definitions.slice(0, maxMeanings);
  const more = card.definitions.length - meanings.length;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Box gap={3}>
        <Text bold>{card.word}</Text>
        <PinyinText pinyin={card.pinyin} numbered={card.pinyinNumbered} bold />
      </Box>
      <Text dimColor>{facts}</Text>
      <Box flexDirection="column" marginTop={1}>
        {meanings.length === 0 && <Text dimColor>(no dictionary has this word)</Text>}
        {meanings.map((d, i) => (
          <Text key={i} wrap="truncate-end">
            {meanings.length > 1 ? `${i + 1}. ` : ''}
            {d}
          </Text>
        ))}
        {more > 0 && <Text dimColor>…and {more} more</Text>}
      </Box>
      <Text>
        <Text dimColor>frequency </Text>
        {times(card.frequency.article)} in this article · corpus {corpusBand(card.frequency.corpus)}
      </Text>
      {example !== undefined && (
        <Box flexDirection="column" marginTop={1}>
          <Highlighted text={example} word={card.word} />
          {examplePinyin !== undefined && examplePinyin !== '' && (
            <Text dimColor wrap="wrap">
              {examplePinyin}
            </Text>
          )}
        </Box>
      )}
      <Text dimColor wrap="truncate-end">
        from 《{sourceTitle}》
      </Text>
    </Box>
  );
}
