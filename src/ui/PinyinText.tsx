import React from 'react';
import { Text } from 'ink';
import { tonesOf } from './pinyin.js';
import { toneColor } from './tones.js';
import { useColor } from './theme.js';

/**
 * Tone-marked pinyin with each syllable in its tone's colour. Tones come from
 * `numbered` (the card's pinyinNumbered) when it has one per syllable, else from the marks.
 */
export function PinyinText({ pinyin, numbered = '', bold = false }: { pinyin: string; numbered?: string; bold?: boolean }) {
  const color = useColor();
  const syllables = pinyin.trim().split(/\s+/).filter(Boolean);
  const fromNumbers = tonesOf(numbered);
  const tones = fromNumbers.length === syllables.length ? fromNumbers : syllables.map((s) => tonesOf(s)[0] ?? 5);
  return (
    <Text bold={bold}>
      {syllables.map((s, i) => (
        <Text key={i} color={color(toneColor(tones[i] ?? 5))}>
          {i > 0 ? ' ' : ''}
          {s}
        </Text>
      ))}
    </Text>
  );
}
