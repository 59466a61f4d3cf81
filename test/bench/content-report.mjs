// What the generator puts in front of a learner, on real official-register articles: for every
// article in test/fixtures/articles (see SOURCES.md there) and the seed, the deck name, size,
// cards without a meaning, meanings still in raw CC-CEDICT notation, the top 15 words and the
// first examples of the top 10. A report: it prints figures and asserts nothing.
//   node test/bench/content-report.mjs                 all articles and the seed
//   node test/bench/content-report.mjs <file>…         only these
// Runs the built CLI (npm run build first): generate --max 0 --json, each in an empty home.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cli = path.join(root, 'bin/guanhua.js');
const articlesDir = path.join(root, 'test/fixtures/articles');
const seed = path.join(root, 'decks/000_50515ac5e261a18b.txt');

function defaultInputs() {
  const articles = fs
    .readdirSync(articlesDir)
    .filter((f) => /\.(txt|md|html?)$/i.test(f) && f !== 'SOURCES.md')
    .sort()
    .map((f) => path.join(articlesDir, f));
  return [...articles, seed];
}

// Raw CC-CEDICT notation left in a gloss: trad|simp cross-references, [pin1 yin1] readings, CL:.
const HAN = '\\p{Script=Han}';
const NOTATION = [
  ['trad|simp', new RegExp(`${HAN}\\|${HAN}`, 'u')],
  ['[pinyin]', /\[[a-zA-Zü:]+[1-5](?: [a-zA-Zü:]+[1-5])*\]/u],
  ['CL:', /\bCL:/u],
];
const notationKinds = (card) =>
  NOTATION.filter(([, re]) => (card.definitions ?? []).some((d) => re.test(d))).map(([k]) => k);

function generate(file, tmp) {
  const home = fs.mkdtempSync(path.join(tmp, 'home-'));
  const out = path.join(tmp, `${path.basename(file)}.json`);
  const r = spawnSync(process.execPath, [cli, '--home', home, 'generate', file, '--max', '0', '--json', '-o', out], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) return { error: (r.stderr || r.stdout).trim().split('\n')[0] || `exit ${r.status}` };
  return { summary: JSON.parse(r.stdout), deck: JSON.parse(fs.readFileSync(out, 'utf8')) };
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–');
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function report(file, result) {
  const rel = path.relative(root, file);
  console.log(`\n### ${rel}`);
  if (result.error) {
    console.log(`  generate failed: ${result.error}`);
    return null;
  }
  const { summary, deck } = result;
  const cards = deck.cards;
  const empty = cards.filter((c) => (c.definitions ?? []).length === 0);
  const emptyTop50 = empty.filter((c) => c.rank <= 50).length;
  const notated = cards.map((c) => ({ c, kinds: notationKinds(c) })).filter((x) => x.kinds.length > 0);
  console.log(`  deck name: ${deck.name}`);
  console.log(`  characters ${summary.characters}, tokens ${summary.tokens}, cards ${cards.length}`);
  console.log(
    `  no meaning: ${empty.length} (${pct(empty.length, cards.length)}), ${emptyTop50} in the top 50` +
      (empty.length ? `: ${empty.slice(0, 15).map((c) => c.word).join(' ')}` : ''),
  );
  console.log(`  raw CC-CEDICT notation: ${notated.length} (${pct(notated.length, cards.length)})`);
  for (const { c, kinds } of notated.slice(0, 5)) {
    const gloss = c.definitions.find((d) => NOTATION.some(([k, re]) => kinds.includes(k) && re.test(d)));
    console.log(`    ${c.word} [${kinds.join(', ')}]: ${clip(gloss, 90)}`);
  }
  console.log('  top 15:');
  for (const c of cards.slice(0, 15)) {
    console.log(`    ${String(c.rank).padStart(3)} ${c.word} ${c.pinyin} — ${clip(c.definitions?.[0] ?? '(none)', 70)}`);
  }
  console.log('  first example of the top 10:');
  for (const c of cards.slice(0, 10)) console.log(`    ${c.word}: ${clip(c.examples?.[0] ?? '(none)', 100)}`);
  return { cards: cards.length, empty: empty.length, emptyTop50, notated: notated.length };
}

const inputs = process.argv.length > 2 ? process.argv.slice(2).map((f) => path.resolve(f)) : defaultInputs();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-content-'));
const totals = { articles: 0, failed: 0, cards: 0, empty: 0, emptyTop50: 0, notated: 0 };
try {
  for (const file of inputs) {
    const row = report(file, generate(file, tmp));
    if (!row) {
      totals.failed++;
      continue;
    }
    totals.articles++;
    for (const k of ['cards', 'empty', 'emptyTop50', 'notated']) totals[k] += row[k];
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(
  `\ntotal: ${totals.articles} articles${totals.failed ? ` (${totals.failed} failed)` : ''}, ${totals.cards} cards; ` +
    `no meaning ${totals.empty} (${pct(totals.empty, totals.cards)}), ${totals.emptyTop50} of them in a top 50; ` +
    `raw notation ${totals.notated} (${pct(totals.notated, totals.cards)})`,
);
