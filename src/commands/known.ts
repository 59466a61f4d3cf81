import fs from 'node:fs';
import { writeFileAtomic } from '../atomic-write.js';
import type { CommandContext } from '../context.js';
import { parseKnownWords } from '../deck/known-words.js';
import { GuanhuaError } from '../errors.js';
import { openLearningReader, openLearningStore } from '../store/learning-store.js';
import { importKnownWords } from '../store/learning.js';

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

export interface KnownOptions {
  json?: boolean;
}

const HAN = /\p{Script=Han}/u;

/** `guanhua known import FILE`: one word a line (a deck file works too); lines without Chinese are skipped. */
export async function runKnownImport(file: string, opts: KnownOptions, ctx: CommandContext): Promise<void> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GuanhuaError(`cannot read ${file}${code === 'ENOENT' ? ': no such file' : ` (${code})`}; give a file with one word a line`);
  }
  const words = [...parseKnownWords(text, file)].filter((w) => HAN.test(w));
  if (words.length === 0) throw new GuanhuaError(`${file} has no Chinese words; give one word a line`);
  const store = openLearningStore(ctx.home);
  let added: number;
  let total: number;
  try {
    added = store.write((db) => importKnownWords(db, words, ctx.now));
    total = store.knownWords().size;
  } finally {
    store.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ read: words.length, added, known: total })}\n`);
    return;
  }
  ctx.stdout.write(`Imported ${words.length} ${plural(words.length, 'word')} from ${file} (${added} new); the collection now knows ${total} ${plural(total, 'word')}.\n`);
}

/** `guanhua known export FILE`: every known word (mature, "I know this", imported), one a line, sorted. */
export async function runKnownExport(file: string, opts: KnownOptions, ctx: CommandContext): Promise<void> {
  const reader = openLearningReader(ctx.home);
  let words: string[] = [];
  try {
    words = reader ? [...reader.knownWords()].sort() : [];
  } finally {
    reader?.close();
  }
  try {
    writeFileAtomic(file, words.map((w) => `${w}\n`).join(''));
  } catch (err) {
    throw new GuanhuaError(`cannot write ${file}: ${(err as Error).message}`);
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ file, words: words.length })}\n`);
    return;
  }
  ctx.stdout.write(`Wrote ${words.length} known ${plural(words.length, 'word')} to ${file}.\n`);
}
