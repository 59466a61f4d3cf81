/** jieba's count for dictionary entries it lists without corpus evidence. */
export const PLACEHOLDER_COUNT = 3;

/**
 * What the token rules (token-rules.ts, split-glued.ts, name-tags.ts) need to know about a
 * word. At run time the compact tables answer; at build time the in-memory dictionaries do,
 * so the build can settle every jieba dictionary word in advance (see build-index.ts).
 */
export interface WordFacts {
  /** True when CC-CEDICT lists the word (any reading). */
  inCedict(word: string): boolean;
  /** CC-CEDICT readings: numbered pinyin (capitalised for proper nouns) and weakness. */
  readings(word: string): readonly { pinyinNumbered: string; weak: boolean }[];
  /** Count in jieba's dictionary, 0 where absent. */
  jiebaCount(word: string): number;
  /** Tag in jieba's dictionary, null where absent. */
  jiebaTag(word: string): string | null;
  /** True when CC-CEDICT gives the word a classifier's sense (期, 场, 批: 一期, 首场). */
  classifier(word: string): boolean;
  /** True when CC-CEDICT gives the word only an adverb's senses (大力 "energetically; vigorously"). */
  adverb(word: string): boolean;
}
