import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCard, runCards } from '../../src/commands/cards.js';
import { GuanhuaError } from '../../src/errors.js';
import { openCollection } from '../../src/store/collection.js';
import { cli, commandContext } from '../helpers/cli.js';
import { loadDeck, loadUiDeck, tempHome } from '../store/helpers.js';

const uiDeck = loadUiDeck();
const idOf = (word: string) => uiDeck.cards.find((c) => c.word === word)!.id;
const at = (iso: string) => new Date(iso);

/** Two decks; 执法 answered three times over three days, 局长 suspended, 落实 known, 监督 buried. */
function collection() {
  const home = tempHome();
  const c = openCollection(home);
  const t0 = at('2026-11-20T10:00:00Z');
  c.addDeck(uiDeck, t0);
  c.addDeck(loadDeck('report-2024-v2'), t0);
  c.answer(idOf('执法'), 3, t0, 4000);
  c.answer(idOf('执法'), 3, at('2026-11-20T10:10:00Z'), 3000);
  c.answer(idOf('执法'), 1, at('2026-11-23T09:00:00Z'), 5000);
  c.suspend(idOf('局长'), t0);
  c.retire(idOf('落实'), t0);
  c.bury(idOf('监督'), at('2026-11-23T09:00:00Z'));
  c.close();
  return home;
}

const now = at('2026-11-23T12:00:00Z');
const cards = async (home: string, query: string | undefined, opts: Parameters<typeof runCards>[1] = {}) => {
  const out = commandContext(home, now);
  await runCards(query, { ...opts, json: true }, out.ctx);
  return (JSON.parse(out.stdout()) as { cards: Array<Record<string, unknown>> }).cards;
};

describe('guanhua cards', () => {
  const home = collection();

  it('finds a card by characters, by pinyin with or without tones and by a meaning word, in the contract\'s JSON', async () => {
    for (const q of ['执法', '执', 'zhifa', 'zhi2 fa3', 'zhí fǎ', 'enforce']) {
      expect((await cards(home, q)).map((c) => c.word), q).toEqual(['执法']);
    }
    const [zhifa] = await cards(home, 'zhifa');
    expect(Object.keys(zhifa)).toEqual(['id', 'word', 'pinyin', 'decks', 'state', 'due', 'stability', 'difficulty', 'reviews', 'lapses']);
    expect(zhifa).toMatchObject({ id: idOf('执法'), pinyin: 'zhí fǎ', decks: ['政府工作报告（测试）'], state: 'relearning', reviews: 3, lapses: 1 });
    expect(zhifa.stability).toBeGreaterThan(0);
    expect(new Date(zhifa.due as string).getTime()).toBeGreaterThan(at('2026-11-23T09:00:00Z').getTime());
  });

  it('ranks the best match first and lists a card of two decks once, with both decks', async () => {
    expect((await cards(home, 'law')).map((c) => c.word)).toEqual(['执法', '律师']);
    const jz = await cards(home, 'ju2 zhang3');
    expect(jz).toHaveLength(1);
    expect(jz[0].decks).toEqual(['政府工作报告（测试）', 'report-2024']);
  });

  it('filters by deck (in its order) and by state (known, suspended and buried before the FSRS state)', async () => {
    expect((await cards(home, undefined, { deck: 'report-2024' })).map((c) => c.word)).toEqual(['发展', '经济', '局长', '改革', '推进']);
    expect((await cards(home, undefined, { state: 'suspended' })).map((c) => c.word)).toEqual(['局长']);
    expect((await cards(home, undefined, { state: 'known' })).map((c) => c.word)).toEqual(['落实']);
    expect((await cards(home, undefined, { state: 'buried' })).map((c) => c.word)).toEqual(['监督']);
    expect((await cards(home, 'tui', { state: 'new' })).map((c) => c.word)).toEqual(['推进']);
    expect(await cards(home, 'zhifa', { state: 'new' })).toEqual([]);
    await expect(cards(home, undefined, { deck: 'nope' })).rejects.toThrow(new GuanhuaError("no deck named 'nope' in the collection; 'guanhua decks' lists them"));
  });

  it('prints a table for people: word, pinyin, state, due, decks', async () => {
    const out = commandContext(home, now);
    await runCards('law', {}, out.ctx);
    const lines = out.stdout().split('\n');
    expect(lines[0]).toMatch(/^执法  zhí fǎ  relearning  \d\d:\d\d +政府工作报告（测试）$/);
    expect(lines[1]).toMatch(/^律师  lǜ shī  new         — +政府工作报告（测试）$/);
    expect(lines[2]).toBe('2 cards');
  });
});

