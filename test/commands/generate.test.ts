import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDeck } from '../../src/deck/parse-deck.js';
import type { Deck } from '../../src/model/deck.js';
import { spawnSync } from 'node:child_process';
import { runGenerate } from '../../src/commands/generate.js';
import type { HelperOptions } from '../../src/deck/parallel-collect.js';
import { bin, cli, commandContext, countChildScript, guanhua, seedArticle, tempDir } from '../helpers/cli.js';

const seedText = fs.readFileSync(seedArticle, 'utf8');
const body = seedText.slice(0, seedText.indexOf('分享到'));
const debris = seedText.slice(seedText.indexOf('分享到'));

async function generate(args: string[], input?: string | Buffer) {
  const dir = tempDir();
  const out = path.join(dir, 'deck.json');
  const r = await cli(['generate', ...args, '-o', out], { input });
  const deck = fs.existsSync(out) ? validateDeck(JSON.parse(fs.readFileSync(out, 'utf8')), out) : undefined;
  return { r, deck, out, dir };
}

describe('guanhua generate on the seed article', () => {
  let deck: Deck;
  let all: Deck;
  let raw: string;
  beforeAll(async () => {
    const first = await generate([seedArticle]);
    expect(first.r.stderr).toBe('');
    expect(first.r.status).toBe(0);
    deck = first.deck!;
    raw = fs.readFileSync(first.out, 'utf8');
    all = (await generate([seedArticle, '--max', '0'])).deck!;
  });
  const card = (d: Deck, word: string) => d.cards.find((c) => c.word === word);

  it('writes a valid deck named after the article title', () => {
    expect(deck.format).toBe('guanhua-deck');
    expect(deck.name).toBe('孟建柱:积极回应民众期待提升服务百姓能力');
    expect(deck.cards.length).toBeGreaterThan(50);
    expect(deck.cards.map((c) => c.rank)).toEqual(deck.cards.map((_, i) => i + 1));
  });

  it.each([
    ['局长', 'jú zhǎng'],
    ['公信力', 'gōng xìn lì'],
    ['规范化', 'guī fàn huà'],
    ['深恶痛绝', 'shēn wù tòng jué'],
    ['与时俱进', 'yǔ shí jù jìn'],
    ['统筹', 'tǒng chóu'],
    ['执法', 'zhí fǎ'],
    ['一切', 'yī qiè'],
    ['着力', 'zhuó lì'],
    ['辽宁', 'Liáo níng'],
    ['大连', 'Dà lián'],
  ])('has %s read %s, with definitions and an example holding the word', (word, pinyin) => {
    const c = card(all, word);
    expect(c, word).toBeDefined();
    expect(c!.pinyin).toBe(pinyin);
    expect(c!.definitions.length).toBeGreaterThan(0);
    expect(c!.examples.length).toBeGreaterThan(0);
    for (const e of c!.examples) {
      expect(e).toContain(word);
      // Whole clauses, never cut: longer than the 40 characters a card shows comfortably only where
      // needed, beyond 80 only a list before its verb, taken whole (…，大连市市长李万才参加有关活动。).
      expect([...e].length).toBeLessThanOrEqual(/。$/u.test(e) && body.includes(e) ? 160 : 80);
      expect(e).not.toContain('…');
      expect(body).toContain(e.replace(/[。，、；：！？]$/u, ''));
    }
    expect(c!.examplesPinyin.length).toBe(c!.examples.length);
  });

  it('splits what jieba glues and keeps no name by default', () => {
    for (const glued of ['辽宁大连', '出席会议', '认真贯彻', '妥善处置', '孟建柱']) expect(card(all, glued), glued).toBeUndefined();
    for (const part of ['出席', '会议', '认真', '贯彻', '妥善', '处置']) expect(card(all, part), part).toBeDefined();
  });

  it('keeps names with --keep-names', async () => {
    const named = (await generate([seedArticle, '--max', '0', '--keep-names'])).deck!;
    expect(card(named, '孟建柱')).toBeDefined();
  });

  it('takes not one word from the page debris after the article', () => {
    const words = new Set(all.cards.map((c) => c.word));
    for (const w of words) expect(body, `card ${w} must come from the body`).toContain(w);
    for (const w of ['地震', '彝良', '富士康', '穆巴拉克', '黄岩岛', '版权所有', '分享', '卫星', '朝鲜', '卷入']) {
      expect(debris).toContain(w);
      expect(words.has(w), w).toBe(false);
    }
  });

  it('makes no card of digits, Latin, punctuation or function words', () => {
    for (const c of all.cards) {
      expect(c.word).toMatch(/^\p{Script=Han}+$/u);
      expect(['的', '了', '在', '和', '是', '要', '我们', '对', '把']).not.toContain(c.word);
    }
  });

  it('counts occurrences in the article and gives a corpus Zipf value', () => {
    const c = card(all, '执法')!;
    expect(c.frequency.article).toBe(body.split('执法').length - 1);
    expect(c.frequency.corpus).toBeGreaterThan(1);
    expect(c.frequency.corpus).toBeLessThan(8);
  });

  it('ranks official-register vocabulary at the top', () => {
    const top = deck.cards.slice(0, 30).map((c) => c.word);
    expect(top).toContain('执法');
    expect(top).toContain('公安机关');
  });

  it('--max N keeps the N best in the same order', async () => {
    const ten = (await generate([seedArticle, '--max', '10'])).deck!;
    expect(ten.cards.map((c) => c.id)).toEqual(all.cards.slice(0, 10).map((c) => c.id));
  });

  it('is byte-for-byte deterministic, and ids depend only on word and reading', async () => {
    const again = await generate([seedArticle]);
    expect(fs.readFileSync(again.out, 'utf8')).toBe(raw);
    const fromStdin = (await generate(['-'], fs.readFileSync(seedArticle))).deck!;
    expect(fromStdin.cards.map((c) => c.id)).toEqual(deck.cards.map((c) => c.id));
  });

  it('reads the same article in GB18030 and UTF-16 with CRLF to the same cards', async () => {
    const dir = tempDir();
    const crlf = seedText.replace(/\n/g, '\r\n');
    const gbk = path.join(dir, 'gbk.txt');
    fs.writeFileSync(gbk, iconv.encode(crlf, 'gb18030'));
    const utf16 = path.join(dir, 'utf16.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(crlf, 'utf16le')]));
    for (const file of [gbk, utf16]) {
      const other = (await generate([file])).deck!;
      expect(other.cards.map((c) => [c.id, c.pinyin, c.examples])).toEqual(deck.cards.map((c) => [c.id, c.pinyin, c.examples]));
    }
  });

  it('leaves out --known words (a word list or a deck file)', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'known.txt');
    fs.writeFileSync(list, '执法\n公安机关\n');
    const fewer = (await generate([seedArticle, '--max', '0', '--known', list])).deck!;
    expect(card(fewer, '执法')).toBeUndefined();
    expect(card(fewer, '公安机关')).toBeUndefined();
    expect(fewer.cards.length).toBe(all.cards.length - 2);
    const deckFile = path.join(dir, 'deck.json');
    fs.writeFileSync(deckFile, JSON.stringify(deck));
    expect((await generate([seedArticle, '--max', '0', '--known', deckFile])).deck!.cards.length).toBe(all.cards.length - deck.cards.length);
  });

  it('made the bundled deck: decks/ holds exactly what `npm run decks` writes', () => {
    expect(raw).toBe(fs.readFileSync(seedArticle.replace(/\.txt$/, '.json'), 'utf8'));
  });

  it('prints a JSON summary with --json', async () => {
    const { r } = await generate([seedArticle, '--json']);
    const s = JSON.parse(r.stdout);
    expect(s.cards).toBe(deck.cards.length);
    expect(s.name).toBe(deck.name);
    expect(s.tokens).toBeGreaterThan(500);
    expect(s.threads).toBe(1);
  });

  it('writes decks/<slug>.json by default', () => {
    const dir = tempDir();
    const r = guanhua(['generate', seedArticle], { cwd: dir });
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'decks/000_50515ac5e261a18b.json'))).toBe(true);
  });
});

