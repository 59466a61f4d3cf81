// Benchmarks the Anki export: 10,000 synthetic cards to .apkg (target ≤ 2 s, issue 5),
// in-process (buildApkg from dist/) and end to end (`guanhua export deck.json --apkg`),
// plain and with progress (every card reviewed 5 times). Prints figures only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDeck } from './_synthetic-deck.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { buildApkg } = await import(path.join(root, 'dist/anki/apkg.js'));
const { buildTsv } = await import(path.join(root, 'dist/anki/tsv.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-bench-anki-'));
const N = 10_000;

const deck = syntheticDeck('bench 10k', N);
const deckFile = path.join(tmp, 'deck.json');
fs.writeFileSync(deckFile, JSON.stringify(deck));

const now = new Date('2026-06-01T12:00:00Z');
const DAY = 86_400_000;
function withProgress(c, i) {
  const first = now.getTime() - 60 * DAY + (i % 1000) * 1000;
  const reviews = Array.from({ length: 5 }, (_, k) => {
    const at = new Date(first + k * 7 * DAY);
    return { id: i * 5 + k, cardId: c.id, grade: k === 2 ? 1 : 3, reviewedAt: at, durationMs: 3000, stateBefore: k === 0 ? 'new' : 'review',
      stateAfter: 'review', scheduledDays: 7, elapsedDays: k ? 7 : 0, stabilityAfter: 5 + k, difficultyAfter: 5, dueAfter: new Date(at.getTime() + 7 * DAY) };
  });
  const schedule = { state: 'review', due: new Date(now.getTime() + 3 * DAY), stability: 20, difficulty: 5, elapsedDays: 7,
    scheduledDays: 10, learningSteps: 0, reps: 5, lapses: 1, lastReview: reviews[4].reviewedAt };
  return { card: c, contentChangedAt: now, progress: { schedule, suspended: false, reviews } };
}

// Wall time, and for in-process runs the CPU time too (user + system), which a busy shared machine inflates less.
function time(label, fn, { runs = 3, child = false } = {}) {
  const wall = [];
  const cpu = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    result = fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(runs / 2)].toFixed(0).padStart(6);
  console.log(`${label.padEnd(56)} wall median ${med(wall)} ms${child ? '' : `, cpu median ${med(cpu)} ms`}`);
  return result;
}

const input = { deck: { name: deck.name, source: deck.source }, notes: deck.cards.map((c) => ({ card: c, contentChangedAt: now })) };
const progressInput = { ...input, notes: deck.cards.map(withProgress) };
console.log(`${N} cards (target: .apkg in ≤ 2000 ms)`);
const plain = time('buildApkg, in process', () => buildApkg(input, { recall: false, withProgress: false, now }));
time('buildApkg --recall, in process', () => buildApkg(input, { recall: true, withProgress: false, now }));
const prog = time('buildApkg --with-progress (50,000 revlog), in process', () => buildApkg(progressInput, { recall: false, withProgress: true, now }));
time('buildTsv, in process', () => buildTsv(input));
time('guanhua export deck.json --apkg (whole CLI)', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/guanhua.js'), '--home', path.join(tmp, 'home'), 'export', deckFile, '--apkg', path.join(tmp, 'out.apkg')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}, { child: true });
console.log(`package size: ${(plain.length / 1024).toFixed(0)} KiB plain, ${(prog.length / 1024).toFixed(0)} KiB with progress`);
fs.rmSync(tmp, { recursive: true, force: true });
