// The collection, managed (issue 14), on the 50,000-card / 500,000-review collection that
// collection-bench.mjs builds (plus the bundled deck, so that queries find real words). Prints:
//   - `guanhua cards <query> --json` against `guanhua --version` (target ≤ 1.5×), for a word in
//     characters, pinyin without tones, pinyin with tone numbers and a meaning word
//   - a backup (`guanhua backup`'s work, in process: SQLite's online backup, fsync, quick check;
//     target ≤ 1 s) and the same through the CLI
//   - the damage check a command that writes runs before its first write (SQLite's quick check of
//     the whole file)
//   - answering while the review's daily backup runs (a worker thread): each answer's schedule +
//     durable commit, against the same answers with no backup running (the backup must not hold one up)
//   - `guanhua browse`: launch → first frame in an 80×24 pseudo-terminal (util-linux `script`;
//     target ≤ 0.5 s)
// Figures only; nothing is asserted. Imports from dist/ (npm run bench builds).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDeck } from '../../dist/deck/parse-deck.js';
import { openCollection } from '../../dist/store/collection.js';
import { backupCollection } from '../../dist/store/backups.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const bin = path.join(root, 'bin/guanhua.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

// 1. The collection: collection-bench.mjs builds it and keeps it; the bundled deck goes in too.
const built = spawnSync(process.execPath, [path.join(here, 'collection-bench.mjs')], { env: { ...process.env, BENCH_BUILD_ONLY: '1' }, encoding: 'utf8' });
const home = /^built (\S+)$/m.exec(built.stdout)?.[1];
if (built.status !== 0 || !home) throw new Error(`collection-bench.mjs did not build a collection: ${built.stderr}`);
console.log(built.stdout.split('\n')[0]);
const deckFile = fs.readdirSync(path.join(root, 'decks')).find((f) => f.endsWith('.json'));
const deck = parseDeck(fs.readFileSync(path.join(root, 'decks', deckFile), 'utf8'), deckFile);
const c = openCollection(home);
c.addDeck(deck, new Date());
c.close();
const word = deck.cards.find((x) => [...x.word].length === 2 && x.definitions.length > 0) ?? deck.cards[0];
const toneless = word.pinyinNumbered.replace(/[0-9 ]/g, '');
const meaning = word.definitions[0].split(/\s+/).filter((w) => /^[a-z]{4,}$/i.test(w)).pop() ?? word.definitions[0];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const min = (xs) => Math.min(...xs);
const ms = (x) => `${x.toFixed(1)} ms`;

// 2. cards <query> --json against --version, interleaved so that machine noise hits all alike.
const wall = (args) => {
  const s = performance.now();
  const r = spawnSync(process.execPath, [bin, '--home', home, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`guanhua ${args.join(' ')} failed: ${r.stderr}`);
  return { ms: performance.now() - s, out: r.stdout };
};
const queries = [word.word, toneless, word.pinyinNumbered, meaning];
const times = { version: [], ...Object.fromEntries(queries.map((q) => [q, []])) };
const found = {};
wall(['--version']);
for (let i = 0; i < RUNS; i++) {
  times.version.push(wall(['--version']).ms);
  for (const q of queries) {
    const r = wall(['cards', q, '--json']);
    times[q].push(r.ms);
    found[q] = JSON.parse(r.out).cards.length;
  }
}
console.log(`cards <query> --json, ${RUNS} runs each, against --version: median ${ms(median(times.version))}, min ${ms(min(times.version))}`);
for (const q of queries) {
  const [m, lo] = [median(times[q]), min(times[q])];
  // Each run against the --version run just before it: noise that hits both cancels out.
  const paired = median(times[q].map((t, i) => t / times.version[i]));
  console.log(`  cards ${JSON.stringify(q)} (${found[q]} found): median ${ms(m)}, min ${ms(lo)}; paired median ${paired.toFixed(2)}× --version (target ≤ 1.5×)`);
}

// 3. A backup, in process and through the CLI.
const size = fs.statSync(path.join(home, 'collection.sqlite')).size;
const backupTimes = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  await backupCollection(home, 'bench', new Date(Date.now() + i));
  backupTimes.push(performance.now() - s);
}
const cliBackup = wall(['backup']).ms;
console.log(`backup of ${(size / 1e6).toFixed(1)} MB: median ${ms(median(backupTimes))}, min ${ms(min(backupTimes))} in process (5 runs), ${ms(cliBackup)} as \`guanhua backup\` (target ≤ 1 s)`);

