import { readSyllables } from './context-reader.js';
import { cutRaw, isHanWord, resolveToken, segment } from './segment.js';
import type { Token } from '../model/lexicon.js';
import { toneMarks } from './tone-marks.js';

/** One token of a read text: the word as it stands and, where it has Han characters, its reading. */
export interface ReadToken {
  text: string;
  /** jieba's part-of-speech tag ('x' for punctuation and runs split out of mixed tokens). */
  pos: string;
  /**
   * Tone numbers (CC-CEDICT style: `ju2 zhang3`, `lu:4`, neutral 5), one syllable per Han
   * character, single spaces; null for a token with no Han character.
   */
  numbered: string | null;
}

const HAN_CHAR = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;

/**
 * Every token of `text` with its reading in context (see context-reader.ts): the reader behind
 * `guanhua pinyin` and the examples' pinyin. The tokens concatenate back to `text`. A token
 * that mixes Han characters with others (jieba keeps some together) is split into its Han and
 * non-Han runs, so a token with a reading is all Han.
 */
export function readText(text: string, tokens: readonly Token[] = segment(text)): ReadToken[] {
  return readTokens(text, tokens);
}

/**
 * readText for each line of `text` (split at "\n"), in order, the whole text segmented in one go
 * (one jieba call for a file of sentences rather than one a line).
 */
export function* readLines(text: string): Generator<ReadToken[]> {
  const lines = text.split('\n');
  const tokens = segmentLines(text);
  for (let i = 0; i < lines.length; i++) yield readTokens(lines[i], tokens[i]);
}

/** segment() of each line of `text`, from one jieba call for the whole text. */
export function segmentLines(text: string): Token[][] {
  const lines = text.split('\n');
  const out: Token[][] = [[]];
  for (const raw of cutRaw(text)) {
    for (const t of resolveToken(raw)) {
      if (t.word === '\n') out.push([]);
      else out[out.length - 1].push(t);
    }
  }
  // jieba keeps each line apart; should a piece ever straddle a line break, the line is cut alone.
  return lines.map((line, i) => (out[i]?.map((t) => t.word).join('') === line ? out[i] : segment(line)));
}

function readTokens(text: string, tokens: readonly Token[]): ReadToken[] {
  const syllables = readSyllables(text, tokens);
  const out: ReadToken[] = [];
  let at = 0;
  const take = (piece: string): string => {
    const n = Array.from(piece).length;
    const own = syllables.slice(at, at + n).join(' ');
    at += n;
    return own;
  };
  for (const { word, pos } of tokens) {
    if (isHanWord(word)) {
      out.push({ text: word, pos, numbered: take(word) });
    } else if (HAN_CHAR.test(word)) {
      for (const run of word.match(HAN_RUNS) ?? []) {
        const numbered = take(run);
        out.push({ text: run, pos: 'x', numbered: HAN_CHAR.test(run) ? numbered : null });
      }
    } else {
      take(word);
      out.push({ text: word, pos, numbered: null });
    }
  }
  return out;
}

/**
 * Tone-mark pinyin of a short text (a card's example clause): syllables separated by single
 * spaces, punctuation, digits and Latin kept as they are ("。“" stays together, "，" and "2012"
 * do not).
 */
export function sentencePinyin(text: string): string {
  return pinyinLine(readText(text));
}

/** The tone-mark pinyin line of read tokens, as sentencePinyin writes it. */
export function pinyinLine(tokens: readonly ReadToken[]): string {
  const parts: string[] = [];
  // The pos of the last part when it is non-Han text a following token of that kind continues.
  let glue: string | null = null;
  for (const t of tokens) {
    if (t.numbered !== null) {
      parts.push(toneMarks(t.numbered));
      glue = null;
    } else if (t.text.trim() === '') {
      glue = null;
    } else if (glue === t.pos) {
      parts[parts.length - 1] += t.text;
    } else {
      parts.push(t.text);
      glue = t.pos;
    }
  }
  return parts.join(' ');
}
