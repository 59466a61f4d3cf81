import { expect } from 'vitest';
import { isHanWord, segment } from '../../src/lexicon/index.js';

/** The Han words of a sentence as guanhua segments it, in order. */
export function hanWords(text: string): string[] {
  return segment(text)
    .filter((t) => isHanWord(t.word))
    .map((t) => t.word);
}

/** `must` in this order among the sentence's words, and none of `mustNot`. */
export function expectWords(sentence: string, must: string[], mustNot: string[]): void {
  const got = hanWords(sentence);
  let from = 0;
  for (const w of must) {
    const at = got.indexOf(w, from);
    expect(at, `${w} in ${got.join(' ')}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
  for (const w of mustNot) expect(got, got.join(' ')).not.toContain(w);
}