describe('guanhua generate on a sentence or two', () => {
  it('one sentence on standard input gives a deck', async () => {
    const { r, deck } = await generate(['-'], '各级公安机关要坚持依法办事，切实提升执法公信力。\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(deck!.cards.map((c) => c.word)).toEqual(expect.arrayContaining(['公安机关', '依法', '执法', '公信力']));
    for (const c of deck!.cards) expect(c.examples[0]).toContain(c.word);
  });

  it('a file of two sentences gives a deck of both', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'two.txt');
    fs.writeFileSync(input, '各级公安机关要坚持依法办事，切实提升执法公信力。\n要切实加强对执法突出问题的经常性治理。\n');
    const { r, deck } = await generate([input]);
    expect(r.status).toBe(0);
    expect(deck!.cards.map((c) => c.word)).toEqual(expect.arrayContaining(['公信力', '经常性']));
  });
});

describe('guanhua generate on a large article', () => {
  /** generate --max 0 --json in this process, its counting helper started as `helper` says. */
  async function generateLarge(input: string, out: string, helper: HelperOptions, env: NodeJS.ProcessEnv = {}) {
    const { ctx, stdout, stderr } = commandContext(path.join(path.dirname(out), 'home'));
    await runGenerate(input, { out, max: 0, json: true, countHelper: { script: countChildScript, ...helper } }, { ...ctx, env });
    return { summary: JSON.parse(stdout()) as { threads: number }, stderr: stderr(), deck: fs.readFileSync(out, 'utf8') };
  }

  it('counts in two processes with exactly the result of one', async () => {
    const before = new Set(fs.readdirSync(os.tmpdir()));
    const dir = tempDir();
    const input = path.join(dir, 'large.txt');
    // The seed's body many times over, each copy numbered so sentences differ a little.
    const copies = Array.from({ length: 40 }, (_, i) => body.replace(/。/gu, `，第${i + 1}次。`));
    fs.writeFileSync(input, `大型文章\n${copies.join('\n')}`);
    const one = await generateLarge(input, path.join(dir, 'one.json'), { minBytes: 1e12 });
    expect(one.summary.threads).toBe(1);
    expect(JSON.parse(one.deck).source.tokens).toBeGreaterThan(30_000);
    // This process waits for the helper's first part, so both surely count.
    const two = await generateLarge(input, path.join(dir, 'two.json'), { minBytes: 1000, waitForHelper: true });
    expect(two.stderr).toBe('');
    expect(two.summary.threads).toBe(2);
    expect(two.deck).toBe(one.deck);
    // The helper's private folder is gone.
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('guanhua-count-') && !before.has(f))).toEqual([]);
    // A helper that fails holding parts: this process counts them itself, to the same deck.
    const four = await generateLarge(input, path.join(dir, 'four.json'), { minBytes: 1000, waitForHelper: true, helperFails: true });
    expect(four.stderr).toBe('');
    expect(four.summary.threads).toBe(1);
    expect(four.deck).toBe(one.deck);
    // GUANHUA_PARALLEL_MIN_BYTES sets the threshold.
    const five = await generateLarge(input, path.join(dir, 'five.json'), { waitForHelper: true }, { GUANHUA_PARALLEL_MIN_BYTES: '1000' });
    expect(five.summary.threads).toBe(2);
    expect(five.deck).toBe(one.deck);
    // No folder for the helper to share (TMPDIR missing): one process counts, to the same deck.
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = path.join(dir, 'missing');
    try {
      const three = await generateLarge(input, path.join(dir, 'three.json'), { minBytes: 1000, waitForHelper: true });
      expect(three.summary.threads).toBe(1);
      expect(three.deck).toBe(one.deck);
    } finally {
      process.env.TMPDIR = tmp;
    }
  });

  it('refuses a large bad file as a small one, the helper stopped and its folder gone', () => {
    const before = new Set(fs.readdirSync(os.tmpdir()));
    const dir = tempDir();
    const input = path.join(dir, 'noise.txt');
    fs.writeFileSync(input, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)));
    const out = path.join(dir, 'deck.json');
    const r = guanhua(['generate', input, '-o', out], { env: { GUANHUA_PARALLEL_MIN_BYTES: '1000' } });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('guanhua-count-') && !before.has(f))).toEqual([]);
  });
});

