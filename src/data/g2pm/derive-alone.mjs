// Writes alone.json: the polyphones g2pM reads one way whenever they stand alone (a jieba token
// of one character), at least MIN times in the given texts. The reader then skips g2pM for them.
//   npm run build && node src/data/g2pm/derive-alone.mjs <text file>… > alone.json && mv alone.json src/data/g2pm/
// Made from CPP's dev split (sentences, markers removed): see README.md here.
import fs from 'node:fs';
import { polyphoneModel } from '../../../dist/lexicon/polyphone-model.js';
import { segment } from '../../../dist/lexicon/segment.js';

const MIN = 500;
/** As the reader: this many characters of context on each side. */
const WINDOW = 6;
const model = polyphoneModel();
const seen = new Map();
for (const file of process.argv.slice(2)) {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const chars = Array.from(line);
    let at = 0;
    for (const { word } of segment(line)) {
      const n = Array.from(word).length;
      const readings = n === 1 ? model.readingsOf(word) : undefined;
      if (readings) {
        const from = Math.max(0, at - WINDOW);
        const [logits] = model.score(chars.slice(from, at + WINDOW + 1), [at - from]);
        const best = logits.indexOf(Math.max(...logits));
        const counts = seen.get(word) ?? new Map();
        counts.set(readings[best], (counts.get(readings[best]) ?? 0) + 1);
        seen.set(word, counts);
      }
      at += n;
    }
  }
}
const alone = {};
for (const [char, counts] of [...seen].sort((a, b) => b[1].size - a[1].size || sum(b[1]) - sum(a[1]))) {
  if (counts.size === 1 && sum(counts) >= MIN) alone[char] = [...counts.keys()][0];
}
process.stdout.write(`${JSON.stringify(alone)}\n`);

function sum(counts) {
  return [...counts.values()].reduce((a, b) => a + b, 0);
}
