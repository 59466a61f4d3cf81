// Key press → what the learner sees, measured from outside in a real terminal (tmux, 80×24), on
// the bundled deck in a fresh collection (issue 13). A key is sent with `tmux send-keys` and the
// screen polled with `capture-pane` until the change shows; the same measure of a bare `cat`
// echoing a key is the floor (the terminal's own round trip and this polling). Prints, as
// medians and worst over several sessions:
//   - the first reveal of a session (space, the learner having looked at the card for 300 ms)
//   - reveal (space → the answer side) and answer (3 → the next card's front), over the echo
// Needs tmux; imports nothing from dist/ but runs bin/guanhua.js (npm run bench builds).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/guanhua.js');
const deck = path.join(root, 'decks', fs.readdirSync(path.join(root, 'decks')).find((f) => f.endsWith('.json')));
const SESSIONS = Number(process.env.BENCH_RUNS ?? 5);
const KEYS = 10;

if (spawnSync('tmux', ['-V']).status !== 0) {
  console.log('terminal-keys: skipped (tmux is not installed)');
  process.exit(0);
}

// A tmux server of its own for each session (a new one on a socket just killed can fail to start).
let sessions = 0;
let socket = '';
const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'bench');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Sends a key and polls the screen until `shown` holds; ms from just before the send. */
function press(key, shown) {
  const start = performance.now();
  tmux('send-keys', '-t', 'bench', key);
  for (;;) {
    if (shown(screen())) return performance.now() - start;
    if (performance.now() - start > 20_000) throw new Error(`no change after ${key}:\n${screen()}`);
  }
}

async function waitFor(shown) {
  const start = performance.now();
  while (!shown(screen())) {
    if (performance.now() - start > 20_000) throw new Error(`screen never changed:\n${screen()}`);
    await sleep(5);
  }
}

function start(command) {
  socket = `guanhua-bench-${process.pid}-${sessions++}`;
  tmux('new-session', '-d', '-s', 'bench', '-x', '80', '-y', '24', '-c', root, `${command}; sleep 600`);
}
const stop = () => spawnSync('tmux', ['-L', socket, 'kill-server']);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

// The floor: a bare cat echoing one character at a time.
const echo = [];
start('stty -icanon; cat');
await sleep(300);
for (let i = 0; i < 20; i++) {
  const before = (screen().match(/x/g) ?? []).length;
  echo.push(press('x', (s) => (s.match(/x/g) ?? []).length > before));
  await sleep(50);
}
stop();

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-terminal-bench-'));
const firstReveal = [];
const reveal = [];
const answer = [];
const back = (s) => s.includes('Again');
const front = (s) => s.includes('show answer') && !s.includes('Again');
try {
  for (let session = 0; session < SESSIONS; session++) {
    start(`env NO_COLOR=1 ${process.execPath} ${bin} review --home ${home} --new 200 ${deck}`);
    await waitFor(front);
    await sleep(300);
    firstReveal.push(press('Space', back));
    for (let i = 0; i < KEYS; i++) {
      await sleep(250);
      answer.push(press('3', front));
      await sleep(250);
      reveal.push(press('Space', back));
    }
    tmux('send-keys', '-t', 'bench', '3');
    tmux('send-keys', '-t', 'bench', 'q');
    await waitFor((s) => s.includes('answered'));
    stop();
  }
} finally {
  stop();
  fs.rmSync(home, { recursive: true, force: true });
}

const floor = median(echo);
console.log(`tmux, 80×24, bundled deck: a bare cat echoes a key in median ${ms(floor)}, worst ${ms(Math.max(...echo))} (${echo.length} keys: the floor)`);
console.log(`first reveal of a session: median ${ms(median(firstReveal))}, worst ${ms(Math.max(...firstReveal))} (${SESSIONS} sessions; target ≤ 100 ms)`);
console.log(`space → answer side: median ${ms(median(reveal))} = echo + ${ms(median(reveal) - floor)}, worst ${ms(Math.max(...reveal))} (${reveal.length} presses)`);
console.log(`3 → next card: median ${ms(median(answer))} = echo + ${ms(median(answer) - floor)}, worst ${ms(Math.max(...answer))} (${answer.length} presses)`);
