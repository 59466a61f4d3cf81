// Reading and cleaning a 10 MB article: decode, paragraphs, debris, for UTF-8 and GB18030
// bytes, with and without the page debris. Prints figures; asserts nothing.
// Needs `npm run build` (imports dist/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { readArticle } = await import(path.join(root, 'dist/text/read-article.js'));
const { splitSentences } = await import(path.join(root, 'dist/text/sentences.js'));

const TARGET = 10 * 1024 * 1024;
const seed = fs.readFileSync(path.join(root, 'decks/000_50515ac5e261a18b.txt'), 'utf8');
const body = seed.slice(0, seed.indexOf('分享到'));

function repeatTo(text, bytes) {
  const unit = Buffer.byteLength(text);
  return text.repeat(Math.ceil(bytes / unit));
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-bench-text-'));
const cases = [
  ['seed body ×N, UTF-8', 'body.txt', Buffer.from(repeatTo(body + '\n', TARGET))],
  ['seed body ×N, GB18030 CRLF', 'body-gb.txt', iconv.encode(repeatTo(body + '\n', TARGET).replace(/\n/g, '\r\n'), 'gb18030')],
  ['whole seed page ×N (debris too)', 'pages.txt', Buffer.from(repeatTo(seed + '\n', TARGET))],
  ['seed body as HTML, 1 MB', 'page.html', Buffer.from(`<html><head><title>t</title></head><body>${repeatTo(body, 1024 * 1024).split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`)],
];

// Wall time and CPU time (user+sys): the machine may be shared, CPU time is the steadier.
console.log('case                               MB  wall ms  cpu ms   MB/s  paragraphs');
for (const [name, file, bytes] of cases) {
  const p = path.join(dir, file);
  fs.writeFileSync(p, bytes);
  await readArticle(p); // warm-up: JIT and lazy module loads
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const article = await readArticle(p);
  const cpu = process.cpuUsage(c0);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const mb = bytes.length / 1024 / 1024;
  console.log(
    `${name.padEnd(34)} ${mb.toFixed(1).padStart(4)} ${ms.toFixed(0).padStart(8)} ${cpuMs.toFixed(0).padStart(7)} ${(mb / (ms / 1000)).toFixed(1).padStart(6)}  ${article.paragraphs.length}`,
  );
}

const big = await readArticle(path.join(dir, 'body.txt'));
const t0 = process.hrtime.bigint();
let n = 0;
for (const p of big.paragraphs) n += splitSentences(p).length;
console.log(`splitSentences over ${big.text.length} chars: ${n} sentences in ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
fs.rmSync(dir, { recursive: true, force: true });
