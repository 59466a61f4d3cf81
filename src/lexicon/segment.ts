import type { Token } from '../model/lexicon.js';
import { loadedJieba, type Jieba } from './jieba.js';
import { decodeResolution, isHanWord, isNumber, nonHanPos, resolveHan } from './token-rules.js';
import { jiebaRow } from './frequency.js';
import { tableFacts } from './table-facts.js';
import { joinPieces } from './join-pieces.js';
import { cedictWordsFrom } from './cedict-joins.js';

export { isHanWord } from './token-rules.js';

/** nodejieba is CommonJS with a native binding and a ~1 s dictionary load: done once, on first use. */
function cutter(): Jieba {
  return loadedJieba();
}

/**
 * What each distinct jieba token becomes. Every rule is a function of the token alone, so a
 * 10 MB corpus pays for each of its distinct words once and then only a Map lookup per token.
 */
const resolved = new Map<string, readonly Token[]>();

function resolve(word: string): readonly Token[] {
  let tokens = resolved.get(word);
  if (!tokens) {
    tokens = isHanWord(word) ? resolveHanToken(word) : [{ word, pos: nonHanPos(word) }];
    tokens.forEach((t) => Object.freeze(t));
    resolved.set(word, tokens);
  }
  return tokens;
}

/** A jieba dictionary word was settled at build time; only words jieba made up are ruled on here. */
function resolveHanToken(word: string): Token[] {
  const row = jiebaRow(word);
  if (!row) return resolveHan(word, tableFacts);
  return row[3] ? decodeResolution(row[3]) : [{ word, pos: row[2] || 'x' }];
}

/**
 * Tokens of `text` in order; their words concatenate back to `text` exactly (newlines are
 * tokens too). Works line by line so a 10 MB corpus is never one string handed to jieba.
 * Tokens are shared between occurrences of a word and frozen: no allocation per token.
 */
export function segment(text: string): Token[] {
  const tokens: Token[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) tokens.push(NEWLINE);
    for (const chunk of chunks(lines[i])) segmentLine(chunk, tokens);
  }
  return tokens;
}

const NEWLINE: Token = Object.freeze({ word: '\n', pos: 'x' });

/**
 * jieba's own cut of `text`, before the rules of resolveToken: the raw pieces, which concatenate
 * back to `text` (newlines are pieces too). With resolveToken this is segment() taken apart, for
 * a caller that counts: it can key its own table by the raw piece and resolve each distinct one
 * once, one lookup per token instead of two. (Full-width digits stay digit by digit here.)
 */
export function cutRaw(text: string): string[] {
  // jieba cuts each line on its own and gives each line break as a piece: a short text, lines
  // and all, is one call (the counting pass hands over many sentences at once, a line each).
  if (text.length <= MAX_CHUNK || !hasLineLongerThan(text, MAX_CHUNK)) return text === '' ? [] : cut(text);
  const out: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) out.push('\n');
    for (const chunk of chunks(lines[i])) for (const piece of cut(chunk)) out.push(piece);
  }
  return out;
}

/** jieba's cut with the HMM, its broken set phrases and fragments repaired (see join-pieces.ts). */
function cut(text: string): string[] {
  return joinPieces(cutter().cut(text, true), tableFacts, cedictWordsFrom);
}

/** The tokens one raw piece of cutRaw becomes (what segment() makes of it). */
export function resolveToken(raw: string): readonly Token[] {
  return raw === '\n' ? [NEWLINE] : resolve(raw);
}


function hasLineLongerThan(text: string, max: number): boolean {
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
    if (nl - start > max) return true;
    start = nl + 1;
  }
  return text.length - start > max;
}

/** Longest piece of a line handed to jieba at once (UTF-16 units); paragraphs are shorter. */
const MAX_CHUNK = 4000;

/**
 * A line cut for jieba: whole when short (nearly always); else after sentence punctuation, and
 * a run with none is cut every MAX_CHUNK units (never inside a surrogate pair).
 */
function chunks(line: string): string[] {
  if (line.length <= MAX_CHUNK) return line === '' ? [] : [line];
  const out: string[] = [];
  for (const sentence of line.split(/(?<=[。！？；!?;])/u)) {
    for (let at = 0; at < sentence.length; ) {
      let end = Math.min(sentence.length, at + MAX_CHUNK);
      if (end < sentence.length && /[\ud800-\udbff]/.test(sentence[end - 1])) end--;
      out.push(sentence.slice(at, end));
      at = end;
    }
  }
  return out;
}

function segmentLine(line: string, out: Token[]): void {
  for (const piece of cut(line)) {
    for (const token of resolve(piece)) {
      const last = out[out.length - 1];
      // jieba cuts full-width numbers digit by digit (１ ２): one number is one token.
      if (token.pos === 'm' && last?.pos === 'm' && isNumber(last.word + token.word)) {
        out[out.length - 1] = { word: last.word + token.word, pos: 'm' };
      } else {
        out.push(token);
      }
    }
  }
}
