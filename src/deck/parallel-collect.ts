import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { trace } from '../trace.js';
import type { Correction, Corrections } from '../model/corrections.js';
import { WordCounter, type Collected, type Segmenter } from './collect-words.js';
import { mergeCounts, mergePacked, type ChildReply } from './packed-counts.js';

/**
 * Files this large (bytes, about a million characters of Chinese in UTF-8) are counted in two
 * processes: a second jieba costs about a second of start-up, which only a large text repays.
 * GUANHUA_PARALLEL_MIN_BYTES overrides it (see the README).
 */
export const PARALLEL_MIN_BYTES = 3_000_000;

export function parallelMinBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.GUANHUA_PARALLEL_MIN_BYTES);
  return Number.isFinite(v) && v > 0 ? v : PARALLEL_MIN_BYTES;
}

/** Characters per part: the unit the two processes claim (a few tens of milliseconds of work). */
export const PART_CHARS = 50_000;

/** Paragraph indexes where the parts begin, and the paragraph count last: parts of about `partChars`. */
export function partBounds(paragraphs: readonly string[], partChars = PART_CHARS): number[] {
  const bounds = [0];
  let chars = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    chars += paragraphs[i].length;
    if (chars >= partChars && i + 1 < paragraphs.length) {
      bounds.push(i + 1);
      chars = 0;
    }
  }
  bounds.push(paragraphs.length);
  return bounds;
}

/**
 * Who counts which part, settled through a log both processes append to: a process appends its
 * claim (a run of parts, `M3-3`, `C40-57`), then reads the log; for each part the first claim
 * in the log that covers it wins. Appends are atomic, so the two always agree. The first
 * process claims parts one by one from the front, the second runs of them from the back: they
 * can only ever want the same parts where they meet.
 */
export class Claims {
  private readonly fd: number;

  constructor(
    private readonly file: string,
    private readonly me: 'M' | 'C',
  ) {
    this.fd = openSync(file, 'a');
  }

  /** Claims one part; true when it is this side's. */
  claim(part: number): boolean {
    return this.claimRun(part, part) === part;
  }

  /**
   * Claims parts `from`..`to`; returns the lowest part p such that p..`to` are all this side's
   * (the other side, coming from below, may have been first to the low end), or null.
   */
  claimRun(from: number, to: number): number | null {
    writeSync(this.fd, `${this.me}${from}-${to}\n`);
    const owners = this.owners();
    if (owners.get(to) !== this.me) return null;
    let lowest = to;
    while (lowest > from && owners.get(lowest - 1) === this.me) lowest--;
    return lowest;
  }

  /** The highest part `who` holds, -1 when none. */
  highest(who: 'M' | 'C'): number {
    let top = -1;
    for (const [part, owner] of this.owners()) if (owner === who && part > top) top = part;
    return top;
  }

  /** Who holds each claimed part: the first claim in the log that covers it. */
  private owners(): Map<number, 'M' | 'C'> {
    const owners = new Map<number, 'M' | 'C'>();
    for (const c of this.read()) {
      for (let part = c.from; part <= c.to; part++) if (!owners.has(part)) owners.set(part, c.who);
    }
    return owners;
  }

