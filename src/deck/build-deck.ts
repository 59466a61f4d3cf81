import { cardId } from './card-id.js';
import { collectWords, type WordCount } from './collect-words.js';
import { examplesFor, readingInArticle } from './annotate.js';
import type { Deck, DeckCard, DeckSource } from './format.js';
import { logLikelihood } from './keyness.js';
import type { LexiconPort } from './lexicon-port.js';
import { compareRanked, score, type RankInput } from './rank.js';
import { skipReason, type SkipReason } from './word-filter.js';

export interface BuildOptions {
  name: string;
  source: Omit<DeckSource, 'characters' | 'tokens'>;
  /** At most this many cards; 0 keeps every content word. */
  max: number;
  /** Words to leave out (already known). */
  known: ReadonlySet<string>;
  keepNames: boolean;
}

export interface TextTools {
  splitSentences(paragraph: string): string[];
  clauseAround(sentence: string, index: number, maxChars: number, wordLength: number): string;
}

export interface BuildResult {
  deck: Deck;
  /** Distinct Han words in the article. */
  distinctWords: number;
  /** Content words before --max cut the list. */
  candidates: number;
  skipped: Record<SkipReason, number>;
  /** Running words of the article that --known / the collection already covers. */
  knownTokens: number;
}

function* sentencesOf(paragraphs: string[], text: TextTools): Generator<string> {
  for (const p of paragraphs) yield* text.splitSentences(p);
}

/**
 * Article paragraphs → ranked, annotated deck. Pure given the lexicon: the same
 * paragraphs and options give the same deck on every run and machine.
 */
export function buildDeck(
  paragraphs: string[],
  lex: LexiconPort,
  text: TextTools,
  opts: BuildOptions,
  onProgress?: (chars: number) => void,
): BuildResult {
  const collected = collectWords(sentencesOf(paragraphs, text), (s) => lex.segment(s), onProgress);
  const corpusSize = lex.corpusTotal();
  const skipped: Record<SkipReason, number> = { function: 0, name: 0, number: 0, unknown: 0, known: 0 };
  let knownTokens = 0;
  const ranked: Array<RankInput & { score: number; w: WordCount }> = [];
  for (const w of collected.words.values()) {
    const entries = opts.known.has(w.word) ? [] : lex.lookup(w.word);
    const freq = lex.corpusFrequency(w.word);
    const hsk = lex.hskLevels(w.word);
    const real = entries.some((e) => !e.weak);
    const reason = opts.known.has(w.word)
      ? 'known'
      : skipReason(
          { word: w.word, pos: w.pos, hsk, inCedict: real, onlyWeak: entries.length > 0 && !real, corpusCount: freq.count },
          opts.keepNames,
        );
    if (reason) {
      skipped[reason]++;
      if (reason === 'known') knownTokens += w.count;
      continue;
    }
    const input: RankInput = {
      word: w.word,
      keyness: logLikelihood(w.count, collected.tokens, freq.count, corpusSize),
      count: w.count,
      zipf: freq.zipf,
      hsk,
      hasDefinitions: real,
      properNoun: real && entries.every((e) => e.weak || /^[A-Z]/.test(e.pinyinNumbered)),
      first: w.first,
    };
    ranked.push({ ...input, score: score(input), w });
  }
  ranked.sort(compareRanked);
  const chosen = opts.max > 0 ? ranked.slice(0, opts.max) : ranked;
  const seen = new Set<string>();
  const cards: DeckCard[] = [];
  for (const r of chosen) {
    const reading = readingInArticle(r.word, r.w.contexts, lex);
    const id = cardId(r.word, reading.pinyinNumbered);
    if (seen.has(id)) continue;
    seen.add(id);
    const examples = examplesFor(r.word, r.w.contexts, text.clauseAround);
    cards.push({
      id,
      word: r.word,
      traditional: reading.entry?.traditional ?? r.word,
      pinyin: reading.pinyin,
      pinyinNumbered: reading.pinyinNumbered,
      definitions: reading.entry?.definitions ?? [],
      pos: r.w.pos,
      hsk: r.hsk,
      frequency: { article: r.count, corpus: r.zipf },
      keyness: Math.round(r.keyness * 100) / 100,
      rank: cards.length + 1,
      examples,
      examplesPinyin: examples.map((e) => lex.sentencePinyin(e)),
      tags: [],
    });
  }
  const deck: Deck = {
    format: 'guanhua-deck',
    version: 1,
    name: opts.name,
    source: { ...opts.source, characters: collected.characters, tokens: collected.tokens },
    cards,
  };
  return { deck, distinctWords: collected.words.size, candidates: ranked.length, skipped, knownTokens };
}
