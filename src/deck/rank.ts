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
  /** CC-CEDICT gives only capitalised readings: a place, organisation or other proper noun. */
  properNoun: boolean;
  /** Order of first appearance, the last tie-breaker but one. */
  first: number;
}

/**
 * How useful a card is to a learner reading official texts, 0..1: words of the first four
 * HSK 3.0 levels are likely known already and give way to the article's own terms, the more
 * the more basic; single characters are mostly bound forms; place names are what the text is
 * about, not vocabulary that carries over. A word no dictionary defines is not pushed down:
 * jieba's corpus counts it, so it is a real term (公安厅), and it gets a composed meaning.
 */
export function usefulness(r: RankInput): number {
  let u = 1;
  const level = r.hsk.v3 ?? r.hsk.v2;
  if (level !== null && level <= 4) u *= BASIC_LEVEL_WEIGHT[level];
  if (isOneCharacter(r.word)) u *= 0.5;
  if (r.properNoun && !isInstitution(r.word)) u *= 0.5;
  // Very common general words (Zipf ≥ 5.8: the corpus's ~140 most frequent) are rarely what a learner lacks.
  if (r.zipf >= 5.8) u *= 0.6;
  return u;
}

/** Weight of a word of HSK 3.0 level 1–4 (index: the level). */
const BASIC_LEVEL_WEIGHT = [1, 0.3, 0.45, 0.6, 0.8];

/**
 * An institution's name ends in what it is (公安部 ministry, 公安厅 department, 国务院 council,
 * 政法委 commission): official-register vocabulary, unlike a place name (大连市, 辽宁).
 */
function isInstitution(word: string): boolean {
  return /[部厅局委院署办司处会]$/u.test(word);
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
