/**
 * The second process of a large article's word count (see parallel-collect.ts). Two processes,
 * not two threads: two jieba instances in one process slow each other by half, in two they do
 * not. It reads the same article the same way as the parent (the job names the file and checks
 * the text's hash), counts its share of the paragraphs with the same lexicon, sentence splitter
 * and corrections, and writes the packed counts to stdout as JSON.
 */
import { createHash } from 'node:crypto';
import * as lexicon from '../lexicon/index.js';
import { correctedLexicon } from '../learn/corrected-lexicon.js';
import type { Correction } from '../learn/corrections.js';
import { trace } from '../trace.js';
import { readArticle } from '../text/read-article.js';
import { splitSentences } from '../text/sentences.js';
import { collectWords, segmenterOf } from './collect-words.js';
import { packCollected, type ChildJob, type ChildReply } from './parallel-collect.js';

async function run(): Promise<ChildReply> {
  // The job comes in the environment, there at spawn: the parent's event loop is busy counting
  // its own share, so nothing written to a pipe would reach this process before it is done.
  const job = JSON.parse(process.env.GUANHUA_COUNT_JOB ?? '') as ChildJob;
  // Start jieba while the article is read: both are needed, and jieba is the slow one.
  trace('child started');
  lexicon.segment('中文');
  trace('child loaded jieba');
  const article = await readArticle(job.input);
  const sha = createHash('sha256').update(article.paragraphs.join('\n'), 'utf8').digest('hex');
  if (sha !== job.sha256) return { ok: false, message: `${job.input} changed while it was being read` };
  trace('child read the article');
  const lex = correctedLexicon(lexicon, new Map<string, Correction>(job.corrections));
  const paragraphs = article.paragraphs.slice(job.from);
  function* sentences() {
    for (const p of paragraphs) yield* splitSentences(p);
  }
  const collected = collectWords(sentences(), segmenterOf(lex));
  trace('child counted its share');
  return { ok: true, collected: packCollected(collected) };
}

run()
  .catch((err: unknown): ChildReply => ({ ok: false, message: err instanceof Error ? err.message : String(err) }))
  .then((reply) => {
    const json = JSON.stringify(reply);
    trace('child packed its counts');
    process.stdout.write(json);
  });