describe('guanhua card', () => {
  const home = collection();

  it('shows one card with every review: history [{time, grade, elapsed, scheduled}]', async () => {
    const out = commandContext(home, now);
    await runCard('执法', { json: true }, out.ctx);
    const card = JSON.parse(out.stdout());
    expect(card).toMatchObject({ id: idOf('执法'), word: '执法', state: 'relearning', reviews: 3, lapses: 1, known: false, suspended: false });
    expect(card.definitions).toEqual(['to enforce a law', 'law enforcement']);
    expect(card.examples).toEqual(['坚持严格规范公正文明执法']);
    expect(card.history.map((h: Record<string, unknown>) => [h.time, h.grade, h.elapsed])).toEqual([
      ['2026-11-20T10:00:00.000Z', 3, 0],
      ['2026-11-20T10:10:00.000Z', 3, 0],
      ['2026-11-23T09:00:00.000Z', 1, 3],
    ]);
    expect(card.history[1].scheduled).toBeGreaterThan(0);
    expect(card.history[2].scheduled).toBe(0);
    // The same card by its id.
    const byId = commandContext(home, now);
    await runCard(idOf('执法'), { json: true }, byId.ctx);
    expect(JSON.parse(byId.stdout())).toEqual(card);
  });

  it('prints it for people, history in the learner\'s time zone', async () => {
    const out = commandContext(home, now);
    await runCard('执法', {}, out.ctx);
    const text = out.stdout();
    expect(text).toContain(`执法  zhí fǎ  (${idOf('执法')})`);
    expect(text).toContain('  1. to enforce a law');
    expect(text).toMatch(/state {5}relearning, due \d\d:\d\d/);
    expect(text).toContain('    2026-11-20 10:00  Good   new → learning, again today');
    expect(text).toMatch(/ {4}2026-11-23 09:00 {2}Again {2}review → relearning, again today/);
  });

  it("shows the word's Recall card studied in Anki apart from the card's own answers", async () => {
    const h = collection();
    const c = openCollection(h);
    const recall = { reviews: [{ reviewedAt: at('2026-11-21T08:00:00Z'), grade: 4 as const, durationMs: 2000, given: null }], stability: 9.5, modifiedAt: at('2026-11-21T08:00:00Z') };
    c.importForeign([{ cardId: idOf('执法'), reviews: [], resets: [], dueSets: [], recall, suspended: false, buriedUntil: null, modifiedAt: null }], now);
    c.close();
    const json = commandContext(h, now);
    await runCard('执法', { json: true }, json.ctx);
    const card = JSON.parse(json.stdout());
    expect(card.reviews).toBe(3);
    expect(card.history).toHaveLength(3);
    expect(card.recall).toEqual({ stability: 9.5, history: [{ time: '2026-11-21T08:00:00.000Z', grade: 4, durationMs: 2000 }] });
    const text = commandContext(h, now);
    await runCard('执法', {}, text.ctx);
    expect(text.stdout()).toContain('  recall    in Anki: stability 9.5 days, 1 review');
    expect(text.stdout()).toContain("    2026-11-21 08:00  Easy   Recall card, in Anki (not this card's memory)");
    fs.rmSync(h, { recursive: true, force: true });
  });

  it('names an unknown card in one line', async () => {
    await expect(runCard('不存在', {}, commandContext(home, now).ctx)).rejects.toThrow(/^no card '不存在' in the collection; 'guanhua cards <query>' finds/);
  });
});

describe('without a collection', () => {
  it('cards and card create nothing', async () => {
    const home = path.join(tempHome(), 'none');
    expect(await cards(home, 'zhifa')).toEqual([]);
    await expect(runCard('执法', {}, commandContext(home, now).ctx)).rejects.toThrow(GuanhuaError);
    expect(fs.existsSync(home)).toBe(false);
  });

  it('a bad --state is a usage error (exit 2)', async () => {
    const r = await cli(['cards', '--state', 'sleeping']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^guanhua: option '--state <state>' argument 'sleeping' is invalid/);
  });
});
