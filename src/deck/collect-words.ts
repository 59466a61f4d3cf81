import type { Token } from '../model/lexicon.js';

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
  processes?: number;
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
 * Counts each Han word of an article and keeps a few contexts; memory stays bounded by the
 * vocabulary, not the text, so a 50 MB file is fine. Tokens must concatenate back to their
 * sentence (offsets are summed).
 *
 * The inner loop runs once per running word (two million of them in 10 MB), beside jieba's own
 * cut, so it touches as little memory as it can: each distinct raw piece gets an integer id
 * once; counts live in typed arrays indexed by id, and a word's contexts are visited only until
 * it has MAX_CONTEXTS of them. Word objects are made at the end.
 *
 * take() ends a stretch of text and starts the next: the ids and tables stay, so a process that
 * counts several stretches on their own (the helper, see count-child.ts) learns each piece once.
 */
export class WordCounter {
  private readonly wordOf: string[] = [];
  private readonly charsOf: number[] = [];
  // Of the stretch being counted: each word's tag and contexts from its first occurrence in it,
  // its count, and the words in order of first occurrence.
  private readonly posOf: string[] = [];
  private readonly contexts: Context[][] = [];
  private counts = new Int32Array(1 << 14);
  /** 1 while the word still takes contexts. */
  private open = new Uint8Array(1 << 14);
  private order: number[] = [];
  private readonly idOfWord = new Map<string, number>();
  // What each distinct raw piece is: a word id, NOT_WORD, or (<= -2) an index into `several`
  // for a piece the rules cut into more than one token (辽宁大连). One- and two-unit pieces,
  // most of them (的, ，, 会议), are found by code units in typed tables; longer ones by string.
  private readonly single = new Int32Array(0x10000).fill(UNSEEN);
  private readonly pairs = new Map<number, number>();
  private readonly longer = new Map<string, number>();
  private readonly several: Array<Array<[number, number]>> = [];
  /** Tokens built by the corrections' rules: shared token objects, or fresh ones keyed by word. */
  private readonly byToken = new Map<Token, number>();

  constructor(private readonly segmenter: Segmenter) {}

  /** Counts the next sentences of the article, in order. */
  add(sentences: Iterable<string>, onSentence?: (chars: number) => void): void {
    const segmenter = this.segmenter;
    if (typeof segmenter === 'function') {
      for (const sentence of sentences) {
        let offset = 0;
        for (const token of segmenter(sentence)) {
          let id = this.byToken.get(token);
          if (id === undefined) {
            id = this.wordId(token);
            this.byToken.set(token, id);
          }
          if (id !== NOT_WORD) {
            if (this.counts[id]++ === 0) this.meet(id, token.pos);
            if (this.open[id] === 1) this.addContext(id, sentence, offset);
          }
          offset += token.word.length;
        }
        onSentence?.(sentence.length);
      }
      return;
    }
    // Sentences go to jieba in batches, one a line: one call for many sentences keeps jieba's
    // tables warm in the CPU cache between calls, and jieba cuts each line on its own anyway.
    // A sentence with a line break in it, or too long for one call, goes alone.
    const batch: string[] = [];
    let batchChars = 0;
    for (const sentence of sentences) {
      if (sentence.length > MAX_BATCH_CHARS || sentence.includes('\n')) {
        if (batch.length > 0) this.countRaw(batch, true, onSentence);
        batch.length = batchChars = 0;
        this.countRaw([sentence], false, onSentence);
        continue;
      }
      if (batchChars + sentence.length > MAX_BATCH_CHARS) {
        this.countRaw(batch, true, onSentence);
        batch.length = batchChars = 0;
      }
      batch.push(sentence);
      batchChars += sentence.length + 1;
    }
    if (batch.length > 0) this.countRaw(batch, true, onSentence);
  }

