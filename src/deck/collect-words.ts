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
}

/** Enough sentences to choose a reading by majority and three distinct examples. */
const MAX_CONTEXTS = 6;
/** A word is all Han characters: digits, Latin and punctuation are never cards. */
const HAN = /^\p{Script=Han}+$/u;
const HAN_ALL = /\p{Script=Han}/gu;

/**
 * One pass over the article: counts each Han word and keeps a few contexts.
 * Memory stays bounded by the vocabulary, not the text, so a 50 MB file is fine.
 */
export function collectWords(
  sentences: Iterable<string>,
  segment: (text: string) => Token[],
  onSentence?: (chars: number) => void,
): Collected {
  const words = new Map<string, WordCount>();
  let tokens = 0;
  let characters = 0;
  for (const sentence of sentences) {
    characters += sentence.match(HAN_ALL)?.length ?? 0;
    let offset = 0;
    for (const token of segment(sentence)) {
      const at = sentence.indexOf(token.word, offset);
      const start = at >= 0 ? at : offset;
      offset = start + token.word.length;
      if (!HAN.test(token.word)) continue;
      tokens++;
      let entry = words.get(token.word);
      if (!entry) {
        entry = { word: token.word, pos: token.pos, count: 0, first: words.size, contexts: [] };
        words.set(token.word, entry);
      }
      entry.count++;
      const last = entry.contexts[entry.contexts.length - 1];
      if (entry.contexts.length < MAX_CONTEXTS && last?.sentence !== sentence) {
        entry.contexts.push({ sentence, offset: start });
      }
    }
    onSentence?.(sentence.length);
  }
  return { words, tokens, characters };
}
