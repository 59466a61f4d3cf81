import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trace } from '../trace.js';
import type { Correction, Corrections } from '../learn/corrections.js';
import { collectWords, MAX_CONTEXTS, type Collected, type Segmenter } from './collect-words.js';

/**
 * Below this many characters an article is counted in one process: a second jieba costs about
 * a second and a half of start-up, which only a large text repays. (Characters, not bytes.)
 * GUANHUA_PARALLEL_MIN_CHARS overrides it (tests use it to compare both paths).
 */
export const PARALLEL_MIN_CHARS = 1_000_000;

export function parallelMinChars(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.GUANHUA_PARALLEL_MIN_CHARS);
  return Number.isFinite(v) && v > 0 ? v : PARALLEL_MIN_CHARS;
}

const childScript = fileURLToPath(new URL('./count-child.js', import.meta.url));

/**
 * The second process runs from the compiled dist/ (from TypeScript sources, as under vitest, it
 * cannot), and it reads the article itself, so the article must be a file (not stdin).
 */
export function canCountInParallel(input: string | undefined): input is string {
  return input !== undefined && input !== '-' && existsSync(childScript);
}

/** What the second process is given: the article, where its share starts, the corrections. */
export interface ChildJob {
  input: string;
  /** sha256 of the paragraphs joined by newlines, as this process read them. */
  sha256: string;
  /** Index of the first paragraph of its share. */
  from: number;
  corrections: Array<[string, Correction]>;
}

/** Counts in a form cheap to pass between processes: sentences once, contexts as numbers. */
export interface PackedCollected {
  tokens: number;
  characters: number;
  sentences: string[];
  /** word, pos, count, then [sentence index, offset] pairs flattened. */
  words: Array<[string, string, number, number[]]>;
}

export type ChildReply = { ok: true; collected: PackedCollected } | { ok: false; message: string };

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
 * This process's count, then the other's, as if one pass had read both texts in turn: counts
 * add, words new in the other's share come after in their order of first appearance, contexts
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
 * This process's share of the text. More than half: the second process starts later (its own
 * start-up, reading the article again) and hands its counts over as JSON, while this one also
 * looks up its words and loads pinyin-pro (`meanwhile`); measured so that both end together.
 */
export const MAIN_SHARE = 0.55;

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

/** Starts the second process on the paragraphs from `from` on; resolves to its counts. */
function countInChild(job: ChildJob): Promise<PackedCollected> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, GUANHUA_COUNT_JOB: JSON.stringify(job) },
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        const reply = JSON.parse(Buffer.concat(out).toString('utf8')) as ChildReply;
        if (reply.ok) resolve(reply.collected);
        else reject(new Error(`the second counting process failed: ${reply.message}`));
      } catch {
        reject(new Error(`the second counting process ended (code ${code}) without its counts`));
      }
    });
  });
}

/**
 * Counts a large article in two processes: a second one reads the same file and takes the
 * paragraphs from the split point on, while this one takes those before; the results merge
 * in article order, so the outcome is exactly that of one pass.
 */
export async function collectWordsParallel(
  input: string,
  paragraphs: string[],
  sentencesOf: (paragraphs: string[]) => Iterable<string>,
  segment: Segmenter,
  corrections: Corrections,
  onSentence?: (chars: number) => void,
  /** Work for this process while the other finishes, given this process's share. */
  meanwhile?: (first: Collected) => void,
): Promise<Collected> {
  const from = splitPoint(paragraphs);
  const sha256 = createHash('sha256').update(paragraphs.join('\n'), 'utf8').digest('hex');
  const other = countInChild({ input, sha256, from, corrections: [...corrections] });
  // Nothing may reject unobserved while this process counts synchronously.
  other.catch(() => undefined);
  trace('second process started');
  const first = collectWords(sentencesOf(paragraphs.slice(0, from)), segment, onSentence);
  trace('counted this share');
  meanwhile?.(first);
  trace('looked up this share');
  const second = await other;
  trace('received the other share');
  onSentence?.(paragraphs.slice(from).reduce((n, p) => n + p.length, 0));
  return mergePacked(first, second);
}
