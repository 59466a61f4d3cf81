/**
 * Coverage arithmetic, pure. A running word (Han token) of the article counts as known when the
 * learner knows it or when guanhua would never make a card of it (function words, numbers,
 * names, words no dictionary has: `free`); the rest are the unknown words, which learning
 * raises coverage by exactly their token count each.
 */

export interface WordTally {
  word: string;
  /** Running words (tokens) of this word in the article. */
  count: number;
  /** Order of first appearance, for stable ties. */
  first: number;
  /** True when the learner knows it. */
  known: boolean;
  /** True when it is never a card (function word, number, name, no dictionary entry). */
  free: boolean;
}

export interface UnknownWord {
  word: string;
  count: number;
  /** How much learning this word alone raises the known share (count / tokens). */
  gain: number;
}

export interface Coverage {
  /** Running words of the article. */
  tokens: number;
  /** Tokens of words the learner knows (from the collection or a --known list). */
  knownTokens: number;
  /** Tokens of words that are never cards, counted as known. */
  freeTokens: number;
  /** (knownTokens + freeTokens) / tokens; 0 for an article without words. */
  share: number;
  /** Unknown words, most tokens first (earliest in the article breaking ties). */
  unknown: UnknownWord[];
}

export function coverage(words: Iterable<WordTally>): Coverage {
  let tokens = 0;
  let knownTokens = 0;
  let freeTokens = 0;
  const unknown: (UnknownWord & { first: number })[] = [];
  for (const w of words) {
    tokens += w.count;
    if (w.known) knownTokens += w.count;
    else if (w.free) freeTokens += w.count;
    else unknown.push({ word: w.word, count: w.count, gain: 0, first: w.first });
  }
  unknown.sort((a, b) => b.count - a.count || a.first - b.first);
  return {
    tokens,
    knownTokens,
    freeTokens,
    share: tokens > 0 ? (knownTokens + freeTokens) / tokens : 0,
    unknown: unknown.map(({ word, count }) => ({ word, count, gain: tokens > 0 ? count / tokens : 0 })),
  };
}

/**
 * How many new words (the best first) bring the known share to at least `target` (0..1):
 * 0 when it is reached already. Every unknown word learned reaches 1, so there is always an answer.
 */
export function wordsToReach(c: Coverage, target: number): number {
  // Integer arithmetic on tokens: no floating-point miss at exactly 95 %.
  const needed = Math.ceil(target * c.tokens - 1e-9);
  let have = c.knownTokens + c.freeTokens;
  let n = 0;
  for (const u of c.unknown) {
    if (have >= needed) break;
    have += u.count;
    n++;
  }
  return n;
}

/** A share rounded to 3 decimals for JSON (0.953). */
export function roundShare(x: number): number {
  return Math.round(x * 1000) / 1000;
}
