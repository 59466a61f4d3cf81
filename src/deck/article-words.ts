import { collectWords, segmenterOf, type Collected, type WordCount } from './collect-words.js';
import { canCountInParallel, collectWordsParallel, parallelMinChars } from './parallel-collect.js';
import type { Corrections } from '../learn/corrections.js';
import type { HskLevels } from './format.js';
import type { LexiconPort } from './lexicon-port.js';
import type { CedictEntry, CorpusFrequency } from '../lexicon/types.js';
import { skipReason, type SkipReason } from './word-filter.js';

export interface TextTools {
  splitSentences(paragraph: string): string[];
  clauseAround(sentence: string, index: number, maxChars: number, wordLength: number): string;
}

/** One distinct Han word of the article with the facts every consumer needs. */
export interface ArticleWord {
  w: WordCount;
  entries: CedictEntry[];
  freq: CorpusFrequency;
  hsk: HskLevels;
  /** True when CC-CEDICT has a real (not surname/variant-only) entry. */
  real: boolean;
  /** Why it would never be a card (whether or not the learner knows it); null: a content word. */
  reason: Exclude<SkipReason, 'known'> | null;
}

export interface ArticleWords {
  collected: Collected;
  /** In order of first appearance. */
  words: ArticleWord[];
}

function* sentencesOf(paragraphs: string[], text: TextTools): Generator<string> {
  for (const p of paragraphs) yield* text.splitSentences(p);
}

/**
 * The shared first half of generate and read: sentences → tokens (through `lex.segment`, so
 * the learner's corrections apply to both) → distinct words with their dictionary facts.
 */
export interface ArticleWordsOptions {
  /** Keep personal names as content words. */
  keepNames?: boolean;
  onProgress?: (chars: number) => void;
  /**
   * The corrections `lex` applies. Their merges are words even where no dictionary has them
   * (never skipped as unknown), and a second process, for a large article, applies them too.
   */
  corrections?: Corrections;
  /** The article's file: a large one is counted in two processes, the second reading it too. */
  input?: string;
}

export async function articleWords(
  paragraphs: string[],
  lex: LexiconPort,
  text: TextTools,
  { keepNames = false, onProgress, corrections = new Map(), input }: ArticleWordsOptions = {},
): Promise<ArticleWords> {
  const userWords = new Set([...corrections.values()].filter((c) => c.merge).map((c) => c.word));
  const segment = segmenterOf(lex);
  const facts = new Map<string, ArticleWord>();
  const factsOf = (w: WordCount): ArticleWord => {
    const entries = lex.lookup(w.word);
    const freq = lex.corpusFrequency(w.word);
    const hsk = lex.hskLevels(w.word);
    const real = entries.some((e) => !e.weak);
    let reason = skipReason(
      { word: w.word, pos: w.pos, hsk, inCedict: real, onlyWeak: entries.length > 0 && !real, corpusCount: freq.count },
      keepNames,
    ) as ArticleWord['reason'];
    if (reason === 'unknown' && userWords.has(w.word)) reason = null;
    return { w, entries, freq, hsk, real, reason };
  };
  // While the second process finishes, look up the first half's words (their first occurrence,
  // and so their tag, is final) and load pinyin-pro, which the cards need next.
  const meanwhile = (first: Collected) => {
    for (const w of first.words.values()) facts.set(w.word, factsOf(w));
    lex.sentencePinyin('中文');
  };
  const large = paragraphs.reduce((n, p) => n + p.length, 0) >= parallelMinChars();
  const collected =
    large && canCountInParallel(input)
      ? await collectWordsParallel(input, paragraphs, (ps) => sentencesOf(ps, text), segment, corrections, onProgress, meanwhile)
      : collectWords(sentencesOf(paragraphs, text), segment, onProgress);
  const words: ArticleWord[] = [];
  for (const w of collected.words.values()) words.push(facts.get(w.word) ?? factsOf(w));
  return { collected, words };
}
