// Collection benchmark (issue 3): builds a collection of 50,000 cards and 500,000
// review-log rows in a temp dir, then prints
//   - `guanhua due --json` and `stats --json` start-up against `guanhua --version` (target ≤ 1.2×)
//   - answering a card: schedule + durable commit, median (target < 5 ms)
//   - adding a 200-card deck to that collection (target < 1 s): the day's first add (a backup, whose
//     check of its copy is also the damage check) and the second (SQLite's quick check of the file)
// Decks go through the real deck format and Collection.addDeck; the 500,000 log rows and
// the card states they imply are written with SQL in one transaction (answering them one
// by one would take half an hour), so that part knows the schema (src/store/schema.ts).
// Imports from dist/: run `npx tsc -p tsconfig.json` first (npm run bench does).
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDeck } from '../../dist/deck/parse-deck.js';
import { openCollection } from '../../dist/store/collection.js';
import { learnerDay } from '../../dist/srs/day.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/guanhua.js');
const DECKS = 250;
const PER_DECK = 200;
const LOG_ROWS = 500_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ONLY_BUILD = Boolean(process.env.BENCH_BUILD_ONLY);
const DAY = 86_400_000;

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-bench-'));
const now = Date.now();

function deck(name, n, from = 0, idPrefix = name) {
  return validateDeck({
    format: 'guanhua-deck', version: 1, name,
    source: { title: `文章 ${name}`, file: `${name}.txt`, sha256: '', characters: 3000, tokens: 2000 },
    cards: Array.from({ length: n }, (_, i) => ({
      id: `gh-${idPrefix}-${from + i}`, word: `词${from + i}`, traditional: `詞${from + i}`, pinyin: 'cí yǔ', pinyinNumbered: 'ci2 yu3',
      definitions: ['word', 'term'], pos: 'n', hsk: { v2: 4, v3: 5 }, frequency: { article: 3, corpus: 4.2 }, keyness: 12.5,
      rank: i + 1, examples: [`坚持以人民为中心的发展思想，第${i}条`, `推进国家治理体系和治理能力现代化${i}`],
      examplesPinyin: [], tags: ['bench'],
    })),
  }, name);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => `${x.toFixed(1)} ms`;

// 1. Build.
let t = performance.now();
const c = openCollection(home);
for (let d = 0; d < DECKS; d++) c.addDeck(deck(`d${d}`, PER_DECK), new Date(now - 400 * DAY + d * DAY));
c.close();
const buildDecks = performance.now() - t;

t = performance.now();
const db = new Database(path.join(home, 'collection.sqlite'));
const clock = { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, dayStartsAt: 4 };
db.transaction(() => {
  const ids = db.prepare('SELECT id FROM cards ORDER BY rowid').pluck().all();
  const setCard = db.prepare('UPDATE cards SET state = ?, due = ?, stability = ?, difficulty = ?, reps = ?, lapses = ?, last_review = ?, scheduled_days = ? WHERE id = ?');
  const reviewed = [];
  ids.forEach((id, n) => {
    const kind = n % 50;
    if (kind < 5) return; // 10% new
    if (kind === 5 && n % 20 === 5) {
      setCard.run(1, now + ((n % 40) - 20) * 60_000, 1.2, 5, 2, 0, now - 600_000, 0, id); // 1% learning, due around now
    } else {
      const due = now + (((n * 7919) % (183 * 24)) - 3 * 24) * 3_600_000; // reviews due from 3 days ago to 180 days ahead
      setCard.run(2, due, 20 + (n % 200), 3 + (n % 6), 10, n % 3, due - 20 * DAY, 20, id);
    }
    reviewed.push(id);
  });
  const log = db.prepare(`INSERT INTO review_log (card_id, grade, reviewed_at, duration_ms, state_before, state_after, scheduled_days, elapsed_days, stability, difficulty, due)
    VALUES (?, ?, ?, ?, ?, 2, 10, 10, 20, 5, ?)`);
  const days = new Map();
  for (let j = 0; j < LOG_ROWS; j++) {
    const card = reviewed[j % reviewed.length];
    const at = now - ((j * 7_919_993_311) % (3 * 365 * DAY)); // scattered over three years
    log.run(card, j % 9 === 0 ? 1 : 3, at, 2000 + (j % 5000), j < reviewed.length ? 0 : 2, at + 10 * DAY);
    const day = learnerDay(at, clock);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  const putDay = db.prepare('INSERT INTO review_days (day, reviews) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET reviews = reviews + excluded.reviews');
  for (const [day, n] of days) putDay.run(day, n);
})();
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
const buildLog = performance.now() - t;
const size = fs.statSync(path.join(home, 'collection.sqlite')).size;
console.log(`collection: ${DECKS * PER_DECK} cards in ${DECKS} decks (10% new, 1% learning, reviews due over -3..+180 days), ${LOG_ROWS} log rows over 3 years, ${(size / 1e6).toFixed(1)} MB (built in ${((buildDecks + buildLog) / 1000).toFixed(1)} s)`);

if (ONLY_BUILD) {
  console.log(`built ${home}`);
  process.exit(0);
}

// 2. Start-up, interleaved so machine noise hits all three alike.
const wall = (args) => {
  const s = performance.now();
  const r = spawnSync(process.execPath, [bin, '--home', home, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`guanhua ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - s;
};
const times = { version: [], due: [], stats: [] };
wall(['--version']);
for (let i = 0; i < RUNS; i++) {
  times.version.push(wall(['--version']));
  times.due.push(wall(['due', '--json']));
  times.stats.push(wall(['stats', '--json']));
}
// Medians, and minimums (on a shared, loaded machine the fastest run is the least disturbed).
const min = (xs) => Math.min(...xs);
console.log(`start-up, ${RUNS} runs each: --version median ${ms(median(times.version))}, min ${ms(min(times.version))}`);
for (const k of ['due', 'stats']) {
  const [m, lo] = [median(times[k]), min(times[k])];
  console.log(`  ${k} --json: median ${ms(m)} = ${(m / median(times.version)).toFixed(2)}×, min ${ms(lo)} = ${(lo / min(times.version)).toFixed(2)}× --version (target ≤ 1.20×)`);
}

// 3. Answering: schedule + commit (synchronous=FULL), one card at a time from today's queue.
const col = openCollection(home);
const answerTimes = [];
const q = col.todayQueue({ now: new Date(now), newLimit: 100, reviewLimit: 300 });
for (let i = 0; i < 300; i++) {
  const item = q.next(new Date(now));
  if (!item) break;
  const s = performance.now();
  col.answer(item.card.card.id, i % 7 === 0 ? 1 : 3, new Date(now), 3000);
  answerTimes.push(performance.now() - s);
}
const next = [];
for (let i = 0; i < 50; i++) {
  const s = performance.now();
  q.next(new Date(now));
  next.push(performance.now() - s);
}
console.log(`answer (${answerTimes.length} cards): median ${ms(median(answerTimes))}, p95 ${ms(pct(answerTimes, 0.95))} (target median < 5 ms); queue.next() median ${ms(median(next))}`);

// 4. Adding a 200-card deck (half of it shared with an existing deck) to the full collection.
const s = performance.now();
const added = col.addDeck(deck('new-article', PER_DECK, PER_DECK / 2, 'd0'), new Date(now));
const addApi = performance.now() - s;
col.close();
const file = path.join(home, 'another.json');
fs.writeFileSync(file, JSON.stringify(deck('another-article', PER_DECK)));
const addCli = wall(['add', file]);
// The day's second add: no backup is due, so the damage check of the whole file runs instead of the backup's.
const second = path.join(home, 'second.json');
fs.writeFileSync(second, JSON.stringify(deck('second-article', PER_DECK)));
const addCliChecked = wall(['add', second]);
console.log(
  `add 200-card deck: ${ms(addApi)} in-process (${added.added} new, ${added.shared} shared), ${ms(addCli)} as \`guanhua add\` with the day's backup, ` +
    `${ms(addCliChecked)} with the damage check instead (target < 1 s)`,
);

if (process.env.BENCH_KEEP) console.log(`kept ${home}`);
else fs.rmSync(home, { recursive: true, force: true });
