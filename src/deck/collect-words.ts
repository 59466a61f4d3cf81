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

/**
 * A count in arrays (WordCounter.pack), words in order of first appearance: word i has
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
 * Which way a counter meets the parts of an article: forward (part 0 first, as one pass reads),
 * or backward (the last part first: the second counting process, see parallel-collect.ts).
 * Either way its result is what one forward pass over the parts it saw would give.
 */
export type Direction = 'forward' | 'backward';

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
 * Counting backward, a word met in a lower part than before starts afresh there: that part's
 * sentences go before the ones already kept, and its first occurrence (order, tag) is the
 * word's first.
 */
export class WordCounter {
  private readonly wordOf: string[] = [];
  private readonly posOf: string[] = [];
  private readonly charsOf: number[] = [];
  /** Contexts of the part the word was last met in; `later`: those of higher parts (backward). */
  private readonly contexts: Context[][] = [];
  private readonly later: Array<Context[] | undefined> = [];
  private readonly firstPart: number[] = [];
  /** Order of first meeting within its first part. */
  private readonly firstSeq: number[] = [];
  /** The word of each first meeting (backward, a word is met first again in each lower part). */
  private readonly idAtSeq: number[] = [];
  private seq = 0;
  private counts = new Int32Array(1 << 14);
  /** 1 while the word still takes contexts. */
  private open = new Uint8Array(1 << 14);
  private partOf = new Int32Array(1 << 14);
  private readonly idOfWord = new Map<string, number>();
  private lastPart: number | null = null;
  // What each distinct raw piece is: a word id, NOT_WORD, or (<= -2) an index into `several`
  // for a piece the rules cut into more than one token (辽宁大连). One- and two-unit pieces,
  // most of them (的, ，, 会议), are found by code units in typed tables; longer ones by string.
  private readonly single = new Int32Array(0x10000).fill(UNSEEN);
  private readonly pairs = new Map<number, number>();
  private readonly longer = new Map<string, number>();
  private readonly several: Array<Array<[number, number]>> = [];
  /** Tokens built by the corrections' rules: shared token objects, or fresh ones keyed by word. */
  private readonly byToken = new Map<Token, number>();

  constructor(
    private readonly segmenter: Segmenter,
    private readonly direction: Direction = 'forward',
  ) {}

  /** Counts one part of the article (its sentences); parts come in the counter's direction. */
  add(part: number, sentences: Iterable<string>, onSentence?: (chars: number) => void): void {
    if (this.lastPart !== null && (this.direction === 'forward' ? part < this.lastPart : part > this.lastPart)) {
      throw new Error(`part ${part} after part ${this.lastPart} counting ${this.direction}`);
    }
    this.lastPart = part;
    const segmenter = this.segmenter;
    if (typeof segmenter === 'function') {
      for (const sentence of sentences) {
        let offset = 0;
        for (const token of segmenter(sentence)) {
          let id = this.byToken.get(token);
          if (id === undefined) {
            id = this.wordId(token, part);
            this.byToken.set(token, id);
          }
          if (id !== NOT_WORD) {
            this.counts[id]++;
            if (this.partOf[id] !== part) this.enter(id, part, token.pos);
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
        if (batch.length > 0) this.countRaw(batch, part, true, onSentence);
        batch.length = batchChars = 0;
        this.countRaw([sentence], part, false, onSentence);
        continue;
      }
      if (batchChars + sentence.length > MAX_BATCH_CHARS) {
        this.countRaw(batch, part, true, onSentence);
        batch.length = batchChars = 0;
      }
      batch.push(sentence);
      batchChars += sentence.length + 1;
    }
    if (batch.length > 0) this.countRaw(batch, part, true, onSentence);
  }

  /**
   * Counts sentences cut in one call: joined by line breaks when `breaks` (a line-break piece
   * then starts the next sentence), else the one sentence, whose line breaks are not words.
   */
  private countRaw(batch: string[], part: number, breaks: boolean, onSentence?: (chars: number) => void): void {
    const segmenter = this.segmenter as RawSegmenter;
    const { single, pairs, longer, several } = this;
    let { counts, open, partOf } = this;
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
        code = this.learn(raw, part);
        ({ counts, open, partOf } = this); // may have grown
      }
      if (code >= 0) {
        counts[code]++;
        if (partOf[code] !== part) this.enter(code, part, segmenter.resolveToken(raw)[0].pos);
        if (open[code] === 1) this.addContext(code, sentence, offset);
      } else if (code !== NOT_WORD) {
        let at = offset;
        const pieces = several[-2 - code];
        for (let i = 0; i < pieces.length; i++) {
          const id = pieces[i][0];
          if (id !== NOT_WORD) {
            counts[id]++;
            if (partOf[id] !== part) this.enter(id, part, segmenter.resolveToken(raw)[i].pos);
            if (open[id] === 1) this.addContext(id, sentence, at);
          }
          at += pieces[i][1];
        }
      }
      offset += length;
    }
    onSentence?.(sentence.length);
  }

  /** The words in order of first appearance, as one forward pass over the parts seen gives them. */
  result(): Collected {
    const words = new Map<string, WordCount>();
    let tokens = 0;
    let characters = 0;
    for (const id of this.order()) {
      const count = this.counts[id];
      tokens += count;
      characters += count * this.charsOf[id];
      const word = this.wordOf[id];
      words.set(word, { word, pos: this.posOf[id], count, first: words.size, contexts: this.contextsOf(id) });
    }
    return { words, tokens, characters };
  }

