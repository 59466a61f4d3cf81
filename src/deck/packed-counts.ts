/**
 * A large article's word count as it travels between its two processes (see parallel-collect.ts)
 * and is joined: counts of consecutive stretches of the article merged in order.
 */
import { MAX_CONTEXTS, type Collected, type Context } from './collect-words.js';

/**
 * A count in arrays (packCounts), words in order of first appearance: word i has
 * contexts contextStart[i] .. contextStart[i + 1] - 1 of contextSentence / contextOffset, and
 * sentence j is paragraphs[located[3j]].slice(located[3j + 1], located[3j + 2]).
 */
export interface PackedCounts {
  tokens: number;
  characters: number;
  words: string[];
  pos: string[];
  counts: Int32Array;
  contextStart: Int32Array;
  contextSentence: Int32Array;
  contextOffset: Int32Array;
  located: Int32Array;
}

/**
 * A count in arrays, for the way between processes: the sentences of the contexts are numbered,
 * and `where` says where each stands (paragraph, start) in paragraphs both processes hold.
 */
export function packCounts(c: Collected, where: (sentence: string) => readonly [number, number]): PackedCounts {
  const n = c.words.size;
  const words = new Array<string>(n);
  const pos = new Array<string>(n);
  const counts = new Int32Array(n);
  const contextStart = new Int32Array(n + 1);
  const lists = new Array<Context[]>(n);
  let i = 0;
  for (const w of c.words.values()) {
    words[i] = w.word;
    pos[i] = w.pos;
    counts[i] = w.count;
    lists[i] = w.contexts;
    contextStart[i + 1] = contextStart[i] + w.contexts.length;
    i++;
  }
  // Sized once: this runs over tens of thousands of words and a quarter million contexts.
  const total = contextStart[n];
  const contextSentence = new Int32Array(total);
  const contextOffset = new Int32Array(total);
  const located = new Int32Array(3 * total);
  const sentenceIndex = new Map<string, number>();
  for (let i = 0, k = 0; i < n; i++) {
    for (const { sentence, offset } of lists[i]) {
      let j = sentenceIndex.get(sentence);
      if (j === undefined) {
        j = sentenceIndex.size;
        sentenceIndex.set(sentence, j);
        const [paragraph, start] = where(sentence);
        located[3 * j] = paragraph;
        located[3 * j + 1] = start;
        located[3 * j + 2] = start + sentence.length;
      }
      contextSentence[k] = j;
      contextOffset[k++] = offset;
    }
  }
  return {
    tokens: c.tokens, characters: c.characters, words, pos, counts, contextStart, contextSentence, contextOffset,
    located: located.slice(0, 3 * sentenceIndex.size),
  };
}

/**
 * The second process's answer: the parts from `from` on, counted. It travels as v8.serialize
 * writes it (both ends are the same node): the arrays go across as raw bytes, in a few ms, where
 * JSON of the same took a tenth of a second each way.
 */
export type ChildReply = { ok: true; from: number; counts: PackedCounts } | { ok: false; message: string };

/**
 * This process's count, then the other's, as if one pass had read both texts in turn: counts
 * add, words new in the other's share come after in their order of first appearance, contexts
 * fill up as one pass keeps them (up to MAX_CONTEXTS, a sentence met twice in a row once).
 * `a`'s word objects are updated in place; the other's sentences are cut from `paragraphs`,
 * which both processes hold.
 */
export function mergePacked(a: Collected, b: PackedCounts, paragraphs: readonly string[]): Collected {
  const words = a.words;
  const sentences: Array<string | undefined> = [];
  const sentence = (j: number): string =>
    (sentences[j] ??= paragraphs[b.located[3 * j]].slice(b.located[3 * j + 1], b.located[3 * j + 2]));
  for (let i = 0; i < b.words.length; i++) {
    const word = b.words[i];
    let mine = words.get(word);
    if (!mine) {
      mine = { word, pos: b.pos[i], count: 0, first: words.size, contexts: [] };
      words.set(word, mine);
    }
    mine.count += b.counts[i];
    const contexts = mine.contexts;
    for (let k = b.contextStart[i]; k < b.contextStart[i + 1] && contexts.length < MAX_CONTEXTS; k++) {
      const s = sentence(b.contextSentence[k]);
      if (contexts[contexts.length - 1]?.sentence !== s) contexts.push({ sentence: s, offset: b.contextOffset[k] });
    }
  }
  return { words, tokens: a.tokens + b.tokens, characters: a.characters + b.characters, processes: (a.processes ?? 1) + 1 };
}

/**
 * mergePacked for two counts made in one process: `b` counted the text right after `a`'s (a run
 * of the helper's, or the helper's parts when it failed). Both are updated in place.
 */
export function mergeCounts(a: Collected, b: Collected): Collected {
  const words = a.words;
  for (const w of b.words.values()) {
    const mine = words.get(w.word);
    if (!mine) {
      w.first = words.size;
      words.set(w.word, w);
    } else {
      mine.count += w.count;
      const contexts = mine.contexts;
      for (let k = 0; k < w.contexts.length && contexts.length < MAX_CONTEXTS; k++) {
        if (contexts[contexts.length - 1].sentence !== w.contexts[k].sentence) contexts.push(w.contexts[k]);
      }
    }
  }
  return { words, tokens: a.tokens + b.tokens, characters: a.characters + b.characters };
}

/** The helper's count: its runs' counts, given from the last run of the article to the first, joined in order. */
export function joinRuns(runs: readonly Collected[]): Collected {
  return runs.length > 0 ? runs.reduceRight(mergeCounts) : { words: new Map(), tokens: 0, characters: 0 };
}
