// Writes usual.json: for each CC-CEDICT word of two characters or more that CC-CEDICT reads in
// several ways, the reading pinyin-pro's phrase dictionary gives the word alone, when it is one
// of CC-CEDICT's (下调: xia4 tiao2, not xia4 diao4). The reader in context lets it vote.
//   npm run build && node src/data/usual-readings/derive.mjs > usual.json && mv usual.json src/data/usual-readings/
import { createRequire } from 'node:module';
import { SortedTable } from '../../../dist/lexicon/sorted-table.js';
import { dataFiles } from '../../../dist/lexicon/data-files.js';

const { pinyin } = createRequire(import.meta.url)('pinyin-pro');
const table = SortedTable.load(dataFiles.cedict);
const readings = new Map();
table.forEachKey((buf, start, end) => {
  const word = buf.toString('utf8', start, end);
  if (readings.has(word) || Array.from(word).length < 2) return;
  const usable = table.find(word).filter((row, _, rows) => row[3] !== '1' || rows.every((r) => r[3] === '1'));
  const distinct = [...new Set(usable.map((row) => row[2].trim().toLowerCase()))];
  readings.set(word, distinct.filter((r) => r.split(/\s+/).length === Array.from(word).length));
});
const usual = {};
for (const [word, options] of readings) {
  if (options.length < 2) continue;
  const heard = pinyin(word, { type: 'array', toneType: 'num', toneSandhi: false }).join(' ').replace(/ü/g, 'u:').replace(/0\b/g, '5');
  if (options.includes(heard)) usual[word] = heard;
}
process.stdout.write(`${JSON.stringify(usual, null, 0).replace(/","/g, '",\n"')}\n`);
