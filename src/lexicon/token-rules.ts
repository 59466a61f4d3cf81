import type { Token } from '../model/lexicon.js';
import type { WordFacts } from './word-facts.js';
import { fixProperTag, isPlaceholderName, looksLikeName } from './name-tags.js';
import { splitGlued } from './split-glued.js';
import { splitFreeCombination } from './free-combination.js';
import { isSetPhrase, SET_PHRASE_TAG } from './set-phrases.js';

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

/** Digits (full-width too) 'm', Latin 'eng', anything else that is not Han 'x'. */
export function nonHanPos(word: string): string {
  if (DIGITS.test(word)) return 'm';
  if (LATIN.test(word)) return 'eng';
  return 'x';
}

/**
 * The tokens one Han token of jieba's becomes: itself with a corrected tag, the parts of a free
 * combination (see free-combination.ts), or the dictionary words it was glued from (see
 * split-glued.ts). Names stay whole (see name-tags.ts). A pure
 * function of the word and the dictionaries: the build runs it on every jieba dictionary
 * word and stores the answers; at run time only words jieba made up (HMM) come here.
 */
export function resolveHan(word: string, facts: WordFacts): Token[] {
  // jieba's tag for a Han token it does not list is 'x' (what nodejieba.tag() gives).
  const tag = facts.jiebaTag(word) ?? 'x';
  let pos = tag;
  const nameTagged = /^nr/.test(tag) && !facts.inCedict(word);
  if (nameTagged) {
    if (isPlaceholderName(word, facts)) pos = 'l';
    else if (!splitsIntoWords(word, facts)) return [{ word, pos: tag }]; // 孟建柱, 周永康: kept whole
  }
  if (!facts.inCedict(word) && isSetPhrase(word, facts)) return [{ word, pos: tag === 'x' ? SET_PHRASE_TAG : tag }];
  const free = splitFreeCombination(word, facts);
  if (free) return free.pieces.map((piece, i) => (free.tags[i] ? { word: piece, pos: free.tags[i]! } : pieceToken(piece, facts)));
  if (!nameTagged && looksLikeName(word, facts)) return [{ word, pos: 'nr' }];
  const pieces = splitGlued(word, facts);
  if (!pieces) return [{ word, pos: fixProperTag(word, hanTag(word, pos, facts), facts) }];
  return pieces.map((piece) => pieceToken(piece, facts));
}

/** A piece cut out of a token, with the tag it has as a word of its own. */
function pieceToken(piece: string, facts: WordFacts): Token {
  return { word: piece, pos: fixProperTag(piece, hanTag(piece, facts.jiebaTag(piece) ?? 'x', facts), facts) };
}

/** A name-tagged token that is really words glued together (辽宁大连 is tagged 'ns', not 'nr'). */
function splitsIntoWords(word: string, facts: WordFacts): boolean {
  return splitGlued(word, facts)?.every((p) => p.length >= 2) ?? false;
}

/** jieba tags its HMM-made words 'x', the tag of punctuation; a word CC-CEDICT knows is a word. */
function hanTag(word: string, tag: string, facts: WordFacts): string {
  return tag === 'x' && facts.inCedict(word) ? 'n' : tag;
}

/**
 * How the build stores a resolution in jieba's table: nothing when it is the word itself
 * with jieba's tag, else `word/pos word/pos …` (words are Han, tags ASCII: no clash).
 */
export function encodeResolution(word: string, tag: string, tokens: Token[]): string {
  if (tokens.length === 1 && tokens[0].word === word && tokens[0].pos === tag) return '';
  return tokens.map((t) => `${t.word}/${t.pos}`).join(' ');
}

export function decodeResolution(field: string): Token[] {
  return field.split(' ').map((part) => {
    const slash = part.lastIndexOf('/');
    return { word: part.slice(0, slash), pos: part.slice(slash + 1) };
  });
}
