import { toneMarks } from './tone-marks.js';

/**
 * CC-CEDICT's notation written out for learners, once, when the index is built (so the
 * terminal, the deck file and Anki show the same text): a cross-reference `常務委員會|常务委员会
 * [chang2 wu4 wei3 yuan2 hui4]` becomes `常务委员会 cháng wù wěi yuán huì`, `義|义` becomes `义`,
 * a bare `[yi2]` becomes `yí`, and a classifier line `CL:個|个[ge4],位[wei4]` becomes
 * `measure word: 个 gè, 位 wèi`.
 */

/** A word inside a gloss: no space, bar, bracket, parenthesis or list punctuation. */
const TOKEN = String.raw`[^\s|\[\](),;:]+`;
const CROSS_REFERENCE = new RegExp(String.raw`(?:${TOKEN}\|)?(${TOKEN})\[([^\]]+)\]`, 'gu');
const TRADITIONAL_PAIR = new RegExp(String.raw`${TOKEN}\|(${TOKEN})`, 'gu');
const BARE_PINYIN = /\[([^\]]+)\]/g;
const CLASSIFIERS = /CL:\s*((?:[^\s,()[\]]+\[[^\]]+\](?:\s*,\s*)?)+)/g;

export function renderGloss(gloss: string): string {
  return gloss
    .replace(CLASSIFIERS, (_, list: string) => `measure word: ${list.replace(/\s*,\s*/g, ', ')}`)
    .replace(CROSS_REFERENCE, (_, simplified: string, pinyin: string) => `${simplified} ${toneMarks(pinyin)}`)
    .replace(TRADITIONAL_PAIR, (_, simplified: string) => simplified)
    .replace(BARE_PINYIN, (_, pinyin: string) => toneMarks(pinyin))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** True when a gloss still holds dictionary notation (a bar or a bracket): none should. */
export function hasNotation(gloss: string): boolean {
  return /[|[\]]/.test(gloss);
}
