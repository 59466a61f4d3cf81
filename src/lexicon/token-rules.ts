import type { Token } from './types.js';
import { has } from './cedict.js';
import { dictionaryTag } from './frequency.js';
import { fixProperTag, isPlaceholderName, looksLikeName } from './name-tags.js';
import { splitGlued } from './split-glued.js';

const HAN = /^\p{Script=Han}+$/u;
const DIGITS = /^[0-9０-９]+(?:[.．,，][0-9０-９]+)*[%％]?$/;
const LATIN = /^[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９'’.-]*$/;

/** True when every character is a Han character (what a card can be made of). */
export function isHanWord(word: string): boolean {
  return HAN.test(word);
}

/** True for a number token (full-width digits too): consecutive ones are one number. */
export function isNumber(word: string): boolean {
  return DIGITS.test(word);
}

/**
 * jieba's own tag for a token it cut: its dictionary's tag, else cppjieba's rule for unknown
 * tokens (no ASCII: 'x'; ASCII digits only: 'm'; other ASCII: 'eng'). This is exactly what
 * nodejieba.tag() does, at a third of the cost: tag() is cut() plus this lookup, but slow.
 */
export function jiebaTag(word: string): string {
  const tag = dictionaryTag(word);
  if (tag) return tag;
  const ascii = word.match(/[\x00-\x7f]/g) ?? [];
  if (ascii.length === 0) return 'x';
  return ascii.every((c) => c >= '0' && c <= '9') ? 'm' : 'eng';
}

/** Digits (full-width too) 'm', Latin 'eng', anything else that is not Han 'x'. */
export function nonHanPos(word: string): string {
  if (DIGITS.test(word)) return 'm';
  if (LATIN.test(word)) return 'eng';
  return 'x';
}

/**
 * The tokens one Han token of jieba's becomes: itself with a corrected tag, or the dictionary
 * words it was glued from (see split-glued.ts). Names stay whole (see name-tags.ts).
 */
export function resolveHan(word: string): Token[] {
  const tag = jiebaTag(word);
  let pos = tag;
  if (/^nr/.test(tag) && !has(word)) {
    if (isPlaceholderName(word)) pos = 'l';
    else if (!splitsIntoWords(word)) return [{ word, pos: tag }]; // 孟建柱, 周永康: kept whole
  } else if (looksLikeName(word)) {
    return [{ word, pos: 'nr' }];
  }
  const pieces = splitGlued(word);
  if (!pieces) return [{ word, pos: fixProperTag(word, hanTag(word, pos)) }];
  return pieces.map((piece) => ({ word: piece, pos: fixProperTag(piece, hanTag(piece, jiebaTag(piece))) }));
}

/** A name-tagged token that is really words glued together (辽宁大连 is tagged 'ns', not 'nr'). */
function splitsIntoWords(word: string): boolean {
  return splitGlued(word)?.every((p) => p.length >= 2) ?? false;
}

/** jieba tags its HMM-made words 'x', the tag of punctuation; a word CC-CEDICT knows is a word. */
function hanTag(word: string, tag: string): string {
  return tag === 'x' && has(word) ? 'n' : tag;
}
