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
  /** Threads that did the counting (see parallel-collect.ts); 1 when absent. */
  threads?: number;
}

/** Enough sentences to choose a reading by majority and three distinct examples. */
const MAX_CONTEXTS = 6;
/** A word is all Han characters: digits, Latin and punctuation are never cards. */
const HAN = /^\p{Script=Han}+$/u;

/** Per distinct token: its count entry, or null for a token that is not a Han word. */
interface Seen {
  entry: WordCount | null;
  /** Han characters (code points) in the word. */
  chars: number;
}

/**
 * One pass over the article: counts each Han word and keeps a few contexts.
 * Memory stays bounded by the vocabulary, not the text, so a 50 MB file is fine.
 * `segment` must return tokens that concatenate back to its input (offsets are summed).
 */
export function collectWords(
  sentences: Iterable<string>,
  segment: (text: string) => Token[],
  onSentence?: (chars: number) => void,
): Collected {
  // Keyed by the token object: the lexicon hands out one shared token per distinct word, and an
  // identity lookup skips hashing a fresh string per token. Tokens it builds afresh (numbers)
  // fall back to the word.
  const seen = new Map<Token, Seen>();
  const byWord = new Map<string, Seen>();
  const words = new Map<string, WordCount>();
  let tokens = 0;
  let characters = 0;
  for (const sentence of sentences) {
    let offset = 0;
    for (const token of segment(sentence)) {
      const start = offset;
      offset += token.word.length;
      let s = seen.get(token);
      if (!s) {
        s = byWord.get(token.word);
        if (!s) {
          const han = HAN.test(token.word);
          const entry = han ? { word: token.word, pos: token.pos, count: 0, first: words.size, contexts: [] } : null;
          if (entry) words.set(token.word, entry);
          s = { entry, chars: han ? [...token.word].length : 0 };
          byWord.set(token.word, s);
        }
        seen.set(token, s);
      }
      const entry = s.entry;
      if (!entry) continue;
      tokens++;
      characters += s.chars;
      entry.count++;
      const contexts = entry.contexts;
      if (contexts.length < MAX_CONTEXTS && contexts[contexts.length - 1]?.sentence !== sentence) {
        contexts.push({ sentence, offset: start });
      }
    }
    onSentence?.(sentence.length);
  }
  return { words, tokens, characters };
}

/**
 * `a` then `b`, as if one pass had read a's text and then b's: counts add, words new in `b`
 * come after a's in order of first appearance, contexts fill up from b's.
 */
export function mergeCollected(a: Collected, b: Collected): Collected {
  const words = a.words;
  for (const w of b.words.values()) {
    const mine = words.get(w.word);
    if (!mine) {
      words.set(w.word, { ...w, first: words.size });
      continue;
    }
    mine.count += w.count;
    for (const c of w.contexts) {
      if (mine.contexts.length >= MAX_CONTEXTS) break;
      // One pass keeps a sentence once when it comes twice in a row: so does the merge.
      if (mine.contexts[mine.contexts.length - 1].sentence !== c.sentence) mine.contexts.push(c);
    }
  }
  return { words, tokens: a.tokens + b.tokens, characters: a.characters + b.characters, threads: (a.threads ?? 1) + (b.threads ?? 1) };
}
