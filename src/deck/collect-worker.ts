/**
 * The second thread of a large article's word count (see parallel-collect.ts): segments its
 * share of the paragraphs with the same lexicon, sentence splitter and corrections as the main
 * thread, then hands back the counts, with contexts as indexes into a table of sentences.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as lexicon from '../lexicon/index.js';
import { correctedLexicon } from '../learn/corrected-lexicon.js';
import type { Correction } from '../learn/corrections.js';
import { splitSentences } from '../text/sentences.js';
import { collectWords, segmenterOf } from './collect-words.js';
import { packCollected, type WorkerRequest, type WorkerReply } from './parallel-collect.js';

const { paragraphs, corrections, signal, port } = workerData as WorkerRequest;
let reply: WorkerReply;
try {
  const lex = correctedLexicon(lexicon, new Map<string, Correction>(corrections));
  function* sentences() {
    for (const p of paragraphs) yield* splitSentences(p);
  }
  reply = { ok: true, collected: packCollected(collectWords(sentences(), segmenterOf(lex))) };
} catch (err) {
  reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
}
port.postMessage(reply);
// Wake the main thread, which waits synchronously (Atomics.wait) so that counting stays a plain function.
const flag = new Int32Array(signal);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
parentPort?.close();
