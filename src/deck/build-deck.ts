import { cardId } from './card-id.js';
import type { WordCount } from './collect-words.js';
import { readingInArticle } from './annotate.js';
import { allGlosses, cardMeaning, COMPOSED_TAG, sentenceSegmenter } from './card-meaning.js';
import { articleProfile } from './article-profile.js';
import { articleWords, type TextTools } from './article-words.js';
import { chooseExamples } from './example-choice.js';
import type { Deck, DeckCard, DeckSource } from '../model/deck.js';
import { logLikelihood } from './keyness.js';
import type { LexiconPort } from '../model/lexicon-port.js';
import type { CountHelper } from './parallel-collect.js';
import { compareRanked, score, type RankInput } from './rank.js';
import { NAME_TAGS, type SkipReason } from './word-filter.js';
import { trace } from '../trace.js';
import { applyToCard } from '../learn/corrections.js';
import type { Corrections } from '../model/corrections.js';

export type { TextTools } from './article-words.js';

export interface BuildOptions {
  name: string;
  source: Omit<DeckSource, 'characters' | 'tokens'>;
  /** At most this many cards; 0 keeps every content word. */
  max: number;
  /** Words the learner knows (--known, the collection): counted as read, and left out unless in `keep`. */
  known: ReadonlySet<string>;
  /** Known words to keep as cards all the same (--include-known: the collection's). */
  keep?: ReadonlySet<string>;
  keepNames: boolean;
  /** A second counting process for a large article (see CountHelper); absent: one process counts. */
  helper?: CountHelper | null;
  /** The learner's reading and meaning fixes, laid over the cards (the id stays the dictionary's). */
  corrections?: Corrections;
  /** Sentences of the headline, captions and 原标题 lines: examples come from the body first. */
  asides?: ReadonlySet<string>;
}

export interface BuildResult {
  deck: Deck;
  /** Distinct Han words in the article. */
  distinctWords: number;
  /** Processes that segmented the article (2 for a large one). */
  processes: number;
  /** Content words before --max cut the list. */
  candidates: number;
  skipped: Record<SkipReason, number>;
  /** Running words of the article that --known / the collection already covers. */
  knownTokens: number;
  /** Running words that are never cards (function words, numbers, names, no dictionary entry). */
  freeTokens: number;
  /** The article's distinct Han words in order of first appearance. */
  words: string[];
}

/**
 * The best `max` in rank order (all when max is 0). Only words scoring at least the max-th
 * best score are fully sorted: a 10 MB corpus has tens of thousands of candidates.
 */
function topRanked<T extends RankInput & { score: number }>(ranked: T[], max: number): T[] {
  let pool = ranked;
  if (max > 0 && ranked.length > max) {
    const scores = Float64Array.from(ranked, (r) => r.score).sort();
    const threshold = scores[scores.length - max];
    pool = ranked.filter((r) => r.score >= threshold);
  }
  pool.sort(compareRanked);
  return max > 0 ? pool.slice(0, max) : pool;
}

/**
 * Article paragraphs → ranked, annotated deck. Pure given the lexicon: the same
 * paragraphs and options give the same deck on every run and machine.
 */
export async function buildDeck(
  paragraphs: string[],
  lex: LexiconPort,
  text: TextTools,
  opts: BuildOptions,
  onProgress?: (chars: number) => void,
): Promise<BuildResult> {
  const { collected, words } = await articleWords(paragraphs, lex, text, {
    keepNames: opts.keepNames,
    onProgress,
    corrections: opts.corrections,
    helper: opts.helper,
  });
  trace('looked up every word');
  const corpusSize = lex.corpusTotal();
  const skipped: Record<SkipReason, number> = { function: 0, name: 0, number: 0, unknown: 0, known: 0 };
  let knownTokens = 0;
  let freeTokens = 0;
  const contentWords = new Set<string>();
  const ranked: Array<RankInput & { score: number; w: WordCount }> = [];
  for (const { w, freq, hsk, properNoun, reason } of words) {
    const known = opts.known.has(w.word);
    if (known) knownTokens += w.count;
    else if (reason) freeTokens += w.count;
    if (reason) {
      skipped[reason]++;
      continue;
    }
    contentWords.add(w.word);
    if (known && !opts.keep?.has(w.word)) {
      skipped.known++;
      continue;
    }
    const r = {
      word: w.word,
      keyness: logLikelihood(w.count, collected.tokens, freq.count, corpusSize),
      count: w.count,
      zipf: freq.zipf,
      hsk,
      properNoun,
      first: w.first,
      score: 0,
      w,
    };
    r.score = score(r);
    ranked.push(r);
  }
  let chosen = topRanked(ranked, opts.max);
  trace('ranked');
  const seen = new Set<string>();
  const segmentOnce = sentenceSegmenter(lex);
  // The article's words for composed meanings: its names too (山西省 tells what 晋 stands for in 三晋).
  const named = words.filter((x) => x.reason === 'name').map((x) => x.w.word);
  const article = { profile: articleProfile(contentWords, (w) => allGlosses(lex, w)), words: [...contentWords, ...named], asides: opts.asides };
  const cards: DeckCard[] = [];
  for (let i = 0; i < chosen.length && (opts.max === 0 || cards.length < opts.max); i++) {
    const r = chosen[i];
    const reading = readingInArticle(r.word, r.w.contexts, lex);
    const id = cardId(r.word, reading.pinyinNumbered);
    if (seen.has(id)) continue;
    const correction = opts.corrections?.get(r.word);
    const meaning = cardMeaning(r.word, r.w.pos, reading, r.w.contexts, lex, segmentOnce, article);
    // Nothing at all is known of the word (no entry, no known parts): not a card, unless the
    // learner gave it a meaning or it is a name kept on purpose. The next-ranked word takes its place.
    if (!meaning && !correction?.meanings?.length && !(opts.keepNames && NAME_TAGS.has(r.w.pos))) {
      skipped.unknown++;
      if (i === chosen.length - 1 && opts.max > 0 && chosen.length < ranked.length) chosen = topRanked(ranked, chosen.length + opts.max);
      continue;
    }
    seen.add(id);
    const { examples, exampleWords } = chooseExamples(r.word, r.w.contexts, lex, text, (x) => contentWords.has(x), opts.known, opts.asides);
    const card: DeckCard = {
      id,
      word: r.word,
      traditional: reading.entry?.traditional ?? r.word,
      pinyin: reading.pinyin,
      pinyinNumbered: reading.pinyinNumbered,
      definitions: meaning?.definitions ?? [],
      pos: r.w.pos,
      hsk: r.hsk,
      frequency: { article: r.count, corpus: r.zipf },
      keyness: Math.round(r.keyness * 100) / 100,
      rank: cards.length + 1,
      examples,
      examplesPinyin: examples.map((e) => lex.sentencePinyin(e)),
      exampleWords,
      tags: meaning?.composed ? [COMPOSED_TAG] : [],
    };
    cards.push(applyToCard(card, correction));
  }
  trace('annotated the cards');
  const deck: Deck = {
    format: 'guanhua-deck',
    version: 1,
    name: opts.name,
    source: { ...opts.source, characters: collected.characters, tokens: collected.tokens },
    cards,
  };
  return {
    deck, distinctWords: collected.words.size, processes: collected.processes ?? 1, candidates: ranked.length, skipped, knownTokens, freeTokens,
    words: words.map((x) => x.w.word),
  };
}
