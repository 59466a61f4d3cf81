import type { Token } from '../lexicon/types.js';

/** Where a word stood: the sentence and the word's UTF-16 offset in it. */
export interface Context {
  sentence: string;
  offset: number;
}

export interface WordCount {
  word: string;
  /** jieba tag of its first occurrence. */
  pos: string;
  count: number;
  /** Order of first appearance in the article (0-based), for stable ties. */
  first: number;
  /** The first few sentences it stands in, distinct. */
  contexts: Context[];
}

export interface Collected {
  words: Map<string, WordCount>;
  /** Running words (tokens of Han text). */
  tokens: number;
  /** Han characters. */
  characters: number;
  /** Processes that did the counting (see parallel-collect.ts); 1 when absent. */
  threads?: number;
}

/** Enough sentences to choose a reading by majority and three distinct examples. */
export const MAX_CONTEXTS = 6;
/** A word is all Han characters: digits, Latin and punctuation are never cards. */
const HAN = /^\p{Script=Han}+$/u;

/** segment() taken apart (see LexiconPort.cutRaw): one table lookup per token instead of two. */
export interface RawSegmenter {
  cutRaw(text: string): string[];
  resolveToken(raw: string): readonly Token[];
}

/** How to read a sentence: whole tokens, or raw pieces and their resolution. */
export type Segmenter = ((text: string) => Token[]) | RawSegmenter;

/** Id of a piece that is not a Han word (punctuation, digits, Latin, newlines): never counted. */
const NOT_WORD = -1;
/** Han characters of the basic block, U+4E00..U+9FFF: a two-character word's key is a small integer. */
const HAN_FIRST = 0x4e00;
const HAN_SPAN = 0xa000 - HAN_FIRST;

/**
 * One pass over the article: counts each Han word and keeps a few contexts.
 * Memory stays bounded by the vocabulary, not the text, so a 50 MB file is fine.
 * Tokens must concatenate back to the sentence (offsets are summed).
 *
 * The loop runs once per running word (two million of them in 10 MB), beside jieba's own cut,
 * so it touches as little memory as it can: each distinct raw piece gets an integer id once;
 * counts live in a typed array indexed by id, and a word's contexts are visited only until it
 * has MAX_CONTEXTS of them. Word objects are made at the end, in order of first appearance.
 */
