import React from 'react';
import { Box, Text } from 'ink';
import type { PinyinComparison, SyllableResult } from './pinyin-compare.js';
import type { Grade } from '../srs/types.js';
import { GRADE_NAMES } from './AnswerBar.js';
import { useColor } from './theme.js';

const TONE_DIGIT = (t: number) => (t === 5 ? '5' : String(t));

function syllableText(s: { letters: string; tone: number } | null): string {
  if (s === null) return '—';
  return `${s.letters.replace(/v/g, 'ü')}${s.tone === 0 ? '?' : TONE_DIGIT(s.tone)}`;
}

/** One syllable of the comparison: the typed one, marked right (✓), wrong tone (~) or wrong (✗). */
function SyllableCell({ s }: { s: SyllableResult }) {
  const color = useColor();
  const mark = s.toneOk ? '✓' : s.lettersOk ? '~' : '✗';
  const c = s.toneOk ? 'green' : s.lettersOk ? 'yellow' : 'red';
  return (
    <Box flexDirection="column" alignItems="center">
      <Text color={color(c)}>
        {syllableText(s.typed)} {mark}
      </Text>
      {!s.toneOk && <Text dimColor>{syllableText(s.expected)}</Text>}
    </Box>
  );
}

export interface TypingPromptProps {
  typed: string;
  result: PinyinComparison | null;
  suggested: Grade | null;
}

/**
 * Typing mode: before the answer, the learner's pinyin as typed; after, the
 * comparison syllable by syllable and the grade it suggests.
 */
export function TypingPrompt({ typed, result, suggested }: TypingPromptProps) {
  if (result === null) {
    return (
      <Box flexDirection="column" paddingX={2}>
        <Text>
          <Text dimColor>pinyin › </Text>
          {typed}
          <Text inverse> </Text>
        </Text>
        <Text dimColor>tone numbers (zhi2 fa3) or marks (zhí fǎ) · enter checks · tab skips</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" paddingX={1}>
      <Box gap={2} flexWrap="wrap">
        <Text dimColor>you typed</Text>
        {result.syllables.map((s, i) => (
          <SyllableCell key={i} s={s} />
        ))}
        {result.extra.length > 0 && <Text dimColor>+{result.extra.map(syllableText).join(' ')}</Text>}
      </Box>
      {suggested !== null && (
        <Text>
          {result.correct ? 'Right. ' : ''}Suggested: <Text bold>{GRADE_NAMES[suggested]}</Text>
          <Text dimColor> (enter accepts, 1–4 changes it)</Text>
        </Text>
      )}
    </Box>
  );
}
