// Benchmarks `guanhua generate` against the segmentation floor (a bare Node process that loads
// nodejieba and cuts the same text line by line), in the same run. Prints figures only.
// Targets (issue 2): one article cold ≤ 1.5× the floor; 10 MB ≤ 2× the floor; 50 MB finishes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './_corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-bench-'));
const measure = path.join(here, '_measure-child.mjs');
const floorScript = path.join(here, '_jieba-floor.cjs');
const cli = path.join(root, 'bin/guanhua.js');

function run(args) {
  const t0 = process.hrtime.bigint();
  // GUANHUA_TRACE makes a large article's second counting process report its peak memory.
  const env = { ...process.env, GUANHUA_TRACE: '1' };
  const r = spawnSync(process.execPath, [measure, ...args], { cwd: tmp, encoding: 'utf8', maxBuffer: 1 << 26, env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const rss = Number(/maxrss-kb (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  // Both processes at their peaks at once: an upper bound of what the two hold together.
  const helper = Number(/child packed its counts; peak memory (\d+) KB/.exec(r.stderr)?.[1] ?? 0) / 1024;
  return { ms, rss: rss + helper, helper };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function compare(label, file, runs, target) {
  const floor = [];
  const gen = [];
  let rssFloor = 0;
  let rssGen = 0;
  for (let i = 0; i < runs; i++) {
    const f = run([floorScript, file]);
    const g = run([cli, 'generate', file, '-o', path.join(tmp, 'out.json'), '--json']);
    floor.push(f.ms);
    gen.push(g.ms);
    rssFloor = Math.max(rssFloor, f.rss);
    rssGen = Math.max(rssGen, g.rss);
  }
  const ratio = median(gen) / median(floor);
  // This machine's speed drifts from minute to minute: each run is paired with the floor run
  // just before it, and the fastest of each is printed too.
  const paired = median(gen.map((g, i) => g / floor[i]));
  console.log(
    `${label}: generate ${median(gen).toFixed(0)} ms, floor ${median(floor).toFixed(0)} ms, ` +
      `ratio ${ratio.toFixed(2)}× (target ≤ ${target}×; median of paired ratios ${paired.toFixed(2)}×, ` +
      `fastest ${(Math.min(...gen) / Math.min(...floor)).toFixed(2)}×), peak memory ${rssGen.toFixed(0)} MB (main + helper process) ` +
      `(floor ${rssFloor.toFixed(0)} MB), ${runs} runs each`,
  );
}

const seed = path.join(root, 'decks/000_50515ac5e261a18b.txt');
compare(`one article (${fs.readFileSync(seed, 'utf8').length} characters), cold`, seed, 7, 1.5);

const ten = path.join(tmp, 'corpus-10mb.txt');
fs.writeFileSync(ten, makeCorpus(10 * 1024 * 1024));
compare('10 MB news corpus', ten, 5, 2);

if (!process.argv.includes('--quick')) {
  const fifty = path.join(tmp, 'corpus-50mb.txt');
  fs.writeFileSync(fifty, makeCorpus(50 * 1024 * 1024, 11));
  const g = run([cli, 'generate', fifty, '-o', path.join(tmp, 'out50.json'), '--json']);
  console.log(`50 MB corpus: generate finished in ${(g.ms / 1000).toFixed(1)} s, peak memory ${g.rss.toFixed(0)} MB (main + helper process)`);
}
fs.rmSync(tmp, { recursive: true, force: true });
