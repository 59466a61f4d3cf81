import { collectWords, segmenterOf, type Collected, type WordCount } from './collect-words.js';
import type { CountHelper } from './parallel-collect.js';
import type { Corrections } from '../model/corrections.js';
import type { HskLevels } from '../model/deck.js';
import type { LexiconPort } from '../model/lexicon-port.js';
import type { CedictEntry, CorpusFrequency } from '../model/lexicon.js';
import { SET_PHRASE_TAG } from '../lexicon/set-phrases.js';
import { listedNames } from '../lexicon/name-tags.js';
import { skipReason, type SkipReason } from './word-filter.js';

export interface TextTools {
  splitSentences(paragraph: string): string[];
  /**
   * Examples for the word at `index` of `sentence`, shortest first: whole clauses around it,
   * each wider than the one before (src/text/example-clause.ts).
   */
  exampleClauses(sentence: string, index: number, wordLength: number): string[];
}

/** One distinct Han word of the article with the facts every consumer needs. */
export interface ArticleWord {
  w: WordCount;
  freq: CorpusFrequency;
  hsk: HskLevels;
  /** True when the word has a meaning: a real (not surname/variant-only) CC-CEDICT entry, or one composed from its parts. */
  real: boolean;
  /** CC-CEDICT gives only capitalised real readings: a place, organisation or other proper noun. */
  properNoun: boolean;
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
  /** A second counting process, started for a large article file (CountHelper.start). */
  helper?: CountHelper | null;
}

export async function articleWords(
  paragraphs: string[],
  lex: LexiconPort,
  text: TextTools,
  { keepNames = false, onProgress, corrections = new Map(), helper }: ArticleWordsOptions = {},
): Promise<ArticleWords> {
  const userWords = new Set([...corrections.values()].filter((c) => c.merge).map((c) => c.word));
  const segment = segmenterOf(lex);
  const facts = new Map<string, ArticleWord>();
  const factsOf = (w: WordCount): ArticleWord => {
    const { frequency: freq, hsk, cedict } = lex.wordSummary(w.word);
    const listed = cedict === 'real' || cedict === 'proper';
    // A set phrase the segmentation rules made (联防联控) is in no table: its parts give its meaning.
    const composed = cedict === 'composed' || (cedict === 'none' && w.pos === SET_PHRASE_TAG && lex.composedMeaning(w.word, null) !== null);
    let reason = skipReason(
      { word: w.word, pos: w.pos, hsk, inCedict: listed, onlyWeak: cedict === 'weak', composed, corpusCount: freq.count },
      keepNames,
    ) as ArticleWord['reason'];
    if (reason === 'unknown' && userWords.has(w.word)) reason = null;
    // A word the learner merged has a meaning when they gave one or its parts give one.
    const meant = listed || composed || (userWords.has(w.word) && (!!corrections.get(w.word)?.meanings?.length || lex.composedMeaning(w.word, null) !== null));
    return { w, freq, hsk, real: meant, properNoun: cedict === 'proper', reason };
  };
  const namesIn = () => (keepNames ? new Map<string, number>() : wordsInListedNames(paragraphs, lex));
  let inNames: Map<string, number> | undefined;
  // While the second process finishes, look up this process's words (their first occurrence,
  // and so their tag, is final) and find the article's listed names (the whole text's).
  const meanwhile = (first: Collected) => {
    for (const w of first.words.values()) facts.set(w.word, factsOf(w));
    inNames = namesIn();
  };
  // The cards need pinyin-pro (a tenth of a second to load): with a second process, load it
  // before counting, while the parts are shared out, rather than after, when only this process works.
  // (长 has two readings: choosing one is what loads it.)
  if (helper) {
    helper.share(paragraphs, corrections);
    lex.sentencePinyin('长');
  }
  const collected = helper
    ? await helper.count(paragraphs, (ps) => sentencesOf(ps, text), segment, corrections, onProgress, meanwhile)
    : collectWords(sentencesOf(paragraphs, text), segment, onProgress);
  inNames ??= namesIn();
  const words: ArticleWord[] = [];
  for (const w of collected.words.values()) {
    const found = facts.get(w.word) ?? factsOf(w);
    // Met only as a piece of the names a list gives (武 维华, 洛桑 江村): a name's, not a word.
    words.push(found.reason === null && (inNames.get(w.word) ?? 0) >= w.count ? { ...found, reason: 'name' } : found);
  }
  return { collected, words };
}

/**
 * How often each word stands inside the personal names the article lists (see listedNames), in
 * names jieba did not know whole: those it cut into pieces, or tagged as a name.
 */
function wordsInListedNames(paragraphs: readonly string[], lex: LexiconPort): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const name of listedNames(paragraph)) {
      const tokens = lex.segment(name).filter((t) => /\p{Script=Han}/u.test(t.word));
      if (tokens.length < 2 && !/^nr/.test(tokens[0]?.pos ?? '')) continue;
      for (const t of tokens) counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
    }
  }
  return counts;
}
