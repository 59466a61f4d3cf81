// Polyphones in context on CPP (Chinese Polyphones with Pinyin, the g2pM paper's benchmark):
// feeds the sentences, markers removed, to `guanhua pinyin - --json` and scores the marked
// character against the gold reading (case aside: CC-CEDICT capitalises names). Also times the
// command against the segmentation floor on the same file (target ≤ 3×). Prints figures only.
//   node test/bench/cpp.mjs [file.sent file.lb] [--runs N] [--errors]
// Default: the dev split in ../shared/data/g2pm/cpp-dev (a split is one sentence a line, the
// scored character between two U+2581; its .lb file has the gold reading on the same line).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cli = path.join(root, 'bin/guanhua.js');
const floorScript = path.join(here, '_jieba-floor.cjs');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
const dev = path.resolve(root, '../shared/data/g2pm/cpp-dev');
const fallbackDev = '/work/shared/data/g2pm/cpp-dev';
const devDir = fs.existsSync(dev) ? dev : fallbackDev;
const files = args.filter((a) => !a.startsWith('--'));
const [sentFile, lbFile] = files.length >= 2 ? files : [path.join(devDir, 'dev.sent'), path.join(devDir, 'dev.lb')];
if (!fs.existsSync(sentFile)) {
  console.log(`cpp: no CPP split at ${sentFile}; give the .sent and .lb files`);
  process.exit(0);
}

const MARK = '\u2581';
const sentences = fs.readFileSync(sentFile, 'utf8').replace(/\n$/, '').split('\n');
const gold = fs.readFileSync(lbFile, 'utf8').replace(/\n$/, '').split('\n');
if (sentences.length !== gold.length) throw new Error(`${sentFile}: ${sentences.length} lines, ${lbFile}: ${gold.length}`);
const items = sentences.map((s, i) => ({ at: s.indexOf(MARK), text: s.replaceAll(MARK, ''), gold: gold[i].trim() }));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-cpp-'));
const plain = path.join(tmp, 'plain.txt');
fs.writeFileSync(plain, `${items.map((x) => x.text).join('\n')}\n`);

function timed(argv, input) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { input, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, GUANHUA_HOME: tmp } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

/** The syllable the output gives the character at UTF-16 index `at` of its line. */
function syllableAt(tokens, at) {
  let offset = 0;
  for (const t of tokens) {
    if (at < offset + t.text.length) {
      if (t.numbered === null) return null;
      const before = Array.from(t.text.slice(0, at - offset)).length;
      return t.numbered.split(' ')[before] ?? null;
    }
    offset += t.text.length;
  }
  return null;
}

const normal = (s) => (s ?? '').toLowerCase().replace(/[vü]/g, 'u:');
const floor = [];
const gen = [];
let lines;
for (let i = 0; i < runs; i++) {
  floor.push(timed([floorScript, plain]).ms);
  const r = timed([cli, 'pinyin', '-', '--json'], fs.readFileSync(plain));
  gen.push(r.ms);
  lines ??= r.stdout.replace(/\n$/, '').split('\n').map((l) => JSON.parse(l).tokens);
}
if (lines.length !== items.length) throw new Error(`${lines.length} output lines for ${items.length} input lines`);
let right = 0;
const wrong = new Map();
items.forEach((x, i) => {
  const got = normal(syllableAt(lines[i], x.at));
  if (got === normal(x.gold)) right++;
  else wrong.set(`${x.text[x.at]} ${x.gold}→${got}`, (wrong.get(`${x.text[x.at]} ${x.gold}→${got}`) ?? 0) + 1);
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bytes = fs.statSync(plain).size;
console.log(
  `CPP ${path.basename(sentFile)}: ${right} of ${items.length} marked characters right, ` +
    `${((100 * right) / items.length).toFixed(2)} % (g2pM published 97.31 on the test split)`,
);
console.log(
  `guanhua pinyin --json on ${(bytes / 1e6).toFixed(2)} MB: ${median(gen).toFixed(0)} ms, floor ${median(floor).toFixed(0)} ms, ` +
    `ratio ${(median(gen) / median(floor)).toFixed(2)}× (target ≤ 3×; median of paired ratios ` +
    `${median(gen.map((g, i) => g / floor[i])).toFixed(2)}×), ${runs} runs each`,
);
if (args.includes('--errors') || process.env.CPP_ERRORS) {
  for (const [k, n] of [...wrong].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${n}× ${k}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
