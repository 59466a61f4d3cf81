// Builds a large news-like corpus for benchmarks: the seed article's sentences interleaved with
// sentences of words drawn from jieba's dictionary by their frequency (a realistic, Zipfian
// vocabulary of tens of thousands of distinct words), seeded so every run makes the same text.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function makeCorpus(bytes, seed = 7) {
  const seedText = fs.readFileSync(path.join(root, 'decks/000_50515ac5e261a18b.txt'), 'utf8');
  const body = seedText.slice(0, seedText.indexOf('分享到'));
  const seedSentences = body.split(/(?<=[。！？])/u).map((s) => s.trim()).filter((s) => s.length > 8);
  const dict = fs
    .readFileSync(path.join(root, 'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8'), 'utf8')
    .split('\n')
    .map((l) => l.split(' '))
    .filter((p) => p.length === 3 && /^\p{Script=Han}+$/u.test(p[0]) && Number(p[1]) >= 20);
  const cumulative = [];
  let total = 0;
  for (const [, count] of dict) cumulative.push((total += Math.sqrt(Number(count))));
  const pick = (r) => {
    const x = r * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return dict[lo][0];
  };
  const random = rng(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    let paragraph = '';
    for (let s = 0; s < 4; s++) {
      if (random() < 0.4) paragraph += seedSentences[Math.floor(random() * seedSentences.length)];
      else {
        const n = 6 + Math.floor(random() * 14);
        let sentence = '';
        for (let i = 0; i < n; i++) sentence += pick(random()) + (i % 5 === 4 && i < n - 1 ? '，' : '');
        paragraph += `${sentence}。`;
      }
    }
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
  }
  return `大型语料基准测试\n${parts.join('\n')}\n`;
}