describe('guanhua generate refuses bad input, writes nothing', () => {
  const png = Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001' +
      '0d0a2db40000000049454e44ae426082',
    'hex',
  );
  it.each([
    ['empty', Buffer.alloc(0)],
    ['whitespace only', Buffer.from(' \n\t\r\n  \n')],
    ['binary', Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9, 0, 0, 0, 1, 2])],
    ['a PNG renamed .txt', png],
    ['English only', Buffer.from('The Ministry of Public Security held a meeting in Dalian.\n')],
    ['punctuation and numbers only', Buffer.from('2012-09-08 23:42 ，。！ 365 １２３ ……\n')],
  ])('%s: exit 1, one line on stderr, nothing written', async (_label, bytes) => {
    const dir = tempDir();
    const input = path.join(dir, 'in.txt');
    fs.writeFileSync(input, bytes);
    const out = path.join(dir, 'deck.json');
    const r = await cli(['generate', input, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: .+\n$/);
    expect(r.stderr).not.toMatch(/\n.+/);
    expect(fs.readdirSync(dir)).toEqual(['in.txt']);
  });

  it('a missing file: exit 1 naming it', async () => {
    const r = await cli(['generate', '/nonexistent/article.txt', '-o', path.join(tempDir(), 'x.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: .*article\.txt/);
  });

  it('an unreadable file: exit 1 saying permission denied', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o755);
    const file = path.join(dir, 'locked.txt');
    fs.writeFileSync(file, '会议在北京召开。');
    fs.chmodSync(file, 0o000);
    // root reads any file: run the CLI as nobody (uid 65534) when the tests run as root.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const probe = spawnSync(process.execPath, [bin, '--version'], { cwd: dir, ...asNobody });
    if (probe.status !== 0) {
      // The checkout is not readable by nobody: check the nearest failure root can meet instead.
      const r = guanhua(['generate', path.join(file, 'inside.txt'), '-o', path.join(dir, 'x.json')]);
      expect(r.stderr).toMatch(/^guanhua: .*inside\.txt/);
      expect(r.status).toBe(1);
      return;
    }
    const r = spawnSync(process.execPath, [bin, 'generate', file, '-o', path.join(dir, 'x.json')], {
      encoding: 'utf8',
      cwd: dir,
      ...asNobody,
    });
    expect(r.stderr).toMatch(/^guanhua: .*locked\.txt.*permission denied/i);
    expect(r.status).toBe(1);
  });

  it('leaves an existing deck untouched when the new input is bad', () => {
    const dir = tempDir();
    const out = path.join(dir, 'deck.json');
    fs.writeFileSync(out, 'previous');
    const bad = path.join(dir, 'bad.txt');
    fs.writeFileSync(bad, 'English only.');
    expect(guanhua(['generate', bad, '-o', out]).status).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe('previous');
  });

  it.each([
    [['generate', 'x.txt', '--bogus']],
    [['generate']],
    [['generate', 'x.txt', '--max', 'many']],
    [['frobnicate']],
  ])('usage error %j: exit 2', async (args) => {
    const r = await cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^guanhua: /);
  });

  it('an output folder that does not exist: exit 1', async () => {
    const r = await cli(['generate', seedArticle, '-o', '/nonexistent/dir/deck.json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: cannot write/);
  });
});
