import type { HskLevels } from '../model/deck.js';
import { isOneCharacter } from './word-filter.js';

export interface RankInput {
  word: string;
  /** Signed log-likelihood keyness against the general corpus. */
  keyness: number;
  /** Occurrences in the article. */
  count: number;
  /** Zipf in the general corpus (0: not in it). */
  zipf: number;
  hsk: HskLevels;
  hasDefinitions: boolean;
  /** CC-CEDICT gives only capitalised readings: a place, organisation or other proper noun. */
  properNoun: boolean;
  /** Order of first appearance, the last tie-breaker but one. */
  first: number;
}

/**
 * How useful a card is to a learner reading official texts, 0..1: basic words
 * (HSK 3.0 levels 1–2) are likely known already; single characters are mostly
 * bound forms; a word without a definition makes a weak card.
 */
export function usefulness(r: RankInput): number {
  let u = 1;
  const level = r.hsk.v3 ?? r.hsk.v2;
  if (level !== null) u *= level <= 1 ? 0.3 : level <= 2 ? 0.5 : level <= 3 ? 0.8 : 1;
  if (isOneCharacter(r.word)) u *= 0.5;
  if (!r.hasDefinitions) u *= 0.4;
  // Proper nouns (大连市, 公安部) are what the text is about, not vocabulary that carries over.
  if (r.properNoun) u *= 0.5;
  // Very common general words (Zipf ≥ 5.8: the corpus's ~140 most frequent) are rarely what a learner lacks.
  if (r.zipf >= 5.8) u *= 0.6;
  return u;
}

/**
 * Score = usefulness × log(1 + positive keyness) plus a little for repetition,
 * so the top of the deck is what this text is about and what a learner needs.
 */
export function score(r: RankInput): number {
  const key = Math.log1p(Math.max(0, r.keyness));
  return usefulness(r) * (key + 0.5 * Math.log1p(r.count));
}

/** Best first; ties by first appearance, then by code point, so every run agrees. */
export function compareRanked(a: RankInput & { score: number }, b: RankInput & { score: number }): number {
  if (b.score !== a.score) return b.score - a.score;
  if (a.first !== b.first) return a.first - b.first;
  return a.word < b.word ? -1 : a.word > b.word ? 1 : 0;
}
