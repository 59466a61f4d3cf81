import React from 'react';
import { Text } from 'ink';
import { useColor } from './theme.js';

/** Splits `text` around each occurrence of `word`: [before, word, between, word, …, after]. */
export function splitAround(text: string, word: string): string[] {
  return word === '' ? [text] : text.split(word).flatMap((part, i) => (i === 0 ? [part] : [word, part]));
}

/** An example clause with the card's word stand out: bold and underlined, yellow when colour is on. */
export function Highlighted({ text, word }: { text: string; word: string }) {
  const color = useColor();
  return (
    <Text wrap="wrap">
      {splitAround(text, word).map((part, i) =>
        i % 2 === 1 ? (
          <Text key={i} bold underline color={color('yellow')}>
            {part}
          </Text>
        ) : (
          <Text key={i}>{part}</Text>
        ),
      )}
    </Text>
  );
}
