import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CommandContext } from '../context.js';
import { trace } from '../trace.js';
import { readLines, segmentLines } from '../lexicon/index.js';
import { packageRoot } from '../lexicon/data-files.js';
import { readPlainText } from '../text/read-article.js';
import { packLines } from './pinyin-lines.js';
import { HTML_HEAD, HTML_TAIL, renderLine, type PinyinFormat } from './pinyin-render.js';

export interface PinyinOptions {
  json?: boolean;
  html?: boolean;
}

/** From this many characters on, a second thread reads while this one segments. */
const TWO_THREADS_FROM = 100_000;
/** Lines segmented and handed over at once. */
const BATCH_LINES = 500;
/** The worker, compiled (from the sources, as under the tests, too: the build made it). */
const WORKER = path.join(packageRoot, 'dist', 'commands', 'pinyin-worker.js');

/**
 * `guanhua pinyin <input|->`: the text with its readings in context, line for line as given
 * (no debris removal): plain (each line, its pinyin under it), `--html` (<ruby>) or `--json`
 * (one object per line: `{"tokens": [{"text", "pinyin", "numbered"}]}`).
 */
export async function runPinyin(input: string, opts: PinyinOptions, ctx: CommandContext): Promise<void> {
  const text = await readPlainText(input, { stdin: ctx.stdin });
  // A final newline ends the last line; it does not start another.
  const body = text.replace(/\n$/, '');
  const format: PinyinFormat = opts.json ? 'json' : opts.html ? 'html' : 'plain';
  const twoThreads = body.length >= TWO_THREADS_FROM && aCoreIsFree() && existsSync(WORKER);
  const rendered = twoThreads ? await renderInWorker(body, format) : renderHere(body, format);
  const out = format === 'html' ? [HTML_HEAD, ...rendered, HTML_TAIL] : rendered;
  ctx.stdout.write(`${out.join('\n')}\n`);
}

/**
 * A second thread pays only when a core would otherwise idle: it costs some CPU of its own
 * (a second heap, the batches handed over), which a machine busy on every core pays in time.
 */
function aCoreIsFree(): boolean {
  const cores = availableParallelism();
  return cores >= 2 && loadavg()[0] <= cores - 1;
}

export function renderHere(body: string, format: PinyinFormat): string[] {
  const lines = body.split('\n');
  const out: string[] = [];
  let i = 0;
  for (const read of readLines(body)) out.push(renderLine(format, lines[i++], read));
  return out;
}

/**
 * Two threads: this one loads jieba and segments batches of lines, the worker (which meanwhile
 * loaded the reader's tables) reads and renders them as they come. Same output as renderHere.
 */
export async function renderInWorker(body: string, format: PinyinFormat): Promise<string[]> {
  const worker = new Worker(WORKER, { workerData: { format } });
  trace('pinyin: a second thread reads');
  const lines = body.split('\n');
  const batches = Math.ceil(lines.length / BATCH_LINES);
  const results: string[] = [];
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (out: string) => {
      results.push(out);
      if (results.length === batches) resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the pinyin worker stopped (exit ${code})`)));
  });
  try {
    for (let b = 0; b < batches; b++) {
      const batch = lines.slice(b * BATCH_LINES, (b + 1) * BATCH_LINES);
      worker.postMessage(packLines(batch, segmentLines(batch.join('\n'))));
    }
    await done;
    trace('pinyin: the second thread has read every line');
  } finally {
    await worker.terminate();
  }
  return results;
}
