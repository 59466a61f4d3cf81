import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionPath, openCollection } from '../../src/store/collection.js';
import { listBackupFiles } from '../../src/store/backup-files.js';
import { cli, root, seedArticle, tempDir } from '../helpers/cli.js';
import { loadUiDeck, tempHome, uiDeckFile } from '../store/helpers.js';

const deck = loadUiDeck();
const T0 = new Date('2026-11-20T10:00:00Z');

/** A studied collection with one backup, then damaged by `damage`. */
async function damagedCollection(damage: (file: string) => void) {
  const home = tempHome();
  const c = openCollection(home);
  c.addDeck(deck, T0);
  c.answer(deck.cards[0].id, 3, T0, 3000);
  c.close();
  expect((await cli(['--home', home, 'backup'])).status).toBe(0);
  const backup = listBackupFiles(home)[0].file;
  const file = collectionPath(home);
  damage(file);
  return { home, file, backup, bytes: fs.readFileSync(file) };
}

/** Not a database at all (a file overwritten by something else). */
const notADatabase = (file: string) => fs.writeFileSync(file, 'this is no longer a database; '.repeat(500));

/** The first page (the schema) intact, every other page overwritten: each table's pages are unreadable. */
const brokenPages = (file: string) => {
  const bytes = fs.readFileSync(file);
  bytes.fill(0xee, 4096);
  fs.writeFileSync(file, bytes);
};

const dir = tempDir();
const list = path.join(dir, 'known.txt');
fs.writeFileSync(list, '执法\n');
const out = (name: string) => path.join(dir, name);

/** Every command that uses the collection (review needs a terminal: see test/e2e/browse.test.ts). */
const COMMANDS: string[][] = [
  ['due'], ['due', '--json'], ['stats'], ['stats', '--json'], ['cards'], ['cards', 'zhifa', '--json'], ['card', '执法'],
  ['decks'], ['decks', '--json'], ['suspend', '执法'], ['unsuspend', '执法'], ['unbury', '执法'], ['forget', '执法'],
  ['known', 'remove', '执法'], ['known', 'import', list], ['known', 'export', out('k.txt')],
  ['decks', 'rename', '政府工作报告（测试）', 'x'], ['decks', 'remove', '政府工作报告（测试）', '--yes'], ['backup'],
  ['add', uiDeckFile], ['fix', '执法', '--reading', 'zhi2 fa3'], ['fix', '--list'],
  ['export', '政府工作报告（测试）', '--tsv', out('d.tsv')], ['import', path.join(root, 'test/fixtures/anki/small-deck-9-fields.apkg')],
  ['optimize'], ['read', seedArticle], ['generate', seedArticle, '-o', out('g.json')],
];

describe.each([
  ['not a database', notADatabase, /SQLITE_NOTADB/],
  ['its pages overwritten', brokenPages, /SQLITE_CORRUPT/],
])('a collection that cannot be read (%s)', (_name, damage, code) => {
  it('makes every command exit 1 with one line naming guanhua restore and the newest backup, and writes nothing to it', async () => {
    const { home, file, backup, bytes } = await damagedCollection(damage);
    for (const args of COMMANDS) {
      const r = await cli(['--home', home, ...args]);
      expect([args, r.status], r.stderr).toEqual([args, 1]);
      expect(r.stderr.split('\n'), `${args.join(' ')}: ${r.stderr}`).toEqual([
        `guanhua: the collection ${file} is damaged and cannot be read (${r.stderr.match(/\((SQLITE_\w+)\)/)?.[1]}); nothing was written to it; restore the newest backup with: guanhua restore ${backup} (taken ${listBackupFiles(home)[0].time.toISOString()}); the damaged file is kept aside`,
        '',
      ]);
      expect(r.stderr).toMatch(code);
      expect(fs.readFileSync(file).equals(bytes), `${args.join(' ')} wrote to the damaged file`).toBe(true);
    }
    expect(listBackupFiles(home).map((b) => b.file)).toEqual([backup]);
    for (const f of ['d.tsv', 'g.json', 'k.txt']) expect(fs.existsSync(out(f))).toBe(false);
  });

  it('restore puts the newest backup back, and the damaged file is kept aside', async () => {
    const { home, backup, bytes } = await damagedCollection(damage);
    const r = await cli(['--home', home, 'restore', backup]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Restored .*: 8 cards, 1 reviews\. The damaged collection was moved to .*collection\.damaged-.*\.sqlite\.\n$/);
    const aside = fs.readdirSync(home).find((f) => f.startsWith('collection.damaged-'))!;
    expect(fs.readFileSync(path.join(home, aside)).equals(bytes)).toBe(true);
    expect(JSON.parse((await cli(['--home', home, 'check', '--json'])).stdout)).toMatchObject({ ok: true, checked: 8 });
    expect(JSON.parse((await cli(['--home', home, 'card', '执法', '--json'])).stdout).history).toHaveLength(1);
  });
});

describe('guanhua check', () => {
  it('names a card changed without its log, and a log that lost an answer', async () => {
    const home = tempHome();
    const c = openCollection(home);
    c.addDeck(deck, T0);
    const [a, b] = deck.cards.map((x) => x.id);
    c.answer(a, 3, T0, 3000);
    c.answer(b, 1, T0, 3000);
    c.answer(b, 3, new Date(T0.getTime() + 60_000), 3000);
    c.answer(b, 3, new Date(T0.getTime() + 11 * 60_000), 3000);
    c.close();
    expect(JSON.parse((await cli(['--home', home, 'check', '--json'])).stdout)).toEqual({ ok: true, integrity: [], foreignKeys: [], references: [], cards: [], checked: 8 });
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(collectionPath(home));
    db.prepare('UPDATE cards SET reps = 5, state = 2 WHERE id = ?').run(a);
    db.prepare('DELETE FROM review_log WHERE card_id = ? AND reviewed_at = ?').run(b, T0.getTime());
    db.prepare("INSERT INTO review_log (card_id, grade, reviewed_at, duration_ms, state_before, state_after, scheduled_days, elapsed_days, stability, difficulty, due) VALUES ('gh-none', 3, 1, 1, 0, 1, 0, 0, 1, 5, 1)").run();
    db.close();
    const r = await cli(['--home', home, 'check']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      'file: ok (SQLite integrity check)\n' +
        'references:\n' +
        '  1 reviews belong to no card\n' +
        'cards: 2 of 8 disagree with their review log:\n' +
        `  执法 (${a}): state review, its log says learning; 5 reps, its log has 1 answer\n` +
        `  局长 (${b}): its log jumps: answer 1 (2026-11-20T10:01:00.000Z) starts from learning, but the card was new then (an answer is missing)\n`,
    );
    expect(r.stderr).toBe("guanhua: the collection has 3 problems (listed above); there is no backup to restore\n");
  });

  it('names the damaged pages of a file SQLite can still open', async () => {
    const { home, backup } = await damagedCollection(brokenPages);
    const r = await cli(['--home', home, 'check']);
    expect(r.status).toBe(1);
    // integrity_check lists what it finds, unless SQLite cannot even walk the pages: then the damage line alone.
    if (r.stdout !== '') expect(r.stdout).toMatch(/^file: damaged \(SQLite integrity check\):\n {2}\S/);
    expect(r.stderr).toMatch(new RegExp(`^guanhua: (the collection has \\d+ problems? \\(listed above\\); 'guanhua restore ${backup}'|the collection .* is damaged and cannot be read .*guanhua restore ${backup})`));
  });
});
