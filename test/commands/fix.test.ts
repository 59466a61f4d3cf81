import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateDeck } from '../../src/deck/parse-deck.js';
import type { Deck } from '../../src/model/deck.js';
import { openCollection } from '../../src/store/collection.js';
import { cli, seedArticle, tempDir } from '../helpers/cli.js';

const readDeck = (file: string): Deck => validateDeck(JSON.parse(fs.readFileSync(file, 'utf8')), file);
const cardOf = (deck: Deck, word: string) => deck.cards.find((c) => c.word === word);

describe('corrections survive regeneration and re-adding (end to end)', () => {
  const home = tempDir();
  const dir = tempDir();
  const first = path.join(dir, 'first.json');
  const second = path.join(dir, 'second.json');
  const run = (...args: string[]) => cli(['--home', home, ...args]);
  let before: Deck;
  let after: Deck;
  let zhifaId: string;

  beforeAll(async () => {
    // Every content word is a card: the test is about corrections, not about where 服务百姓 ranks.
    expect((await run('generate', seedArticle, '-o', first, '--max', '0')).status).toBe(0);
    expect((await run('add', first)).status).toBe(0);
    before = readDeck(first);
    zhifaId = cardOf(before, '执法')!.id;
    // The learner has studied 执法 before noticing the reading to correct.
    const c = openCollection(home);
    c.answer(zhifaId, 3, new Date('2026-11-20T10:00:00Z'), 4000);
    c.close();
    for (const args of [
      ['fix', '执法', '--reading', 'zhi2 fa4', '--meaning', 'to enforce the law', '--meaning', 'law enforcement (corrected)'],
      ['fix', '公安机关', '--split', '公安 机关'],
      ['fix', '服务百姓', '--merge', '--meaning', 'to serve the people'],
    ]) {
      const r = await run(...args);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    expect((await run('generate', seedArticle, '-o', second, '--max', '0')).status).toBe(0);
    after = readDeck(second);
  });

  it('the dictionary gave other content before the fixes', () => {
    expect(cardOf(before, '执法')).toMatchObject({ pinyin: 'zhí fǎ' });
    expect(cardOf(before, '公安机关')).toBeDefined();
    expect(cardOf(before, '服务百姓')).toBeUndefined();
  });

  it('fix updates the card already in the collection at once, keeping its id and progress', () => {
    const c = openCollection(home);
    const stored = c.card(zhifaId)!;
    c.close();
    expect(stored.card).toMatchObject({ pinyin: 'zhí fà', definitions: ['to enforce the law', 'law enforcement (corrected)'] });
    expect(stored.schedule.reps).toBe(1);
  });

  it('generate applies a reading and meanings (same id), a split and a merge', () => {
    expect(cardOf(after, '执法')).toMatchObject({
      id: zhifaId, pinyin: 'zhí fà', pinyinNumbered: 'zhi2 fa4', definitions: ['to enforce the law', 'law enforcement (corrected)'],
    });
    expect(cardOf(after, '执法')!.tags).toContain('corrected');
    expect(cardOf(after, '公安机关')).toBeUndefined();
    expect(cardOf(after, '机关')).toBeDefined();
    expect(cardOf(after, '服务百姓')).toMatchObject({ definitions: ['to serve the people'], pinyin: 'fú wù bǎi xìng' });
  });

  it('re-adding the regenerated deck, then the old deck file, never undoes a fix or the progress', async () => {
    expect((await run('add', second)).status).toBe(0);
    expect((await run('add', first)).status).toBe(0);
    const c = openCollection(home);
    const stored = c.card(zhifaId)!;
    const merged = c.cardsOfDeck(before.name).find((x) => x.card.word === '服务百姓');
    c.close();
    expect(stored.card.pinyin).toBe('zhí fà');
    expect(stored.card.definitions).toEqual(['to enforce the law', 'law enforcement (corrected)']);
    expect(stored.schedule.reps).toBe(1);
    expect(merged?.card.definitions).toEqual(['to serve the people']);
  });

  it('fix --list shows them, --json too; fix --remove takes one away', async () => {
    const list = await run('fix', '--list');
    expect(list.stdout).toBe(
      '公安机关: split into 公安 机关\n执法: read zhí fà, means to enforce the law; law enforcement (corrected)\n服务百姓: one word, means to serve the people\n',
    );
    const json = JSON.parse((await run('fix', '--list', '--json')).stdout) as { corrections: { word: string }[] };
    expect(json.corrections.map((c) => c.word)).toEqual(['公安机关', '执法', '服务百姓']);
    expect((await run('fix', '--remove', '公安机关')).status).toBe(0);
    expect(JSON.parse((await run('fix', '--list', '--json')).stdout).corrections).toHaveLength(2);
    const third = path.join(dir, 'third.json');
    expect((await run('generate', seedArticle, '-o', third, '--max', '0')).status).toBe(0);
    expect(cardOf(readDeck(third), '公安机关')).toBeDefined();
  });
});

describe('guanhua fix: mistakes', () => {
  it.each([
    [['fix'], /^guanhua: name the word to fix/],
    [['fix', '执法'], /^guanhua: say what to fix in 执法: --reading, --meaning, --split or --merge/],
    [['fix', 'zhifa', '--reading', 'zhi2 fa3'], /^guanhua: 'zhifa' is not a Chinese word/],
    [['fix', '执法', '--reading', 'zhi fa'], /tone numbers/],
    [['fix', '执法', '--reading', 'zhi2'], /has 2 characters/],
    [['fix', '辽宁大连', '--split', '辽宁大'], /must cut 辽宁大连/],
    [['fix', '辽宁大连', '--split', '辽宁 大连', '--merge'], /--split cannot go with/],
    [['fix', '法', '--merge'], /--merge needs two or more characters/],
    [['fix', '--remove', '执法'], /^guanhua: there is no correction for 执法; 'guanhua fix --list' shows them/],
  ])('%j exits 1 with one line', async (args, message) => {
    const home = tempDir();
    const r = await cli(['--home', home, ...args]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('fix --list without a collection says there are none and creates nothing', async () => {
    const home = path.join(tempDir(), 'none');
    const r = await cli(['--home', home, 'fix', '--list']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^No corrections yet/);
    expect(fs.existsSync(home)).toBe(false);
  });
});
