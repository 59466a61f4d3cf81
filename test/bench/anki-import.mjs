// Benchmarks `guanhua import` (target: an Anki collection of 10,000 guanhua notes with 100,000
// reviews in ≤ 5 s, issue 11). The package is made with guanhua's own writer: 10,000 synthetic
// cards, each answered 10 times by the FSRS scheduler over about a year (a realistic revlog),
// exported with progress (legacy schema-11 .apkg). The collection it goes into has the cards but
// none of the reviews, so every review is new to it and every card is replayed. Where the venv
// with pip's anki exists (.ci/run makes it), real Anki also turns the package into a current
// .colpkg (zstd) and that is timed too. Prints figures only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDeck } from './_synthetic-deck.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const { buildApkg } = await import(path.join(root, 'dist/anki/apkg.js'));
const { openCollection } = await import(path.join(root, 'dist/store/collection.js'));
const { createScheduler, newSchedule } = await import(path.join(root, 'dist/srs/scheduler.js'));
const { defaultConfig } = await import(path.join(root, 'dist/srs/config.js'));
const { runImport } = await import(path.join(root, 'dist/commands/import.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-bench-import-'));
const N = 10_000;
const ANSWERS = 10;
const DAY = 86_400_000;
const now = new Date('2026-06-01T12:00:00Z');
const config = { timeZone: 'UTC' };

const deck = syntheticDeck('bench import 10k', N);

// Each card's history from the real scheduler: answered when due but at least monthly (so the
// ten answers stay within the year before `now`: Anki renumbers reviews dated in the future),
// grades in a fixed pattern.
const scheduler = createScheduler({ ...defaultConfig('UTC'), enableFuzz: false });
const GRADES = [3, 3, 1, 3, 3, 2, 3, 4, 3, 3];
function history(card, i) {
  let s = newSchedule(new Date(now.getTime() - 330 * DAY));
  let at = now.getTime() - 330 * DAY + (i % 1000) * 60_000;
  const reviews = [];
  for (let k = 0; k < ANSWERS; k++) {
    const grade = GRADES[(i + k) % GRADES.length];
    const { schedule, elapsedDays } = scheduler.next(s, new Date(at), grade);
    reviews.push({ id: 0, cardId: card.id, grade, reviewedAt: new Date(at), durationMs: 4000, stateBefore: s.state, stateAfter: schedule.state,
      scheduledDays: schedule.scheduledDays, elapsedDays, stabilityAfter: schedule.stability, difficultyAfter: schedule.difficulty, dueAfter: schedule.due });
    s = schedule;
    at = Math.max(at + 60_000, Math.min(s.due.getTime(), at + 30 * DAY));
  }
  return { card, contentChangedAt: now, progress: { schedule: s, suspended: false, reviews } };
}
const input = { deck: { name: deck.name, source: deck.source }, notes: deck.cards.map(history) };
const legacy = path.join(tmp, 'anki-10k.apkg');
fs.writeFileSync(legacy, buildApkg(input, { recall: false, withProgress: true, now, clock: { timeZone: 'UTC', dayStartsAt: 4 } }));

// The collection: the cards, no reviews.
const home = path.join(tmp, 'home');
fs.mkdirSync(home);
fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify(config));
const c = openCollection(home);
c.addDeck(deck, new Date(now.getTime() - 331 * DAY));
c.close();

function freshHome(name) {
  const dir = path.join(tmp, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(home, dir, { recursive: true });
  return dir;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => x.toFixed(0).padStart(6);

// The whole CLI (wall time; a busy shared machine inflates it), then in process with the CPU
// time (user + system) too, which load inflates less. Each run on a fresh copy of the collection.
async function timeImport(label, file, runs = 3) {
  const walls = [];
  let summary;
  for (let i = 0; i < runs; i++) {
    const dir = freshHome(`run-${i}`);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [path.join(root, 'bin/guanhua.js'), '--home', dir, 'import', file, '--json'], { encoding: 'utf8' });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(r.stderr);
    summary = JSON.parse(r.stdout);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${`${label}, whole CLI`.padEnd(64)} wall median ${ms(median(walls))} ms (${walls.map((w) => w.toFixed(0)).join(', ')})`);
  const wallIn = [];
  const cpuIn = [];
  const sink = { write: () => true };
  for (let i = 0; i < runs; i++) {
    const dir = freshHome(`in-${i}`);
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await runImport(file, { json: true }, { home: dir, stdout: sink, stderr: sink, color: false, now: new Date() });
    wallIn.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpuIn.push((c.user + c.system) / 1000);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${`${label}, in process`.padEnd(64)} wall median ${ms(median(wallIn))} ms, cpu median ${ms(median(cpuIn))} ms`);
  console.log(`  ${JSON.stringify({ ...summary, file: path.basename(summary.file) })}`);
}

const size = (f) => `${(fs.statSync(f).size / 1024 / 1024).toFixed(1)} MiB`;
console.log(`${N} notes, ${N * ANSWERS} reviews (target: guanhua import ≤ 5000 ms)`);
await timeImport(`guanhua import, legacy .apkg (${size(legacy)})`, legacy);

const python = path.join(root, '.venv/bin/python');
if (fs.existsSync(python)) {
  const colpkg = path.join(tmp, 'anki-10k.colpkg');
  const t0 = Date.now();
  const r = spawnSync(python, [path.join(here, '_anki-repackage.py'), legacy, path.join(tmp, 'anki', 'collection.anki2'), colpkg], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  console.log(`(real Anki imported it and wrote a .colpkg in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  await timeImport(`guanhua import, Anki's .colpkg (zstd, ${size(colpkg)})`, colpkg);
} else {
  console.log('(no .venv with anki: the .colpkg figure is skipped)');
}
fs.rmSync(tmp, { recursive: true, force: true });
