import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCardEdit, runKnownRemove } from '../../src/commands/edit.js';
import { openCollection } from '../../src/store/collection.js';
import { openLearningStore } from '../../src/store/learning-store.js';
import { importKnownWords } from '../../src/store/learning.js';
import { listBackupFiles } from '../../src/store/backup-files.js';
import { cli, commandContext } from '../helpers/cli.js';
import { loadUiDeck, tempHome } from '../store/helpers.js';

const deck = loadUiDeck();
const idOf = (word: string) => deck.cards.find((c) => c.word === word)!.id;
const at = (iso: string) => new Date(iso);
const T0 = at('2026-11-20T10:00:00Z');
const NOW = at('2026-11-23T12:00:00Z');

function collection() {
  const home = tempHome();
  const c = openCollection(home);
  c.addDeck(deck, T0);
  return { home, c };
}

async function run(edit: Parameters<typeof runCardEdit>[0], home: string, args: string[], now = NOW) {
  const out = commandContext(home, now);
  await runCardEdit(edit, args, { json: true }, out.ctx);
  return JSON.parse(out.stdout()).cards as { id: string; word: string; changed: boolean }[];
}

const row = (home: string, id: string) => {
  const db = new Database(path.join(home, 'collection.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT * FROM cards WHERE id = ?').get(id) as Record<string, number | string | null>;
  } finally {
    db.close();
  }
};

describe('suspend, unsuspend, unbury', () => {
  it('put a card in and out of the reviews, moving its modified_at; a card already so is left alone', async () => {
    const { home, c } = collection();
    expect(await run('suspend', home, ['执法', idOf('局长')])).toEqual([
      { id: idOf('执法'), word: '执法', changed: true },
      { id: idOf('局长'), word: '局长', changed: true },
    ]);
    expect(c.card(idOf('执法'))!.suspended).toBe(true);
    expect(row(home, idOf('执法')).modified_at).toBe(NOW.getTime());
    expect(c.todayQueue({ now: NOW }).new).toBe(6);
    const later = at('2026-11-24T12:00:00Z');
    expect(await run('suspend', home, ['执法'], later)).toEqual([{ id: idOf('执法'), word: '执法', changed: false }]);
    expect(row(home, idOf('执法')).modified_at).toBe(NOW.getTime());
    expect(await run('unsuspend', home, ['执法'], later)).toEqual([{ id: idOf('执法'), word: '执法', changed: true }]);
    expect(c.card(idOf('执法'))!.suspended).toBe(false);
    expect(row(home, idOf('执法')).modified_at).toBe(later.getTime());

    c.bury(idOf('落实'), NOW);
    expect(c.card(idOf('落实'))!.buriedUntil).not.toBeNull();
    expect(await run('unbury', home, ['落实', '监督'])).toEqual([
      { id: idOf('落实'), word: '落实', changed: true },
      { id: idOf('监督'), word: '监督', changed: false },
    ]);
    expect(c.card(idOf('落实'))!.buriedUntil).toBeNull();
    c.close();
  });

  it('a name that is no card changes nothing, with one line', async () => {
    const { home, c } = collection();
    await expect(run('suspend', home, ['执法', '不存在'])).rejects.toThrow("no card '不存在' in the collection");
    expect(c.card(idOf('执法'))!.suspended).toBe(false);
    c.close();
    const r = await cli(['--home', home, 'suspend', 'nope']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("guanhua: no card 'nope' in the collection; 'guanhua cards <query>' finds cards by characters, pinyin or meaning\n");
    expect((await cli(['--home', home, 'suspend'])).status).toBe(2);
  });

  it('without a collection: one line, nothing created', async () => {
    const home = path.join(tempHome(), 'none');
    const r = await cli(['--home', home, 'unsuspend', '执法']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: there is no collection yet/);
    expect(fs.existsSync(home)).toBe(false);
  });
});

describe('forget', () => {
  it('makes a card new again, keeps its history, records the reset and backs up first', async () => {
    const { home, c } = collection();
    const id = idOf('执法');
    c.answer(id, 3, T0, 3000);
    c.answer(id, 3, at('2026-11-20T10:10:00Z'), 3000);
    c.retire(idOf('局长'), T0);
    const before = listBackupFiles(home).length;
    expect(await run('forget', home, ['执法', '局长', '落实'])).toEqual([
      { id, word: '执法', changed: true },
      { id: idOf('局长'), word: '局长', changed: true },
      { id: idOf('落实'), word: '落实', changed: false },
    ]);
    const card = c.card(id)!;
    expect(card.schedule).toMatchObject({ state: 'new', reps: 0, lapses: 0, stability: 0, difficulty: 0, lastReview: null });
    expect(card.schedule.due).toEqual(NOW);
    expect(c.card(idOf('局长'))!.retired).toBe(false);
    expect(c.reviewLog([id])).toHaveLength(2);
    expect(row(home, id).modified_at).toBe(NOW.getTime());
    const backups = listBackupFiles(home);
    expect(backups).toHaveLength(before + 1);
    expect(backups[0].reason).toBe('before-forget');
    // The card's page shows the history and when it was forgotten.
    await cli(['--home', home, 'card', '执法', '--json']).then((r) => {
      const shown = JSON.parse(r.stdout);
      expect(shown).toMatchObject({ state: 'new', reviews: 2, lapses: 0, forgotten: [NOW.toISOString()] });
      expect(shown.history).toHaveLength(2);
    });
    // Both are in today's new cards again, with the six never studied.
    expect(c.todayQueue({ now: NOW }).new).toBe(8);
    c.close();
  });
});

describe('known remove', () => {
  it('takes back an imported word and "I know this"; a mature card stays known and says how to change that', async () => {
    const { home, c } = collection();
    c.retire(idOf('执法'), T0);
    const store = openLearningStore(home);
    store.write((db) => importKnownWords(db, ['执法', '政府'], T0));
    store.write((db) => db.prepare('UPDATE cards SET stability = 40, state = 2 WHERE id = ?').run(idOf('局长')));
    expect(store.knownWords()).toEqual(new Set(['执法', '政府', '局长']));
    const out = commandContext(home, NOW);
    await runKnownRemove(['执法', '政府', '局长'], {}, out.ctx);
    expect(out.stdout()).toBe(
      '执法: removed from the imported known words; "I know this" taken back on 1 card\n' +
        '政府: removed from the imported known words\n' +
        "局长: was not marked known; still known from its card's memory (stability 40 days): 'guanhua forget 局长' makes it new\n",
    );
    expect(store.knownWords()).toEqual(new Set(['局长']));
    expect(c.card(idOf('执法'))!.retired).toBe(false);
    store.close();
    c.close();
    const r = await cli(['--home', home, 'known', 'remove', '天气']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: 天气: neither a known word nor a card of the collection/);
  });
});