  /**
   * result() in arrays, for the way between processes: the sentences of the contexts are
   * numbered, and `where` says where each stands (paragraph, start) in paragraphs both hold.
   */
  pack(where: (sentence: string) => readonly [number, number]): PackedCounts {
    const ids = this.order();
    const n = ids.length;
    const words = new Array<string>(n);
    const pos = new Array<string>(n);
    const counts = new Int32Array(n);
    const contextStart = new Int32Array(n + 1);
    const lists = new Array<Context[]>(n);
    let total = 0;
    let tokens = 0;
    let characters = 0;
    for (let i = 0; i < n; i++) {
      const id = ids[i];
      words[i] = this.wordOf[id];
      pos[i] = this.posOf[id];
      counts[i] = this.counts[id];
      tokens += counts[i];
      characters += counts[i] * this.charsOf[id];
      lists[i] = this.contextsOf(id);
      contextStart[i] = total;
      total += lists[i].length;
    }
    contextStart[n] = total;
    // Sized once: this runs over tens of thousands of words and a quarter million contexts.
    const contextSentence = new Int32Array(total);
    const contextOffset = new Int32Array(total);
    const located = new Int32Array(3 * total);
    const sentenceIndex = new Map<string, number>();
    for (let i = 0, k = 0; i < n; i++) {
      const list = lists[i];
      for (let c = 0; c < list.length; c++, k++) {
        const sentence = list[c].sentence;
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
        contextOffset[k] = list[c].offset;
      }
    }
    return {
      tokens, characters, words, pos, counts, contextStart, contextSentence, contextOffset,
      located: located.slice(0, 3 * sentenceIndex.size),
    };
  }

  /**
   * Word ids in order of first appearance. Forward that is the order ids were given; backward,
   * by first part, then first meeting there. No comparison sort: the pair is one number, and
   * the meeting's number leads back to the word.
   */
  private order(): Int32Array {
    const n = this.wordOf.length;
    if (this.direction === 'forward') return Int32Array.from({ length: n }, (_, id) => id);
    const span = this.seq;
    const keys = new Float64Array(n);
    for (let id = 0; id < n; id++) keys[id] = this.firstPart[id] * span + this.firstSeq[id];
    keys.sort();
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) ids[i] = this.idAtSeq[keys[i] % span];
    return ids;
  }

  private contextsOf(id: number): Context[] {
    const later = this.later[id];
    return later ? joinContexts(this.contexts[id], later) : this.contexts[id];
  }

  private learn(raw: string, part: number): number {
    const tokens = (this.segmenter as RawSegmenter).resolveToken(raw);
    let code: number;
    if (tokens.length === 1) code = this.wordId(tokens[0], part);
    else {
      code = -2 - this.several.length;
      this.several.push(tokens.map((t) => [this.wordId(t, part), t.word.length]));
    }
    const c0 = raw.charCodeAt(0);
    const c1 = raw.charCodeAt(1);
    if (raw.length === 1) this.single[c0] = code;
    else if (raw.length === 2 && isBasicHan(c0) && isBasicHan(c1)) this.pairs.set(pairKey(c0, c1), code);
    else this.longer.set(raw, code);
    return code;
  }

  private wordId(token: Token, part: number): number {
    if (!HAN.test(token.word)) return NOT_WORD;
    let id = this.idOfWord.get(token.word);
    if (id === undefined) {
      id = this.wordOf.length;
      this.idOfWord.set(token.word, id);
      this.wordOf.push(token.word);
      this.posOf.push(token.pos);
      this.charsOf.push([...token.word].length);
      this.contexts.push([]);
      this.later.push(undefined);
      this.firstPart.push(part);
      this.idAtSeq.push(id);
      this.firstSeq.push(this.seq++);
      if (id === this.counts.length) this.grow();
      this.open[id] = 1;
      this.partOf[id] = part;
    }
    return id;
  }

  /** A word met in another part than last time (forward: it reads on; backward: it starts afresh). */
  private enter(id: number, part: number, pos: string): void {
    this.partOf[id] = part;
    if (this.direction === 'forward') return;
    const current = this.contexts[id];
    const later = this.later[id];
    if (current.length === MAX_CONTEXTS) {
      // The usual case, a common word: the higher part's contexts are all it will keep of the
      // parts after this one. The older list is emptied and reused.
      this.later[id] = current;
      if (later) later.length = 0;
      this.contexts[id] = later ?? [];
    } else {
      this.later[id] = joinContexts(current, later ?? []);
      this.contexts[id] = [];
    }
    this.open[id] = 1;
    this.posOf[id] = pos;
    this.firstPart[id] = part;
    this.idAtSeq.push(id);
    this.firstSeq[id] = this.seq++;
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
    const partOf = new Int32Array(size);
    partOf.set(this.partOf);
    this.partOf = partOf;
  }
}

/**
 * The contexts of one stretch of text, then those of the stretch after it, as one pass over
 * both keeps them: up to MAX_CONTEXTS, a sentence met twice in a row kept once.
 */
export function joinContexts(front: readonly Context[], back: readonly Context[]): Context[] {
  const out = front.slice(0, MAX_CONTEXTS);
  for (let i = 0; i < back.length && out.length < MAX_CONTEXTS; i++) {
    if (out[out.length - 1]?.sentence !== back[i].sentence) out.push(back[i]);
  }
  return out;
}

/** One forward pass over the article's sentences (see WordCounter). */
export function collectWords(sentences: Iterable<string>, segmenter: Segmenter, onSentence?: (chars: number) => void): Collected {
  const counter = new WordCounter(segmenter);
  counter.add(0, sentences, onSentence);
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
