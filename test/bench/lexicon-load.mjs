// Cold cost of the lexicon, each figure from a fresh child process (nothing cached):
// - the compact index: module import, first lookup in each table (the file reads), then
//   3,000 lookups of distinct words across CC-CEDICT, jieba counts and word summaries (HSK);
// - nodejieba's own load + cut of the seed line by line (the segmentation floor), and
//   lexicon.segment of the seed (jieba load included);
// - throughput on a 2 MB news-like corpus: jieba cut (HMM on) vs lexicon.segment, jieba loaded.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = 'decks/000_50515ac5e261a18b.txt';
/** Prepended to every child: elapsed time since `t`. */
const prelude = "const ms = (t) => (performance.now() - t).toFixed(1) + ' ms';\n";

const children = {
  index: `
    let t = performance.now();
    const lex = await import('./dist/lexicon/index.js');
    const imported = ms(t);
    let t1 = performance.now();
    lex.lookup('局长'); lex.corpusFrequency('局长');
    const opened = ms(t1);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('${seed}', 'utf8');
    const words = new Set();
    for (let n = 2; n <= 4 && words.size < 3000; n++)
      for (const m of text.matchAll(new RegExp('(?=(\\\\p{Script=Han}{' + n + '}))', 'gu'))) words.add(m[1]);
    const list = [...words].slice(0, 3000);
    t1 = performance.now();
    let hits = 0;
    list.forEach((w, i) => {
      if (i % 3 === 0) hits += lex.lookup(w).length > 0 ? 1 : 0;
      else if (i % 3 === 1) hits += lex.corpusFrequency(w).count > 0 ? 1 : 0;
      else hits += lex.wordSummary(w).hsk.v3 ? 1 : 0;
    });
    console.log('index cold: import ' + imported + ', open 2 tables ' + opened + ', ' + list.length +
      ' lookups ' + ms(t1) + ' (' + hits + ' hits); total ' + ms(t));`,
  floor: `
    const t = performance.now();
    const { createRequire } = await import('node:module');
    const jieba = createRequire(process.cwd() + '/')('nodejieba');
    const { readFileSync } = await import('node:fs');
    let n = 0;
    for (const line of readFileSync('${seed}', 'utf8').split('\\n')) n += jieba.cut(line, true).length;
    console.log('nodejieba cold: load + cut of the seed: ' + ms(t) + ' (' + n + ' tokens)');`,
  segment: `
    const t = performance.now();
    const lex = await import('./dist/lexicon/index.js');
    const { readFileSync } = await import('node:fs');
    const n = lex.segment(readFileSync('${seed}', 'utf8')).length;
    console.log('lexicon.segment cold (jieba load included): ' + ms(t) + ' (' + n + ' tokens)');`,
  corpus: `
    const { makeCorpus } = await import('./test/bench/_corpus.mjs');
    const text = makeCorpus(2 * 1024 * 1024);
    const { createRequire } = await import('node:module');
    const jieba = createRequire(process.cwd() + '/')('nodejieba');
    const lex = await import('./dist/lexicon/index.js');
    jieba.cut('预热', true); lex.segment('预热');
    // CPU time beside wall time: on a shared machine the wall clock also measures the neighbours.
    let t = performance.now();
    let c = process.cpuUsage();
    let n = 0;
    for (const line of text.split('\\n')) n += jieba.cut(line, true).length;
    const floor = [performance.now() - t, process.cpuUsage(c).user / 1000];
    t = performance.now();
    c = process.cpuUsage();
    const m = lex.segment(text).length;
    const ours = [performance.now() - t, process.cpuUsage(c).user / 1000];
    const f = (x) => x[0].toFixed(0) + ' ms (cpu ' + x[1].toFixed(0) + ' ms)';
    console.log('2 MB corpus, jieba loaded: jieba cut ' + f(floor) + ', ' + n + ' tokens; lexicon.segment ' + f(ours) +
      ', ' + m + ' tokens; ratio ' + (ours[0] / floor[0]).toFixed(2) + ' (cpu ' + (ours[1] / floor[1]).toFixed(2) + ')');`,
};

for (const code of Object.values(children)) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', prelude + code], { cwd: root, encoding: 'utf8' });
  console.log(`lexicon ${out.trim()}`);
}
