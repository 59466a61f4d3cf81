// Cold cost of the lexicon: the compact index (load + 3,000 lookups) and nodejieba (load + cut
// of the seed line by line). Each measured in a fresh child process so nothing is cached.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = 'decks/000_50515ac5e261a18b.txt';

const scripts = {
  'index: load + 3,000 CC-CEDICT/HSK/frequency lookups': `
    const t0 = performance.now();
    const lex = await import('./dist/lexicon/index.js');
    const { readFileSync } = await import('node:fs');
    const words = [...new Set(readFileSync('${seed}', 'utf8').match(/\\p{Script=Han}{2,4}/gu))];
    let hits = 0;
    for (let i = 0; i < 3000; i++) {
      const w = words[i % words.length].slice(0, 2 + (i % 3));
      if (i % 3 === 0) hits += lex.lookup(w).length;
      else if (i % 3 === 1) hits += lex.corpusFrequency(w).count > 0 ? 1 : 0;
      else hits += lex.hskLevels(w).v3 ? 1 : 0;
    }
    console.log((performance.now() - t0).toFixed(1) + ' ms (' + hits + ' hits)');`,
  'nodejieba: load + cut of the seed line by line': `
    const t0 = performance.now();
    const { createRequire } = await import('node:module');
    const jieba = createRequire(process.cwd() + '/')('nodejieba');
    const { readFileSync } = await import('node:fs');
    let n = 0;
    for (const line of readFileSync('${seed}', 'utf8').split('\\n')) n += jieba.cut(line).length;
    console.log((performance.now() - t0).toFixed(1) + ' ms (' + n + ' tokens)');`,
  'lexicon.segment of the seed (jieba load included)': `
    const t0 = performance.now();
    const lex = await import('./dist/lexicon/index.js');
    const { readFileSync } = await import('node:fs');
    const n = lex.segment(readFileSync('${seed}', 'utf8')).length;
    console.log((performance.now() - t0).toFixed(1) + ' ms (' + n + ' tokens)');`,
};

for (const [name, code] of Object.entries(scripts)) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  console.log(`lexicon ${name}: ${out.trim()}`);
}
