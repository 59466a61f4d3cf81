import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackupFiles } from '../../src/store/backup-files.js';
import { collectionPath, openCollection } from '../../src/store/collection.js';
import { cli, guanhua, root, tempDir } from '../helpers/cli.js';
import { loadUiDeck, tempHome, uiDeckFile } from '../store/helpers.js';
import { damageRootPage, sha256 } from '../helpers/damage.js';

/**
 * One damaged page in a file SQLite still opens: the cards table's root page overwritten with
 * random bytes. Queries that go through the indexes never read that page, so only a check of the
 * whole file finds it: every command that writes must find it before it writes.
 */

const deck = loadUiDeck();
const DECK = deck.name;
const T0 = new Date('2026-11-20T10:00:00Z');

/** A studied collection (a deck, a few answers, a word known, a correction) with one backup, then its cards table's root page overwritten. */
async function collectionWithDamagedPage() {
  const home = tempHome();
  const c = openCollection(home);
  c.addDeck(deck, T0);
  c.answer(deck.cards[0].id, 3, T0, 3000);
  c.answer(deck.cards[1].id, 1, T0, 3000);
  c.retire(deck.cards[2].id, T0);
  c.close();
  expect((await cli(['--home', home, 'fix', '局长', '--reading', 'ju2 zhang3'])).status).toBe(0);
  expect((await cli(['--home', home, 'backup'])).status).toBe(0);
  const backup = listBackupFiles(home)[0];
  const file = collectionPath(home);
  const page = damageRootPage(file, 'cards');
  const check = new Database(file, { readonly: true });
  // The damage is what it should be: SQLite opens the file, and only its check of the whole file fails.
  expect(check.pragma('user_version', { simple: true })).toBeGreaterThan(0);
  expect(String(check.pragma('quick_check', { simple: true }))).toMatch(new RegExp(`Tree ${page} page ${page}`));
  check.close();
  const line = `guanhua: the collection ${file} is damaged and cannot be read (SQLITE_CORRUPT); nothing was written to it; ` +
    `restore the newest backup with: guanhua restore ${backup.file} (taken ${backup.time.toISOString()}); the damaged file is kept aside\n`;
  return { home, file, backup: backup.file, line, sha: sha256(file) };
}

const dir = tempDir();
const wordList = path.join(dir, 'known.txt');
fs.writeFileSync(wordList, '执法\n政府\n');
const anotherDeck = path.join(dir, 'another.json');
fs.writeFileSync(anotherDeck, JSON.stringify({ ...JSON.parse(fs.readFileSync(uiDeckFile, 'utf8')), name: '另一篇' }));

/** Every command that changes the collection, each given something it would change. */
const WRITERS: string[][] = [
  ['add', uiDeckFile], ['add', anotherDeck], ['import', path.join(root, 'test/fixtures/anki/small-deck-9-fields.apkg')],
  ['known', 'import', wordList], ['known', 'remove', deck.cards[2].word], ['decks', 'rename', DECK, '新名字'], ['decks', 'remove', DECK, '--yes'],
  ['suspend', deck.cards[0].id], ['unsuspend', deck.cards[0].id], ['unbury', deck.cards[0].id], ['forget', deck.cards[0].id],
  ['fix', '执法', '--reading', 'zhi2 fa3'], ['fix', '--remove', '局长'], ['optimize'],
];

describe('a collection with one damaged page (the cards table\'s root)', () => {
  it('makes every command that writes exit 1 with the damage line, before it writes: the file keeps its bytes', async () => {
    const { home, file, line, sha, backup } = await collectionWithDamagedPage();
    for (const args of WRITERS) {
      const r = await cli(['--home', home, ...args]);
      expect({ args, status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ args, status: 1, stderr: line, stdout: '' });
      expect(sha256(file), `${args.join(' ')} wrote to the damaged file`).toBe(sha);
    }
    // No backup of a damaged file either: the one taken before the damage is still the only one.
    expect(listBackupFiles(home).map((b) => b.file)).toEqual([backup]);
  });

  it('stops `guanhua add` as a process: exit 1, the one line, the file unchanged', async () => {
    const { home, file, line, sha } = await collectionWithDamagedPage();
    const r = guanhua(['--home', home, 'add', uiDeckFile]);
    expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ status: 1, stderr: line, stdout: '' });
    expect(sha256(file)).toBe(sha);
  });

  it('is not written to by a reader that would turn WAL on (a collection in rollback mode, as a backup copied into place by hand is): it checks first', async () => {
    const { home, file } = await collectionWithDamagedPage();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    damageRootPage(file, 'card_due_sets');
    const sha = sha256(file);
    const r = await cli(['--home', home, 'due', '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: the collection .* is damaged and cannot be read \(SQLITE_CORRUPT\); nothing was written to it; restore the newest backup with: guanhua restore /);
    expect(sha256(file)).toBe(sha);
  });

  it('is found by guanhua check, and restore moves it aside unchanged and puts the backup back', async () => {
    const { home, file, sha, backup } = await collectionWithDamagedPage();
    const check = await cli(['--home', home, 'check']);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(`guanhua restore ${backup}`);
    const r = await cli(['--home', home, 'restore', backup]);
    expect(r.stderr).toBe('');
    const aside = fs.readdirSync(home).find((f) => f.startsWith('collection.damaged-'))!;
    expect(sha256(path.join(home, aside))).toBe(sha);
    expect(JSON.parse((await cli(['--home', home, 'check', '--json'])).stdout)).toMatchObject({ ok: true, checked: 8 });
    expect(sha256(file)).not.toBe(sha);
  });
});
