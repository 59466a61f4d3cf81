/**
 * The learner's corrections of a word, as stored in the collection (table `corrections`,
 * column `value` as JSON) and applied by generate and by every deck add:
 * - reading: the word's pinyin (numbered and with tone marks). The card keeps the id its
 *   dictionary reading gives it, so progress on the word survives the correction;
 * - meanings: replace the card's definitions;
 * - split: the word is really these words (辽宁大连 → 辽宁 大连): segmentation cuts it;
 * - merge: this multi-character string is one word (a jieba user word, and tokens re-joined).
 */
export interface Correction {
  word: string;
  reading?: { numbered: string; marked: string };
  meanings?: string[];
  split?: string[];
  merge?: boolean;
}

export type Corrections = ReadonlyMap<string, Correction>;
