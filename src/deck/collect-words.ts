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

/** A piece of a raw jieba token, as the counting pass needs it. */
interface Piece {
  /** The word's count entry; null when the piece is not a Han word. */
  entry: WordCount | null;
  /** UTF-16 length, for offsets. */
  length: number;
  /** Han characters (code points). */
  chars: number;
}

/**
 * One pass over the article: counts each Han word and keeps a few contexts.
 * Memory stays bounded by the vocabulary, not the text, so a 50 MB file is fine.
 * Tokens must concatenate back to the sentence (offsets are summed).
 */
export function collectWords(sentences: Iterable<string>, segmenter: Segmenter, onSentence?: (chars: number) => void): Collected {
  const words = new Map<string, WordCount>();
  const pieceOf = (token: Token): Piece => {
    const han = HAN.test(token.word);
    let entry: WordCount | null = null;
    if (han) {
      entry = words.get(token.word) ?? null;
      if (!entry) {
        entry = { word: token.word, pos: token.pos, count: 0, first: words.size, contexts: [] };
        words.set(token.word, entry);
      }
    }
    return { entry, length: token.word.length, chars: han ? [...token.word].length : 0 };
  };
  // Keyed by what the segmenter hands out: the raw jieba piece (a string), or the lexicon's
  // shared token object (an identity lookup; tokens built afresh fall back to their word).
  // Most raw pieces are one or two UTF-16 units (的, ，, 会议). Those are found by their code
  // units in small tables; hashing a fresh string into one big table per token was the bulk
  // of this loop's cost (a cache miss or two each).
  const byRaw = new Map<string, Piece[]>();
  const single: Array<Piece[] | undefined> = [];
  const pairs: Array<Map<number, Piece[]> | undefined> = [];
  const lookupRaw = (raw: string): Piece[] | undefined => {
    if (raw.length === 1) return single[raw.charCodeAt(0)];
    if (raw.length === 2) return pairs[raw.charCodeAt(0)]?.get(raw.charCodeAt(1));
    return byRaw.get(raw);
  };
  const storeRaw = (raw: string, pieces: Piece[]): void => {
    if (raw.length === 1) single[raw.charCodeAt(0)] = pieces;
    else if (raw.length === 2) {
      const first = raw.charCodeAt(0);
      (pairs[first] ??= new Map()).set(raw.charCodeAt(1), pieces);
    } else byRaw.set(raw, pieces);
  };
  const byToken = new Map<Token, Piece>();
  const byWord = new Map<string, Piece>();
  let tokens = 0;
  let characters = 0;
  const count = (p: Piece, sentence: string, start: number) => {
    const entry = p.entry;
    if (!entry) return;
    tokens++;
    characters += p.chars;
    entry.count++;
    const contexts = entry.contexts;
    if (contexts.length < MAX_CONTEXTS && contexts[contexts.length - 1]?.sentence !== sentence) {
      contexts.push({ sentence, offset: start });
    }
  };
  for (const sentence of sentences) {
    let offset = 0;
    if (typeof segmenter === 'function') {
      for (const token of segmenter(sentence)) {
        let p = byToken.get(token);
        if (!p) {
          p = byWord.get(token.word) ?? pieceOf(token);
          byWord.set(token.word, p);
          byToken.set(token, p);
        }
        count(p, sentence, offset);
        offset += p.length;
      }
    } else {
      for (const raw of segmenter.cutRaw(sentence)) {
        let pieces = lookupRaw(raw);
        if (!pieces) {
          pieces = segmenter.resolveToken(raw).map(pieceOf);
          storeRaw(raw, pieces);
        }
        for (let i = 0; i < pieces.length; i++) {
          count(pieces[i], sentence, offset);
          offset += pieces[i].length;
        }
      }
    }
    onSentence?.(sentence.length);
  }
  return { words, tokens, characters };
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