export function collectWords(sentences: Iterable<string>, segmenter: Segmenter, onSentence?: (chars: number) => void): Collected {
  // Word ids are 0.. in order of first appearance.
  const wordList: string[] = [];
  const posList: string[] = [];
  const charsList: number[] = [];
  const contexts: Context[][] = [];
  let counts = new Int32Array(1 << 14);
  /** 1 while a word still takes contexts. */
  let open = new Uint8Array(1 << 14);
  const idOfWord = new Map<string, number>();
  const wordId = (token: Token): number => {
    if (!HAN.test(token.word)) return NOT_WORD;
    let id = idOfWord.get(token.word);
    if (id === undefined) {
      id = wordList.length;
      idOfWord.set(token.word, id);
      wordList.push(token.word);
      posList.push(token.pos);
      charsList.push([...token.word].length);
      contexts.push([]);
      if (id === counts.length) {
        const grown = new Int32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
        const grownOpen = new Uint8Array(open.length * 2);
        grownOpen.set(open);
        open = grownOpen;
      }
      open[id] = 1;
    }
    return id;
  };
  const addContext = (id: number, sentence: string, offset: number): void => {
    const list = contexts[id];
    if (list.length === 0 || list[list.length - 1].sentence !== sentence) {
      list.push({ sentence, offset });
      if (list.length === MAX_CONTEXTS) open[id] = 0;
    }
  };

  if (typeof segmenter === 'function') {
    // Tokens built by the corrections' rules: shared token objects, or fresh ones keyed by word.
    const byToken = new Map<Token, number>();
    for (const sentence of sentences) {
      let offset = 0;
      for (const token of segmenter(sentence)) {
        let id = byToken.get(token);
        if (id === undefined) {
          id = wordId(token);
          byToken.set(token, id);
        }
        if (id !== NOT_WORD) {
          counts[id]++;
          if (open[id] === 1) addContext(id, sentence, offset);
        }
        offset += token.word.length;
      }
      onSentence?.(sentence.length);
    }
  } else {
    // What each distinct raw piece is: a word id, NOT_WORD, or (<= -2) an index into `several`
    // for a piece the rules cut into more than one token (辽宁大连). One- and two-unit pieces,
    // most of them (的, ，, 会议), are found by code units in typed tables; longer ones by string.
    const single = new Int32Array(0x10000).fill(UNSEEN);
    const pairs = new Map<number, number>();
    const longer = new Map<string, number>();
    const several: Array<Array<[number, number]>> = [];
    const learn = (raw: string): number => {
      const tokens = segmenter.resolveToken(raw);
      let code: number;
      if (tokens.length === 1) code = wordId(tokens[0]);
      else {
        code = -2 - several.length;
        several.push(tokens.map((t) => [wordId(t), t.word.length]));
      }
      const c0 = raw.charCodeAt(0);
      const c1 = raw.charCodeAt(1);
      if (raw.length === 1) single[c0] = code;
      else if (raw.length === 2 && isBasicHan(c0) && isBasicHan(c1)) pairs.set(pairKey(c0, c1), code);
      else longer.set(raw, code);
      return code;
    };
    const cut = segmenter.cutRaw;
    for (const sentence of sentences) {
      const raws = cut(sentence);
      let offset = 0;
      for (let k = 0; k < raws.length; k++) {
        const raw = raws[k];
        const length = raw.length;
        let code: number | undefined;
        if (length === 1) code = single[raw.charCodeAt(0)];
        else if (length === 2) {
          const c0 = raw.charCodeAt(0);
          const c1 = raw.charCodeAt(1);
          code = isBasicHan(c0) && isBasicHan(c1) ? pairs.get(pairKey(c0, c1)) : longer.get(raw);
        } else code = longer.get(raw);
        if (code === undefined || code === UNSEEN) code = learn(raw);
        if (code >= 0) {
          counts[code]++;
          if (open[code] === 1) addContext(code, sentence, offset);
        } else if (code !== NOT_WORD) {
          let at = offset;
          for (const [id, pieceLength] of several[-2 - code]) {
            if (id !== NOT_WORD) {
              counts[id]++;
              if (open[id] === 1) addContext(id, sentence, at);
            }
            at += pieceLength;
          }
        }
        offset += length;
      }
      onSentence?.(sentence.length);
    }
  }

  const words = new Map<string, WordCount>();
  let tokens = 0;
  let characters = 0;
  for (let id = 0; id < wordList.length; id++) {
    const count = counts[id];
    tokens += count;
    characters += count * charsList[id];
    words.set(wordList[id], { word: wordList[id], pos: posList[id], count, first: id, contexts: contexts[id] });
  }
  return { words, tokens, characters };
}

/** Not yet seen, in the one-unit table (ids are >= 0, the other codes negative but above this). */
const UNSEEN = -0x7fffffff;

function isBasicHan(c: number): boolean {
  return c >= HAN_FIRST && c < HAN_FIRST + HAN_SPAN;
}

function pairKey(c0: number, c1: number): number {
  return (c0 - HAN_FIRST) * HAN_SPAN + (c1 - HAN_FIRST);
}

/** The fastest way to read sentences that this lexicon offers. */
export function segmenterOf(lex: {
  segment(text: string): Token[];
  cutRaw?(text: string): string[];
  resolveToken?(raw: string): readonly Token[];
}): Segmenter {
  const { cutRaw, resolveToken } = lex;
  return cutRaw && resolveToken ? { cutRaw, resolveToken } : (text: string) => lex.segment(text);
}
