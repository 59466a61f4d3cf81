import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Correction, Corrections } from '../learn/corrections.js';
import { collectWords, MAX_CONTEXTS, type Collected, type Segmenter } from './collect-words.js';

/**
 * Below this many characters an article is counted on one thread: a second jieba costs about a
 * second and a half of start-up, which only a large text repays. (Characters, not bytes.)
 * GUANHUA_PARALLEL_MIN_CHARS overrides it (tests use it to compare both paths).
 */
export const PARALLEL_MIN_CHARS = 1_000_000;

export function parallelMinChars(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.GUANHUA_PARALLEL_MIN_CHARS);
  return Number.isFinite(v) && v > 0 ? v : PARALLEL_MIN_CHARS;
}

const workerUrl = new URL('./collect-worker.js', import.meta.url);

/** The worker runs from the compiled dist/ (from TypeScript sources, as under vitest, it cannot). */
export function canCountInParallel(): boolean {
  return existsSync(fileURLToPath(workerUrl));
}

/** What the worker is given: its share of paragraphs and the learner's corrections. */
export interface WorkerRequest {
  paragraphs: string[];
  corrections: Array<[string, Correction]>;
  /** One Int32 set to 1 when the reply is posted. */
  signal: SharedArrayBuffer;
  port: MessagePort;
}

/** Counts in a form cheap to pass between threads: sentences once, contexts as numbers. */
export interface PackedCollected {
  tokens: number;
  characters: number;
  sentences: string[];
  /** word, pos, count, then [sentence index, offset] pairs flattened. */
  words: Array<[string, string, number, number[]]>;
}

export type WorkerReply = { ok: true; collected: PackedCollected } | { ok: false; message: string };

export function packCollected(c: Collected): PackedCollected {
  const index = new Map<string, number>();
  const sentences: string[] = [];
  const words: PackedCollected['words'] = [];
  for (const w of c.words.values()) {
    const flat: number[] = [];
    for (const ctx of w.contexts) {
      let i = index.get(ctx.sentence);
      if (i === undefined) {
        i = sentences.push(ctx.sentence) - 1;
        index.set(ctx.sentence, i);
      }
      flat.push(i, ctx.offset);
    }
    words.push([w.word, w.pos, w.count, flat]);
  }
  return { tokens: c.tokens, characters: c.characters, sentences, words };
}

/**
 * This thread's count, then the worker's, as if one pass had read both texts in turn: counts
 * add, words new in the worker's share come after in their order of first appearance, contexts
 * fill up (a sentence met twice in a row is kept once, as the one pass does).
 */
export function mergePacked(a: Collected, b: PackedCollected): Collected {
  const words = a.words;
  for (const [word, pos, count, flat] of b.words) {
    let mine = words.get(word);
    if (!mine) {
      mine = { word, pos, count: 0, first: words.size, contexts: [] };
      words.set(word, mine);
    }
    mine.count += count;
    const contexts = mine.contexts;
    for (let i = 0; i < flat.length && contexts.length < MAX_CONTEXTS; i += 2) {
      const sentence = b.sentences[flat[i]];
      if (contexts[contexts.length - 1]?.sentence !== sentence) contexts.push({ sentence, offset: flat[i + 1] });
    }
  }
  return { words, tokens: a.tokens + b.tokens, characters: a.characters + b.characters, threads: (a.threads ?? 1) + 1 };
}

/**
 * This thread's share of the text. Less than half: while the worker finishes, this thread
 * looks up its own words and loads pinyin-pro (`meanwhile`), so both end about together.
 */
export const MAIN_SHARE = 0.45;

/** The paragraph index before which about `share` of the text's characters lie. */
export function splitPoint(paragraphs: string[], share = MAIN_SHARE): number {
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  let seen = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    seen += paragraphs[i].length;
    if (seen >= total * share) return i + 1;
  }
  return paragraphs.length;
}

/**
 * Counts a large article on two threads: a worker takes the second half of the paragraphs
 * while this thread takes the first; the results merge in article order, so the outcome is
 * exactly that of one thread. Synchronous for the caller (it waits with Atomics.wait).
 */
export function collectWordsParallel(
  paragraphs: string[],
  sentencesOf: (paragraphs: string[]) => Iterable<string>,
  segment: Segmenter,
  corrections: Corrections,
  onSentence?: (chars: number) => void,
  /** Work for this thread while the worker finishes, given this thread's half. */
  meanwhile?: (first: Collected) => void,
): Collected {
  const cut = splitPoint(paragraphs);
  const signal = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const request: WorkerRequest = { paragraphs: paragraphs.slice(cut), corrections: [...corrections], signal, port: port2 };
  const worker = new Worker(workerUrl, { workerData: request, transferList: [port2] });
  try {
    const first = collectWords(sentencesOf(paragraphs.slice(0, cut)), segment, onSentence);
    meanwhile?.(first);
    Atomics.wait(new Int32Array(signal), 0, 0);
    const reply = receiveMessageOnPort(port1)?.message as WorkerReply | undefined;
    if (!reply) throw new Error('the counting worker ended without a reply');
    if (!reply.ok) throw new Error(`the counting worker failed: ${reply.message}`);
    onSentence?.(paragraphs.slice(cut).reduce((n, p) => n + p.length, 0));
    return mergePacked(first, reply.collected);
  } finally {
    port1.close();
    void worker.terminate();
  }
}
