import type { HskLevels } from '../model/deck.js';

/** Why a segmented word does not become a card. */
export type SkipReason = 'function' | 'name' | 'number' | 'unknown' | 'known';

/** What skipReason judges a segmented word on. */
export interface CandidateFacts {
  word: string;
  /** jieba tag. */
  pos: string;
  hsk: HskLevels;
  /** True when CC-CEDICT has a real (not surname/variant-only) entry. */
  inCedict: boolean;
  /** True when CC-CEDICT has the word only as a surname or variant. */
  onlyWeak: boolean;
  /** True when CC-CEDICT lacks the word but its parts give a meaning (see lexicon/compose.ts). */
  composed?: boolean;
  /** jieba dictionary count; 0 for words jieba's HMM made up. */
  corpusCount: number;
}

// Particles, prepositions, conjunctions, modal particles, interjections, onomatopoeia.
// (Han words tagged x are jieba's HMM guesses: the dictionary rules below judge them.)
const FUNCTION_TAGS = new Set(['u', 'uj', 'ul', 'uz', 'uv', 'ud', 'ug', 'p', 'c', 'y', 'e', 'o', 'zg']);
export const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrfg', 'nrt']);
// Tags whose members are mostly closed-class: pronouns and classifiers. jieba's tags are noisy
// (各级 is r, 一系列 is m), so these drop only basic words, not every word so tagged.
const CLOSED_TAGS = new Set(['r', 'q', 'rr', 'rz']);
const NUMERAL = /^[零〇一二三四五六七八九十百千万亿两第半几多每余]+$/u;
/** A numeral with a unit or a time word: 一年, 两次, 三个, 第五届. */
const NUMERAL_PHRASE = /^[零〇一二三四五六七八九十百千万亿两第半几多每]+[年月日天个次位名只件号时分秒岁元周届期批项倍成]$/u;

/**
 * Decides, on the word's own facts, whether it is a content word worth a card.
 * Names are left out unless `keepNames`; words whose meaning nothing gives (no CC-CEDICT entry
 * and no parts to compose one from; jieba's HMM guesses: mostly names and fragments) too.
 */
export function skipReason(f: CandidateFacts, keepNames: boolean): SkipReason | null {
  const basic = f.hsk.v3 !== null && f.hsk.v3 <= 2;
  const single = isOneCharacter(f.word);
  if (NUMERAL.test(f.word) || (f.pos === 'm' && NUMERAL_PHRASE.test(f.word))) return 'number';
  if (NAME_TAGS.has(f.pos) && !keepNames) return 'name';
  if (FUNCTION_TAGS.has(f.pos)) return 'function';
  if (CLOSED_TAGS.has(f.pos) && (basic || single)) return 'function';
  if (f.pos === 'm' && single) return 'number';
  // Single characters of the first two HSK 3.0 levels (要, 是, 有, 说, 上…) work as function
  // words in official prose and are known to anyone who reads it.
  if (single && basic) return 'function';
  if (!f.inCedict && !f.composed) {
    if (f.onlyWeak) return keepNames ? null : 'name';
    if (f.corpusCount === 0) return keepNames && !single ? null : 'unknown';
    // jieba lists it, but nothing is known of its meaning: not a card.
    return 'unknown';
  }
  return null;
}

/** One character (one code point: 的, or 𠮷 outside the basic plane), without spreading the string. */
export function isOneCharacter(word: string): boolean {
  return word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff);
}