  /** The claims so far, in the log's order. */
  read(): Array<{ who: 'M' | 'C'; from: number; to: number }> {
    const out: Array<{ who: 'M' | 'C'; from: number; to: number }> = [];
    for (const line of readFileSync(this.file, 'latin1').split('\n')) {
      const m = /^([MC])(\d+)-(\d+)$/.exec(line);
      if (m) out.push({ who: m[1] as 'M' | 'C', from: Number(m[2]), to: Number(m[3]) });
    }
    return out;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * What the first process hands the second, in `job.json` of their shared folder; the paragraphs
 * are in `text` beside it, one a line (plain text: read back many times faster than JSON).
 */
export interface ChildJob {
  bounds: number[];
  corrections: Array<[string, Correction]>;
  /** For tests (HelperOptions.helperFails): fail once holding parts. */
  failHoldingParts?: boolean;
}

/** How a large article's second counting process is started. */
export interface HelperOptions {
  /** Files this large (bytes) get one (default: parallelMinBytes()). */
  minBytes?: number;
  /** The helper's script (default: count-child.js beside this module; tests of the TypeScript name dist/'s). */
  script?: string;
  /** For tests: this process waits until the helper holds a part, so that both surely count. */
  waitForHelper?: boolean;
  /** For tests: the helper fails once it holds parts, so that this process must count them itself. */
  helperFails?: boolean;
}

export const JOB_FILE = 'job.json';

/** Bytes before the helper's reply on its stdout: the reply's length (unsigned, little-endian). */
const REPLY_HEADER = 4;

/** The helper's reply as it writes it to stdout: its length, then v8.serialize's bytes. */
export function replyBytes(reply: ChildReply): Buffer {
  const bytes = v8.serialize(reply);
  const header = Buffer.alloc(REPLY_HEADER);
  header.writeUInt32LE(bytes.length, 0);
  return Buffer.concat([header, bytes]);
}
export const TEXT_FILE = 'text';
export const CLAIMS_FILE = 'claims';

function newlines(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * Writes a file for the other process: beside it, then renamed into place, so that it never
 * sees half a file. Unlike src/atomic-write.ts, no fsync: nothing here need outlive a crash,
 * and syncing 10 MB would cost more than the rest of the hand-over.
 */
function handOver(file: string, data: string): void {
  writeFileSync(`${file}.partial`, data);
  renameSync(`${file}.partial`, file);
}

const childScript = fileURLToPath(new URL('./count-child.js', import.meta.url));

/**
 * The second counting process of a large article. Started before the article is even read (it
 * needs a second to load jieba), it waits for the paragraphs in a private folder, then claims
 * parts from the back while this process claims them from the front (see Claims), so both end
 * together whatever their speeds. The result is exactly that of one pass.
 */
export class CountHelper {
  private readonly reply: Promise<ChildReply>;
  private done = false;
  private shared = false;
  private bounds: number[] = [];

  private constructor(
    private readonly dir: string,
    private readonly child: ChildProcess,
    private readonly opts: HelperOptions,
  ) {
    this.reply = new Promise((resolve) => {
      const out: Buffer[] = [];
      let got = 0;
      let size = -1;
      // The reply is whole once its announced length is in (see replyBytes): read then, rather
      // than at the end of the stream, which waits for the helper to exit (tens of ms with its
      // heap of half a gigabyte).
      const whole = (): ChildReply | null => {
        if (size < 0 && got >= REPLY_HEADER) size = Buffer.concat(out).readUInt32LE(0);
        if (size < 0 || got < REPLY_HEADER + size) return null;
        try {
          return v8.deserialize(Buffer.concat(out).subarray(REPLY_HEADER, REPLY_HEADER + size)) as ChildReply;
        } catch {
          return null;
        }
      };
      child.stdout?.on('data', (chunk: Buffer) => {
        out.push(chunk);
        got += chunk.length;
        const reply = whole();
        if (reply) resolve(reply);
      });
      child.on('error', (err) => resolve({ ok: false, message: err.message }));
      child.on('close', (code) => resolve(whole() ?? { ok: false, message: `it ended (code ${code}) without its counts` }));
    });
  }

  /**
   * A helper for this input, or null: standard input, a file under the size that repays it, or
   * no helper script (under vitest the sources are TypeScript, which a plain node cannot run:
   * tests name dist/'s build of it).
   */
  static start(input: string, opts: HelperOptions = {}): CountHelper | null {
    const script = opts.script ?? childScript;
    if (input === '-' || !existsSync(script)) return null;
    let size: number;
    try {
      size = statSync(input).size;
    } catch {
      return null; // reading the article says what is wrong
    }
    if (size < (opts.minBytes ?? parallelMinBytes())) return null;
    let dir: string;
    try {
      dir = mkdtempSync(path.join(tmpdir(), 'guanhua-count-'));
    } catch {
      return null; // no room for the shared folder: one process counts, as for a small file
    }
    const child = spawn(process.execPath, [script, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    trace('second process started');
    return new CountHelper(dir, child, opts);
  }

  /**
   * Hands the helper the article's paragraphs and the corrections: it starts counting from the
   * back. `text` is the paragraphs joined by line breaks, when the caller has it already.
   */
  share(paragraphs: string[], corrections: Corrections, text = paragraphs.join('\n')): void {
    if (this.shared) return;
    this.shared = true;
    this.bounds = partBounds(paragraphs);
    if (newlines(text) !== paragraphs.length - 1) {
      // A paragraph with a line break in it would not come back whole: count here alone.
      this.close();
      return;
    }
    try {
      // The text first: the helper starts once job.json is there.
      handOver(path.join(this.dir, TEXT_FILE), text);
      const job: ChildJob = { bounds: this.bounds, corrections: [...corrections], ...(this.opts.helperFails ? { failHoldingParts: true } : {}) };
      handOver(path.join(this.dir, JOB_FILE), JSON.stringify(job));
    } catch {
      this.close(); // a full disk, say: count here alone
    }
  }

  /**
   * Counts the article with the helper. `meanwhile` gets this process's share once it has no
   * more parts to claim, while the helper finishes. Should the helper fail, this process counts
   * the helper's parts too: the result is the same.
   */
  async count(
    paragraphs: string[],
    sentencesOf: (paragraphs: string[]) => Iterable<string>,
    segmenter: Segmenter,
    corrections: Corrections,
    onSentence?: (chars: number) => void,
    meanwhile?: (first: Collected) => void,
  ): Promise<Collected> {
    this.share(paragraphs, corrections);
    const counter = new WordCounter(segmenter);
    if (this.done) {
      counter.add(sentencesOf(paragraphs), onSentence);
      return counter.result();
    }
    const bounds = this.bounds;
    const parts = bounds.length - 1;
    const partOf = (p: number) => paragraphs.slice(bounds[p], bounds[p + 1]);
    const claims = new Claims(path.join(this.dir, CLAIMS_FILE), 'M');
    if (this.opts.waitForHelper) await this.helperClaimed(claims);
    let next = 0;
    try {
      for (; next < parts && claims.claim(next); next++) counter.add(sentencesOf(partOf(next)), onSentence);
    } finally {
      claims.close();
    }
    trace(`counted this share: parts 0-${next - 1} of ${parts}`);
    const first = counter.take();
    if (next === parts) {
      this.close();
      return first;
    }
    meanwhile?.(first);
    trace('looked up this share');
    const reply = await this.reply;
    trace('received the other share');
    this.close();
    if (reply.ok && reply.from === next) {
      onSentence?.(paragraphs.slice(bounds[next]).reduce((n, p) => n + p.length, 0));
      return mergePacked(first, reply.counts, paragraphs);
    }
    // The helper failed: count its parts here, merged as the helper's would be.
    for (let p = next; p < parts; p++) counter.add(sentencesOf(partOf(p)), onSentence);
    return mergeCounts(first, counter.take());
  }

  /** Test hook: wait until the helper holds a part, so that both processes surely count. */
  private async helperClaimed(claims: Claims): Promise<void> {
    const exited = this.reply.then(() => true);
    while (claims.highest('C') < 0) {
      if (await Promise.race([exited, new Promise<boolean>((r) => setTimeout(() => r(false), 10))])) return;
    }
  }

  /** Stops the helper if it still runs and removes the shared folder. Safe to call twice. */
  close(): void {
    if (this.done) return;
    this.done = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
