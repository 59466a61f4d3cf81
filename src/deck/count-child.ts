/**
 * The second process of a large article's word count (see CountHelper in parallel-collect.ts).
 * Two processes, not two threads: two jieba instances in one process slow each other by half,
 * in two they do not. Started with the path of a private folder, it loads jieba while the first
 * process reads the article, waits for the paragraphs there, claims runs of parts from the back,
 * counts each run on its own, and writes the runs' counts, joined in the article's order
 * (joinRuns) and packed (packCounts), to stdout (replyBytes).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as lexicon from '../lexicon/index.js';
import { correctedLexicon } from './corrected-lexicon.js';
import type { Correction } from '../model/corrections.js';
import { splitSentences } from '../text/sentences.js';
import { trace } from '../trace.js';
import { segmenterOf, WordCounter, type Collected } from './collect-words.js';
import { CLAIMS_FILE, Claims, JOB_FILE, replyBytes, TEXT_FILE, type ChildJob } from './parallel-collect.js';
import { joinRuns, packCounts, type ChildReply } from './packed-counts.js';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** The job, once the first process has written it; null when that process is gone. */
function waitForJob(dir: string): ChildJob | null {
  const file = path.join(dir, JOB_FILE);
  const parent = process.ppid;
  while (!existsSync(file)) {
    if (process.ppid !== parent || !existsSync(dir)) return null;
    Atomics.wait(pause, 0, 0, 5);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as ChildJob;
}

function run(dir: string): ChildReply {
  trace('child started');
  lexicon.segment('中文'); // loads jieba: the slow part, done while the article is being read
  trace('child loaded jieba');
  const job = waitForJob(dir);
  if (!job) return { ok: false, message: 'the first process went away' };
  trace('child has the article');
  const lex = correctedLexicon(lexicon, new Map<string, Correction>(job.corrections));
  const counter = new WordCounter(segmenterOf(lex));
  /** Each run's count, the last run first. */
  const runs: Collected[] = [];
  const claims = new Claims(path.join(dir, CLAIMS_FILE), 'C');
  const { bounds } = job;
  const textFile = path.join(dir, TEXT_FILE);
  const paragraphs = readFileSync(textFile, 'utf8').split('\n');
  // Not left behind should the run be interrupted (the first process removes the folder).
  rmSync(textFile, { force: true });
  let from = bounds.length - 1;
  // Where each sentence stands, so that the answer can name it instead of spelling it out.
  const where = new Map<string, [number, number]>();
  /** The sentences of parts `from` up to (not including) `to`. */
  function* sentences(from: number, to: number) {
    for (let i = bounds[from]; i < bounds[to]; i++) {
      const paragraph = paragraphs[i];
      let cursor = 0;
      for (const sentence of splitSentences(paragraph)) {
        const start = paragraph.indexOf(sentence, cursor);
        cursor = start + sentence.length;
        if (!where.has(sentence)) where.set(sentence, [i, start]);
        yield sentence;
      }
    }
  }
  try {
    // Runs of parts from the back, each a quarter of what neither side holds yet: long runs
    // while the two are far apart (each run costs a merge at the end), single parts where they
    // meet.
    while (from > 0) {
      const open = from - claims.highest('M') - 1;
      if (open <= 0) break;
      const run = Math.max(1, Math.floor(open / 4));
      const won = claims.claimRun(from - run, from - 1);
      if (won === null) break;
      // Test hook: fail holding parts, so the first process must count them itself.
      if (job.failHoldingParts) return { ok: false, message: 'failed on purpose (test)' };
      counter.add(sentences(won, from));
      runs.push(counter.take());
      const met = won > from - run;
      from = won;
      if (met) break;
    }
  } finally {
    claims.close();
  }
  trace(`child counted its share: parts ${from}-${bounds.length - 2}`);
  const counts = joinRuns(runs);
  return { ok: true, from, counts: packCounts(counts, (s) => where.get(s)!) };
}

let reply: ChildReply;
try {
  reply = run(process.argv[2] ?? '');
} catch (err) {
  reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
}
const bytes = replyBytes(reply);
trace(`child packed its counts; peak memory ${process.resourceUsage().maxRSS} KB`);
process.stdout.write(bytes);