  /**
   * Counts sentences cut in one call: joined by line breaks when `breaks` (a line-break piece
   * then starts the next sentence), else the one sentence, whose line breaks are not words.
   */
  private countRaw(batch: string[], breaks: boolean, onSentence?: (chars: number) => void): void {
    const { single, pairs, longer, several } = this;
    let { counts, open } = this;
    const segmenter = this.segmenter as RawSegmenter;
    const raws = segmenter.cutRaw(breaks ? batch.join('\n') : batch[0]);
    let s = 0;
    let sentence = batch[0];
    let offset = 0;
    for (let k = 0; k < raws.length; k++) {
      const raw = raws[k];
      const length = raw.length;
      if (length === 1 && raw.charCodeAt(0) === 0x0a && breaks) {
        onSentence?.(sentence.length);
        sentence = batch[++s];
        offset = 0;
        continue;
      }
      let code: number | undefined;
      if (length === 1) code = single[raw.charCodeAt(0)];
      else if (length === 2) {
        const c0 = raw.charCodeAt(0);
        const c1 = raw.charCodeAt(1);
        code = isBasicHan(c0) && isBasicHan(c1) ? pairs.get(pairKey(c0, c1)) : longer.get(raw);
      } else code = longer.get(raw);
      if (code === undefined || code === UNSEEN) {
        code = this.learn(raw);
        ({ counts, open } = this); // may have grown
      }
      if (code >= 0) {
        if (counts[code]++ === 0) this.meet(code, segmenter.resolveToken(raw)[0].pos);
        if (open[code] === 1) this.addContext(code, sentence, offset);
      } else if (code !== NOT_WORD) {
        let at = offset;
        const pieces = several[-2 - code];
        for (let i = 0; i < pieces.length; i++) {
          const id = pieces[i][0];
          if (id !== NOT_WORD) {
            if (counts[id]++ === 0) this.meet(id, segmenter.resolveToken(raw)[i].pos);
            if (open[id] === 1) this.addContext(id, sentence, at);
          }
          at += pieces[i][1];
        }
      }
      offset += length;
    }
    onSentence?.(sentence.length);
  }

  /** The words of the stretch so far, in order of first appearance. */
  result(): Collected {
    const words = new Map<string, WordCount>();
    let tokens = 0;
    let characters = 0;
    for (const id of this.order) {
      const count = this.counts[id];
      tokens += count;
      characters += count * this.charsOf[id];
      const word = this.wordOf[id];
      words.set(word, { word, pos: this.posOf[id], count, first: words.size, contexts: this.contexts[id] });
    }
    return { words, tokens, characters };
  }

  /** result(), and the next add() starts a new stretch. */
  take(): Collected {
    const stretch = this.result();
    for (const id of this.order) this.counts[id] = 0;
    this.order = [];
    return stretch;
  }

  /** A word's first occurrence in the stretch. */
  private meet(id: number, pos: string): void {
    this.order.push(id);
    this.posOf[id] = pos;
    this.contexts[id] = [];
    this.open[id] = 1;
  }

  private learn(raw: string): number {
    const tokens = (this.segmenter as RawSegmenter).resolveToken(raw);
    let code: number;
    if (tokens.length === 1) code = this.wordId(tokens[0]);
    else {
      code = -2 - this.several.length;
      this.several.push(tokens.map((t) => [this.wordId(t), t.word.length]));
    }
    const c0 = raw.charCodeAt(0);
    const c1 = raw.charCodeAt(1);
    if (raw.length === 1) this.single[c0] = code;
    else if (raw.length === 2 && isBasicHan(c0) && isBasicHan(c1)) this.pairs.set(pairKey(c0, c1), code);
    else this.longer.set(raw, code);
    return code;
  }

  private wordId(token: Token): number {
    if (!HAN.test(token.word)) return NOT_WORD;
    let id = this.idOfWord.get(token.word);
    if (id === undefined) {
      id = this.wordOf.length;
      this.idOfWord.set(token.word, id);
      this.wordOf.push(token.word);
      this.charsOf.push([...token.word].length);
      if (id === this.counts.length) this.grow();
    }
    return id;
  }

  private addContext(id: number, sentence: string, offset: number): void {
    const list = this.contexts[id];
    // A sentence met twice in a row is kept once.
    if (list.length === 0 || list[list.length - 1].sentence !== sentence) {
      list.push({ sentence, offset });
      if (list.length === MAX_CONTEXTS) this.open[id] = 0;
    }
  }

  private grow(): void {
    const size = this.counts.length * 2;
    const counts = new Int32Array(size);
    counts.set(this.counts);
    this.counts = counts;
    const open = new Uint8Array(size);
    open.set(this.open);
    this.open = open;
  }
}

/** One pass over the article's sentences (see WordCounter). */
export function collectWords(sentences: Iterable<string>, segmenter: Segmenter, onSentence?: (chars: number) => void): Collected {
  const counter = new WordCounter(segmenter);
  counter.add(sentences, onSentence);
  return counter.result();
}

/** Longest run of sentences (UTF-16 units) handed to jieba at once; cutRaw cuts longer lines. */
const MAX_BATCH_CHARS = 50_000;

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
