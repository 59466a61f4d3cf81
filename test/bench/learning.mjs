// Learning-loop benchmark (issue 6). Builds a collection of 10,000 cards (50 decks × 200) whose
// cards carry exampleWords, 30 % of them mature, 2 % retired, plus 2,000 imported known words,
// then prints:
//   - the read-only open generate and read pay for the known set and corrections (target: a few ms)
//   - today's queue next() with the i+1 preference: known set cached, and after an answer
//   - `guanhua generate` and `guanhua read` on the seed article, with no collection and with this one
// Imports from dist/: run `npx tsc -p tsconfig.json` first (npm run bench does).
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDeck } from '../../dist/deck/parse-deck.js';
import { openCollection } from '../../dist/store/collection.js';
import { openLearningReader, openLearningStore } from '../../dist/store/learning-store.js';
import { importKnownWords } from '../../dist/store/learning.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/guanhua.js');
const seed = path.join(root, 'decks/000_50515ac5e261a18b.txt');
const DECKS = 50;
const PER_DECK = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-bench-learn-'));
const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-bench-none-'));
const now = new Date();
const vocab = (i) => `词${i}`;
// A fixed pseudo-random sequence (no Math.random: the same collection on every run).
let state = 12345;
const rand = (n) => ((state = (state * 1103515245 + 12345) % 2147483648) % n);

function deck(d) {
  return validateDeck({
    format: 'guanhua-deck', version: 1, name: `d${d}`,
    source: { title: `文章 ${d}`, file: `d${d}.txt`, sha256: `sha${d}`, characters: 3000, tokens: 2000 },
    cards: Array.from({ length: PER_DECK }, (_, i) => ({
      id: `gh-${d}-${i}`, word: vocab(d * PER_DECK + i), pinyin: 'cí', definitions: ['word'], rank: i + 1,
      examples: ['坚持以人民为中心的发展思想', '推进国家治理体系现代化'],
      exampleWords: [Array.from({ length: 4 }, () => vocab(rand(DECKS * PER_DECK))), Array.from({ length: 3 }, () => vocab(rand(DECKS * PER_DECK)))],
    })),
  }, `d${d}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;

const c = openCollection(home);
for (let d = 0; d < DECKS; d++) c.addDeck(deck(d), now);
c.close();
const db = new Database(path.join(home, 'collection.sqlite'));
db.exec('UPDATE cards SET state = 2, stability = 30, due = due + 864000000 WHERE rowid % 10 < 3');
db.exec('UPDATE cards SET retired = 1 WHERE rowid % 50 = 7');
db.close();
const store = openLearningStore(home);
store.write((x) => importKnownWords(x, Array.from({ length: 2000 }, (_, i) => `知${i}`), now));
store.close();
console.log(`collection: ${DECKS * PER_DECK} cards, 30 % mature, 2 % retired, 2,000 imported words`);

const opens = [];
let knownSize = 0;
for (let i = 0; i < RUNS * 3; i++) {
  const t = performance.now();
  const r = openLearningReader(home);
  knownSize = r.knownWords().size;
  r.corrections();
  r.close();
  opens.push(performance.now() - t);
}
console.log(`read-only open + known set (${knownSize} words) + corrections + close: median ${ms(median(opens))}`);

const col = openCollection(home);
const q = col.todayQueue({ now });
q.next(now);
const cached = [];
for (let i = 0; i < RUNS * 3; i++) {
  const t = performance.now();
  q.next(now);
  cached.push(performance.now() - t);
}
const answered = [];
for (let i = 0; i < RUNS; i++) {
  const item = q.next(now);
  if (!item) break;
  col.answer(item.card.card.id, 3, now, 1000);
  const t = performance.now();
  q.next(now);
  answered.push(performance.now() - t);
}
col.close();
console.log(`queue next() with i+1 preference: median ${ms(median(cached))} (known set cached), ${ms(median(answered))} (after an answer: re-read)`);

function wall(args) {
  const times = [];
  for (let i = 0; i < Math.max(3, Math.floor(RUNS / 3)); i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(performance.now() - t);
  }
  return median(times);
}
const out = path.join(empty, 'deck.json');
console.log(`generate seed, no collection: ${ms(wall(['--home', path.join(empty, 'none'), 'generate', seed, '-o', out]))}`);
console.log(`generate seed, this collection: ${ms(wall(['--home', home, 'generate', seed, '-o', out]))}`);
console.log(`read seed, no collection: ${ms(wall(['--home', path.join(empty, 'none'), 'read', seed, '--json']))}`);
console.log(`read seed, this collection: ${ms(wall(['--home', home, 'read', seed, '--json']))}`);
fs.rmSync(home, { recursive: true, force: true });
fs.rmSync(empty, { recursive: true, force: true });
