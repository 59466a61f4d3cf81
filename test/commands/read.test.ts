import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, seedArticle, tempDir } from '../helpers/cli.js';

interface ReadJson {
  title: string;
  file: string;
  characters: number;
  tokens: number;
  distinctWords: number;
  known: { share: number; knownTokens: number; freeTokens: number; knownWords: number };
  hsk: { level: string; tokens: number; share: number }[];
  toReach: { '95': number; '98': number };
  unknown: { word: string; pinyin: string; hsk: number | null; count: number; gain: number }[];
}

const read = async (home: string, ...args: string[]): Promise<ReadJson> => {
  const r = await cli(['--home', home, 'read', seedArticle, '--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as ReadJson;
};

describe('guanhua read --json on the seed article', () => {
  const home = path.join(tempDir(), 'home');
  let fresh: ReadJson;
  beforeAll(async () => {
    fresh = await read(home);
  });

  it('describes the article as generate counts it, and creates no collection', async () => {
    expect(fresh.title).toBe('孟建柱:积极回应民众期待提升服务百姓能力');
    expect(fresh.file).toBe('000_50515ac5e261a18b.txt');
    const gen = await cli(['--home', home, 'generate', seedArticle, '-o', path.join(tempDir(), 'd.json'), '--json']);
    const summary = JSON.parse(gen.stdout) as { tokens: number; characters: number; distinctWords: number; knownCoverage: number };
    expect(fresh).toMatchObject({ tokens: summary.tokens, characters: summary.characters, distinctWords: summary.distinctWords });
    expect(fresh.known.share).toBe(summary.knownCoverage);
    expect(fs.existsSync(home)).toBe(false);
  });

  it('with nothing known, only never-card words (function words, numbers, names) count as read', () => {
    expect(fresh.known.knownTokens).toBe(0);
    expect(fresh.known.knownWords).toBe(0);
    expect(fresh.known.share).toBe(Math.round((fresh.known.freeTokens / fresh.tokens) * 1000) / 1000);
    expect(fresh.known.share).toBeGreaterThan(0.1);
    expect(fresh.known.share).toBeLessThan(0.4);
  });

  it('gives the HSK 3.0 profile over every running word', () => {
    expect(fresh.hsk.map((h) => h.level)).toEqual(['1', '2', '3', '4', '5', '6', '7-9', 'none']);
    expect(fresh.hsk.reduce((n, h) => n + h.tokens, 0)).toBe(fresh.tokens);
    expect(Math.abs(fresh.hsk.reduce((n, h) => n + h.share, 0) - 1)).toBeLessThan(0.01);
  });

  it('ranks unknown words by the share each would add (its running words)', () => {
    const counts = fresh.unknown.map((u) => u.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(fresh.known.freeTokens + fresh.unknown.reduce((n, u) => n + u.count, 0)).toBe(fresh.tokens);
    const zhifa = fresh.unknown.find((u) => u.word === '执法')!;
    expect(zhifa).toMatchObject({ pinyin: 'zhí fǎ', hsk: 7 });
    expect(zhifa.gain).toBeCloseTo(zhifa.count / fresh.tokens, 4);
    expect(fresh.unknown.slice(0, 10).map((u) => u.word)).toEqual(expect.arrayContaining(['执法', '社会', '群众']));
  });

  it('counts the new words to 95 % and 98 %, which a known list brings down', async () => {
    const { '95': to95, '98': to98 } = fresh.toReach;
    expect(to95).toBeGreaterThan(0);
    expect(to95).toBeLessThanOrEqual(to98);
    expect(to98).toBeLessThanOrEqual(fresh.unknown.length);
    const top = fresh.unknown.slice(0, 10).map((u) => u.word);
    const list = path.join(tempDir(), 'known.txt');
    fs.writeFileSync(list, `${top.join('\n')}\n`);
    expect((await cli(['--home', home, 'known', 'import', list])).status).toBe(0);
    const after = await read(home);
    const gained = fresh.unknown.slice(0, 10).reduce((n, u) => n + u.count, 0);
    expect(after.known).toMatchObject({ knownWords: 10, knownTokens: gained, freeTokens: fresh.known.freeTokens });
    expect(after.toReach['95']).toBe(to95 - 10);
    expect(after.unknown.map((u) => u.word)).not.toContain('执法');
  });

  it('prints a human report', async () => {
    const r = await cli(['--home', tempDir(), 'read', seedArticle, '--top', '3']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^"孟建柱:积极回应民众期待提升服务百姓能力": \d+ running words, \d+ distinct\.$/);
    expect(lines[1]).toMatch(/^You can read \d+\.\d% of its running words/);
    expect(lines[2]).toMatch(/^HSK 3\.0 profile: 1 \d+\.\d% · 2 /);
    expect(lines[3]).toMatch(/^New words to reach 95%: \d+; to reach 98%: \d+\.$/);
    expect(lines.slice(5)).toHaveLength(3);
  });

  it('--known FILE adds a word list to the collection\'s words', async () => {
    const list = path.join(tempDir(), 'k.txt');
    fs.writeFileSync(list, '执法\n');
    const r = await read(tempDir(), '--known', list);
    const zhifa = fresh.unknown.find((u) => u.word === '执法')!;
    expect(r.known).toMatchObject({ knownWords: 1, knownTokens: zhifa.count });
  });

  it('a damaged collection is one clear line, not a stack trace', async () => {
    const home = tempDir();
    fs.writeFileSync(path.join(home, 'collection.sqlite'), 'x'.repeat(4096));
    const r = await cli(['--home', home, 'read', seedArticle]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: the collection .*collection\.sqlite is damaged and cannot be read \(SQLITE_NOTADB\); nothing was written to it; there is no backup/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a missing article with one line', async () => {
    const r = await cli(['--home', tempDir(), 'read', '/no/such/article.txt']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
