// Review screen benchmark (issue 4). On a 50,000-card collection built in a temp dir
// through the store API, runs the real CLI in a pseudo-terminal (util-linux `script`)
// and prints:
//   - launch → first card on screen (target ≤ 300 ms), launch → first key answered, launch → overview
//   - key press → redraw: space (reveal the answer; target ≤ 16 ms median, none over 100 ms, the
//     session's first included) and 3 (save Good durably, next card; target ≤ 16 ms median, ≤ 33 ms p95)
// The screen is read from the terminal output: the front's hint "show answer" and the
// back's answer bar "Again" mark which side is drawn. Imports from dist/ (npm run bench builds).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDeck } from '../../dist/deck/parse-deck.js';
import { openCollection } from '../../dist/store/collection.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/guanhua.js');
const DECKS = 5;
const PER_DECK = 10_000;
const LAUNCHES = Number(process.env.BENCH_RUNS ?? 5);
const KEYS = 40;
const DAY = 86_400_000;

if (spawnSync('script', ['--version']).status !== 0) {
  console.log('ui-first-card: skipped (util-linux `script` is not installed)');
  process.exit(0);
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-ui-bench-'));
const now = Date.now();
const SYLLABLES = ['zhèng', 'fǔ', 'gōng', 'zuò', 'bào', 'gào', 'fā', 'zhǎn'];

function deck(name, n) {
  return validateDeck({
    format: 'guanhua-deck', version: 1, name,
    source: { title: `政府工作报告 ${name}`, file: `${name}.txt`, sha256: '', characters: 3000, tokens: 2000 },
    cards: Array.from({ length: n }, (_, i) => ({
      id: `gh-${name}-${i}`, word: `政务${name}${i}`, traditional: `政務${name}${i}`,
      pinyin: `${SYLLABLES[i % 8]} ${SYLLABLES[(i + 3) % 8]}`, pinyinNumbered: '',
      definitions: ['government affairs', 'administration'], pos: 'n', hsk: { v2: null, v3: 6 },
      frequency: { article: 2, corpus: 4.1 }, keyness: 10, rank: i + 1,
      examples: [`推进政务${name}${i}公开`], examplesPinyin: ['tuī jìn zhèng wù gōng kāi'], tags: [],
    })),
  }, name);
}

// 1. Build: 50,000 cards; 1,000 answered a month ago so that some reviews are due today.
let t = performance.now();
const c = openCollection(home);
for (let d = 0; d < DECKS; d++) c.addDeck(deck(`d${d}`, PER_DECK), new Date(now - 60 * DAY));
for (let i = 0; i < 1000; i++) c.answer(`gh-d0-${i}`, 3, new Date(now - 30 * DAY + i * 1000), 4000);
c.close();
console.log(`built ${DECKS * PER_DECK} cards (1,000 answered) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
const ms = (x) => `${x.toFixed(1)} ms`;

/** Starts the CLI in an 80×24 pseudo-terminal; resolves markers as they appear in its output. */
function launch(args) {
  const start = performance.now();
  const cmd = `stty cols 80 rows 24; exec env NO_COLOR=1 ${process.execPath} ${bin} review --home ${home} ${args}`;
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let waiting = null;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    out += d;
    if (waiting && out.includes(waiting.marker)) {
      const w = waiting;
      waiting = null;
      w.resolve(performance.now());
    }
  });
  /** Clears what was seen, optionally writes keys, and resolves with the time the marker shows. */
  const expect = (marker, keys) =>
    new Promise((resolve, reject) => {
      out = '';
      waiting = { marker, resolve };
      if (keys) child.stdin.write(keys);
      setTimeout(() => reject(new Error(`no "${marker}" within 20 s`)), 20_000).unref();
    });
  return { child, start, expect };
}

// 2. Launch → first card (deck named: no overview; drawn as plain text while Ink loads),
//    launch → first key answered (Ink loaded: space drew the answer side), launch → overview.
const firstCard = [];
const interactive = [];
const overview = [];
for (let i = 0; i < LAUNCHES; i++) {
  const a = launch('d0');
  firstCard.push((await a.expect('show answer')) - a.start);
  interactive.push((await a.expect('Again', ' ')) - a.start);
  a.child.stdin.write('q');
  await new Promise((r) => a.child.on('exit', r));
  const b = launch('');
  overview.push((await b.expect('All decks')) - b.start);
  b.child.stdin.write('q');
  await new Promise((r) => b.child.on('exit', r));
}
console.log(`launch → first card on screen: median ${ms(median(firstCard))}, worst ${ms(max(firstCard))} (${LAUNCHES} launches; target ≤ 300 ms)`);
console.log(`launch → first key press answered (space drew the answer side): median ${ms(median(interactive))}, worst ${ms(max(interactive))}`);
console.log(`launch → overview of ${DECKS} decks: median ${ms(median(overview))}, worst ${ms(max(overview))}`);

// 3. Key press → redraw.
const reveal = [];
const answer = [];
const s = launch('d0');
await s.expect('show answer');
// A person reads before pressing: 250 ms between a redraw and the next key, during which the
// screen finishes its after-draw work (the answer bar's intervals, fresh counts).
const pause = () => new Promise((r) => setTimeout(r, 250));
for (let i = 0; i < KEYS; i++) {
  await pause();
  let sent = performance.now();
  reveal.push((await s.expect('Again', ' ')) - sent);
  await pause();
  sent = performance.now();
  answer.push((await s.expect('show answer', '3')) - sent);
}
s.child.stdin.write('q');
await new Promise((r) => s.child.on('exit', r));
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
console.log(`space → answer side drawn: median ${ms(median(reveal))}, worst ${ms(max(reveal))}, the session's first ${ms(reveal[0])} (${KEYS} presses; target ≤ 16 ms median, none over 100 ms)`);
console.log(`3 (Good) → saved durably and next card drawn: median ${ms(median(answer))}, p95 ${ms(p95(answer))}, worst ${ms(max(answer))} (${KEYS} presses; target ≤ 16 ms median, ≤ 33 ms p95)`);

fs.rmSync(home, { recursive: true, force: true });
