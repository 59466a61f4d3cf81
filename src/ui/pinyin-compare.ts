import type { Grade } from '../srs/types.js';
import { parseSyllable, parseSyllables, type Syllable } from './pinyin.js';

/** Typing mode: the learner's pinyin against the card's, syllable by syllable. */

export interface SyllableResult {
  expected: Syllable;
  /** null where the learner typed fewer syllables. */
  typed: Syllable | null;
  lettersOk: boolean;
  toneOk: boolean;
}

export interface PinyinComparison {
  syllables: SyllableResult[];
  /** Syllables typed beyond the expected ones. */
  extra: Syllable[];
  /** Every syllable right, letters and tone, and nothing extra. */
  correct: boolean;
}

/**
 * Tone marks typed without spaces (`zhífǎ`) cannot be split on their own: when the
 * learner typed one run of letters that spells the whole word, cut it at the
 * expected syllables' lengths, keeping each part's own mark.
 */
function align(expected: Syllable[], typedText: string): Syllable[] {
  const typed = parseSyllables(typedText);
  if (typed.length === expected.length || typed.length !== 1) return typed;
  if (typed[0]!.letters !== expected.map((s) => s.letters).join('')) return typed;
  const chars = [...typedText.trim().normalize('NFC').replace(/u:/gi, 'v')];
  const parts: string[] = [];
  let i = 0;
  for (const s of expected) {
    let part = '';
    let letters = 0;
    while (i < chars.length && letters < s.letters.length) {
      part += chars[i];
      if (!/[0-5]/.test(chars[i]!)) letters += 1;
      i += 1;
    }
    while (i < chars.length && /[0-5]/.test(chars[i]!)) part += chars[i++];
    parts.push(part);
  }
  return parts.map(parseSyllable);
}

export function comparePinyin(expectedText: string, typedText: string): PinyinComparison {
  const expected = parseSyllables(expectedText);
  const typed = align(expected, typedText);
  const syllables = expected.map((e, i): SyllableResult => {
    const t = typed[i] ?? null;
    const lettersOk = t !== null && t.letters === e.letters;
    return { expected: e, typed: t, lettersOk, toneOk: lettersOk && t!.tone === e.tone };
  });
  const extra = typed.slice(expected.length);
  return { syllables, extra, correct: extra.length === 0 && syllables.every((s) => s.toneOk) };
}

/**
 * The grade the comparison suggests (the learner can change it):
 * all right → Good; letters all right and at most half the tones wrong → Hard;
 * anything else → Again.
 */
export function suggestGrade(c: PinyinComparison): Grade {
  if (c.correct) return 3;
  const n = c.syllables.length;
  const lettersAll = c.extra.length === 0 && c.syllables.every((s) => s.lettersOk);
  const toneMisses = c.syllables.filter((s) => !s.toneOk).length;
  if (lettersAll && toneMisses * 2 <= n) return 2;
  return 1;
}
