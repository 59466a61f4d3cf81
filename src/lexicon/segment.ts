import { createRequire } from 'node:module';
import type { Token } from './types.js';
import { dictionaryTag } from './frequency.js';
import { splitGlued } from './split-glued.js';
import { has } from './cedict.js';
import { fixProperTag, isPlaceholderName, looksLikeName } from './name-tags.js';

interface Jieba {
  tag(sentence: string): { word: string; tag: string }[];
}

let jieba: Jieba | null = null;

/** nodejieba is CommonJS with a native binding and a ~1 s dictionary load: done once, on first use. */
function tagger(): Jieba {
  if (!jieba) {
    jieba = createRequire(import.meta.url)('nodejieba') as Jieba;
  }
  return jieba;
}

const HAN = /^\p{Script=Han}+$/u;
const DIGITS = /^[0-9０-９]+(?:[.．,，][0-9０-９]+)*[%％]?$/;
const LATIN = /^[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９'’.-]*$/;

/** True when every character is a Han character (what a card can be made of). */
export function isHanWord(word: string): boolean {
  return HAN.test(word);
}

/**
 * Tokens of `text` in order; their words concatenate back to `text` exactly (newlines are
 * tokens too). Works line by line so a 10 MB corpus is never one string handed to jieba.
 */
export function segment(text: string): Token[] {
  const tokens: Token[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (i > 0) tokens.push({ word: '\n', pos: 'x' });
    if (line !== '') segmentLine(line, tokens);
  });
  return tokens;
}

function segmentLine(line: string, out: Token[]): void {
  for (const { word, tag } of tagger().tag(line)) {
    if (!isHanWord(word)) {
      const pos = nonHanPos(word, tag);
      const last = out[out.length - 1];
      // jieba cuts full-width numbers digit by digit (１ ２): one number is one token.
      if (pos === 'm' && last?.pos === 'm' && DIGITS.test(last.word + word)) last.word += word;
      else out.push({ word, pos });
      continue;
    }
    let pos = tag;
    if (/^nr/.test(tag) && !has(word)) {
      if (isPlaceholderName(word)) pos = 'l';
      else if (!splitsIntoWords(word)) {
        out.push({ word, pos: tag }); // a name jieba recognised (孟建柱, 周永康): kept whole
        continue;
      }
    } else if (looksLikeName(word)) {
      out.push({ word, pos: 'nr' });
      continue;
    }
    const pieces = splitGlued(word);
    if (!pieces) {
      out.push({ word, pos: fixProperTag(word, hanTag(word, pos)) });
      continue;
    }
    for (const piece of pieces) out.push({ word: piece, pos: fixProperTag(piece, pieceTag(piece)) });
  }
}

/** A name-tagged token that is really words glued together (辽宁大连 is tagged 'ns', not 'nr'). */
function splitsIntoWords(word: string): boolean {
  return splitGlued(word)?.every((p) => p.length >= 2) ?? false;
}

/** Digits (full-width too) 'm', Latin 'eng', anything else that is not Han 'x'. */
function nonHanPos(word: string, tag: string): string {
  if (DIGITS.test(word)) return 'm';
  if (LATIN.test(word)) return 'eng';
  return tag === 'm' || tag === 'eng' ? tag : 'x';
}

/** jieba tags its HMM-made words 'x', the tag of punctuation; a word CC-CEDICT knows is a word. */
function hanTag(word: string, tag: string): string {
  return tag === 'x' && has(word) ? 'n' : tag;
}

/** A split piece's tag: jieba's dictionary tag, else jieba's tag of the piece alone. */
function pieceTag(piece: string): string {
  return dictionaryTag(piece) ?? tagger().tag(piece)[0]?.tag ?? 'x';
}