// 3b. The check every command that writes runs before its first write (SQLite's quick check of the whole file).
const checkTimes = [];
for (let i = 0; i < 5; i++) {
  const fresh = openCollection(home);
  const s = performance.now();
  fresh.verify();
  checkTimes.push(performance.now() - s);
  fresh.close();
}
console.log(`damage check before a command's first write (quick check of the ${(size / 1e6).toFixed(1)} MB file): median ${ms(median(checkTimes))}, min ${ms(min(checkTimes))} (5 runs, in process)`);

// 4. Answers while the review's daily backup runs in its worker thread, against answers without one.
fs.rmSync(path.join(home, 'backups'), { recursive: true, force: true });
const col = openCollection(home);
const now = new Date();
const q = col.todayQueue({ now, newLimit: 1000, reviewLimit: 2000 });
const answerOnce = (i) => {
  const item = q.next(now);
  if (!item) return null;
  const s = performance.now();
  col.answer(item.card.card.id, i % 7 === 0 ? 1 : 3, now, 3000);
  return performance.now() - s;
};
const quiet = [];
for (let i = 0; i < 100; i++) {
  const t = answerOnce(i);
  if (t !== null) quiet.push(t);
  await new Promise((r) => setImmediate(r));
}
const during = [];
const gaps = [];
const started = performance.now();
const running = col.dailyBackup(home, now);
let done = false;
running.done.then(() => (done = true));
let last = performance.now();
for (let i = 0; !done; i++) {
  const t = answerOnce(i);
  if (t !== null) during.push(t);
  // How long the event loop was away between two answers (a key would have waited that long).
  await new Promise((r) => setImmediate(r));
  const at = performance.now();
  gaps.push(at - last);
  last = at;
}
const backupMs = performance.now() - started;
const file = await running.done;
col.close();
console.log(
  `answer (schedule + durable commit): without a backup median ${ms(median(quiet))}, p95 ${ms(pct(quiet, 0.95))} (${quiet.length}); ` +
    `while the daily backup runs (${ms(backupMs)}, ${file ? 'made' : 'NOT made'}) median ${ms(median(during))}, p95 ${ms(pct(during, 0.95))}, max ${ms(Math.max(...during))} (${during.length}); ` +
    `longest wait of the event loop ${ms(Math.max(...gaps))}`,
);

// 5. browse: launch → first frame in a pseudo-terminal.
if (spawnSync('script', ['--version']).status !== 0) {
  console.log('browse first frame: skipped (util-linux `script` is not installed)');
} else {
  const frames = [];
  for (let i = 0; i < Math.min(RUNS, 7); i++) frames.push(await browseFirstFrame());
  console.log(`browse, launch → first frame (80×24, ${frames.length} runs): median ${ms(median(frames))}, max ${ms(Math.max(...frames))} (target ≤ 500 ms)`);
}

function browseFirstFrame() {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const cmd = `stty cols 80 rows 24; exec env NO_COLOR=1 ${process.execPath} ${bin} browse --home ${home}`;
    const child = spawn('script', ['-qfec', cmd, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let at = null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      out += d;
      if (at === null && out.includes('type to search') && out.includes('cards')) {
        at = performance.now() - start;
        child.stdin.write('\x1b');
      }
    });
    child.on('close', () => (at === null ? reject(new Error(`browse drew no list: ${out.slice(-500)}`)) : resolve(at)));
  });
}

if (process.env.BENCH_KEEP) console.log(`kept ${home}`);
else fs.rmSync(home, { recursive: true, force: true });
