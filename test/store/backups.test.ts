import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName, backupsToDrop, listBackupFiles, parseBackupName, type BackupFile } from '../../src/store/backup-files.js';
import { backupCollection, backupIfDue, describeBackups } from '../../src/store/backups.js';
import { collectionPath, openCollection } from '../../src/store/collection.js';
import { restoreBackup } from '../../src/store/restore.js';
import { SCHEMA_V1, SCHEMA_VERSION } from '../../src/store/schema.js';
import { GuanhuaError } from '../../src/errors.js';
import { collectionWith, loadDeck, root, syntheticDeck, tempHome } from './helpers.js';

const at = (iso: string) => new Date(iso);
const T0 = at('2026-11-20T10:00:00Z');
const clock = { timeZone: 'UTC', dayStartsAt: 4 };

function studied() {
  const { home, c } = collectionWith(['governance'], T0);
  const [a, b] = loadDeck('governance').cards.map((x) => x.id);
  c.answer(a, 3, T0, 3000);
  c.answer(b, 1, T0, 3000);
  return { home, c, a, b };
}

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('backup files', () => {
  it('are named by their UTC time and reason, and read back', () => {
    const t = at('2026-11-30T05:58:19.123Z');
    expect(backupName(t, 'before-forget')).toBe('collection-2026-11-30T05-58-19-123Z-before-forget.sqlite');
    expect(parseBackupName(backupName(t, 'daily'))).toEqual({ time: t, reason: 'daily' });
    expect(parseBackupName('.collection-2026-11-30T05-58-19-123Z-daily.sqlite.123.partial')).toBeNull();
    expect(parseBackupName('notes.txt')).toBeNull();
  });

  it('keep the newest 10 and the newest of each of the last 30 learner days', () => {
    const now = at('2026-11-30T12:00:00Z');
    const file = (iso: string): BackupFile => ({ file: iso, time: at(iso), reason: 'daily' });
    // Three a day for 40 days (09:00, 13:00, 02:00 the next morning, which is still that learner day), and 12 today.
    const backups: BackupFile[] = [];
    for (let d = 1; d <= 40; d++) {
      const day = new Date(now.getTime() - d * 86_400_000).toISOString().slice(0, 10);
      const next = new Date(now.getTime() - (d - 1) * 86_400_000).toISOString().slice(0, 10);
      backups.push(file(`${day}T09:00:00.000Z`), file(`${day}T13:00:00.000Z`), file(`${next}T02:00:00.000Z`));
    }
    for (let h = 0; h < 12; h++) backups.push(file(`2026-11-30T0${Math.floor(h / 6) + 4}:${String((h % 6) * 10).padStart(2, '0')}:00.000Z`));
    const dropped = new Set(backupsToDrop(backups, clock, now).map((b) => b.file));
    const kept = backups.filter((b) => !dropped.has(b.file)).map((b) => b.file).sort().reverse();
    // The 10 newest (today's), then the newest of each of the 29 earlier learner days: 02:00 the next morning.
    expect(kept.slice(0, 10)).toEqual(backups.slice(-10).map((b) => b.file).reverse());
    expect(kept.slice(10)).toEqual(Array.from({ length: 29 }, (_, i) => `${new Date(now.getTime() - i * 86_400_000).toISOString().slice(0, 10)}T02:00:00.000Z`));
  });
});

describe('guanhua backup', () => {
  it('is a whole copy of the collection in use: one file, listed newest first with its cards and reviews', async () => {
    const { home, c } = studied();
    const first = (await backupCollection(home, 'manual', at('2026-11-20T11:00:00Z')))!;
    expect(path.dirname(first)).toBe(path.join(home, 'backups'));
    const db = new Database(first, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    expect(fs.readdirSync(path.join(home, 'backups'))).toEqual([path.basename(first)]);
    c.answer(loadDeck('governance').cards[2].id, 3, at('2026-11-20T11:30:00Z'), 3000);
    const second = (await backupCollection(home, 'before-forget', at('2026-11-20T12:00:00Z')))!;
    expect(describeBackups(home).map((b) => [b.file, b.reason, b.cards, b.reviews])).toEqual([
      [second, 'before-forget', 4, 3],
      [first, 'manual', 4, 2],
    ]);
    c.close();
  });

  it('is taken once per learner day by backupIfDue', async () => {
    const { home, c } = studied();
    c.close();
    expect(await backupIfDue(home, at('2026-11-20T11:00:00Z'))).not.toBeNull();
    expect(await backupIfDue(home, at('2026-11-21T03:59:00Z'))).toBeNull(); // the learner day starts at 04:00
    expect(await backupIfDue(home, at('2026-11-21T04:01:00Z'))).not.toBeNull();
    expect(listBackupFiles(home).map((b) => b.reason)).toEqual(['daily', 'daily']);
    expect(await backupIfDue(path.join(tempHome(), 'no-collection'), T0)).toBeNull();
  });

  it("the review's daily backup runs beside the answers (a worker thread): a sound snapshot, no answer held up", async () => {
    const { home, c } = collectionWith([], T0, { timeZone: 'UTC' });
    c.addDeck(syntheticDeck('big', 5000), T0);
    const ids = c.cardsOfDeck('big').map((s) => s.card.id);
    const now = at('2026-11-21T10:00:00Z');
    c.answer(ids[0], 3, now, 2000);
    const running = c.dailyBackup(home, now);
    let answered = 1;
    let done = false;
    void running.done.then(() => (done = true));
    // Answers go on, each saved, while the backup is made.
    while (!done) {
      c.answer(ids[answered], 3, new Date(now.getTime() + answered * 1000), 2000);
      answered++;
      await new Promise((r) => setImmediate(r));
    }
    const file = (await running.done)!;
    expect(parseBackupName(path.basename(file))!.reason).toBe('daily');
    expect(answered).toBeGreaterThan(2);
    // The copy is the collection as it was at one moment: every answer up to then, none cut in half.
    const inCopy = count(file, 'review_log');
    expect(inCopy).toBeGreaterThanOrEqual(1);
    expect(inCopy).toBeLessThanOrEqual(answered);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM cards WHERE state <> 0').pluck().get()).toBe(inCopy);
    copy.close();
    expect(count(collectionPath(home), 'review_log')).toBe(answered);
    // One a learner day: the next one the same day is not taken.
    expect(await c.dailyBackup(home, at('2026-11-21T11:00:00Z')).done).toBeNull();
    c.close();
  });

  it("a review's daily backup stopped half-way leaves nothing", async () => {
    const { home, c } = collectionWith([], T0, { timeZone: 'UTC' });
    c.addDeck(syntheticDeck('big', 5000), T0);
    const running = c.dailyBackup(home, at('2026-11-21T10:00:00Z'));
    running.stop();
    expect(await running.done).toBeNull();
    expect(fs.existsSync(path.join(home, 'backups')) ? fs.readdirSync(path.join(home, 'backups')) : []).toEqual([]);
    c.close();
  });

  it('cut off by kill -9 leaves no file that looks like a backup; the next one clears it away', async () => {
    const { home, c } = collectionWith([], T0);
    c.addDeck(syntheticDeck('big', 1500), T0);
    c.close();
    await new Promise<void>((resolve, reject) => {
      const p = spawn(process.execPath, [path.join(root, 'test/store/backup-stuck.child.mjs'), home], { cwd: root });
      let err = '';
      p.stderr.on('data', (d) => (err += d));
      p.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('half-way')) p.kill('SIGKILL');
      });
      p.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended without being killed: ${err}`))));
    });
    const left = fs.readdirSync(path.join(home, 'backups'));
    expect(left.some((f) => f.endsWith('.partial'))).toBe(true);
    expect(listBackupFiles(home)).toEqual([]);
    expect(describeBackups(home)).toEqual([]);
    const made = (await backupCollection(home, 'manual', at('2026-11-21T10:00:00Z')))!;
    expect(fs.readdirSync(path.join(home, 'backups'))).toEqual([path.basename(made)]);
  });
});

describe('guanhua restore', () => {
  it('brings back the backup, after backing up the collection as it is', async () => {
    const { home, c, a } = studied();
    const backup = (await backupCollection(home, 'manual', at('2026-11-20T11:00:00Z')))!;
    c.answer(a, 3, at('2026-11-21T10:00:00Z'), 3000);
    c.suspend(a, at('2026-11-21T10:01:00Z'));
    expect(c.reviewLog()).toHaveLength(3);
    const r = await restoreBackup(home, path.basename(backup), at('2026-11-21T12:00:00Z'));
    expect(r).toMatchObject({ file: backup, cards: 4, reviews: 2, movedAside: null });
    expect(parseBackupName(path.basename(r.savedAs!))!.reason).toBe('before-restore');
    expect(count(r.savedAs!, 'review_log')).toBe(3);
    // The open collection sees the restored one.
    expect(c.reviewLog()).toHaveLength(2);
    expect(c.card(a)!.suspended).toBe(false);
    c.close();
    const db = new Database(collectionPath(home), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('migrates a backup of an older schema', async () => {
    const home = tempHome();
    const old = path.join(home, 'old.sqlite');
    const db = new Database(old);
    db.exec(SCHEMA_V1);
    db.pragma('user_version = 1');
    const deck = loadDeck('governance');
    deck.cards.forEach((card) => {
      db.prepare('INSERT INTO cards VALUES (?, 0, ?, 0, 0, 0, 0, 0, 0, 0, NULL, 0, ?)').run(card.id, T0.getTime(), T0.getTime());
      db.prepare('INSERT INTO card_decks VALUES (?, ?, ?, ?, ?)').run(deck.name, card.id, card.rank, JSON.stringify(card), T0.getTime());
    });
    db.prepare('INSERT INTO decks VALUES (?, ?, ?, ?, ?)').run(deck.name, deck.source.title, JSON.stringify(deck.source), T0.getTime(), T0.getTime());
    db.close();
    const r = await restoreBackup(home, old, at('2026-11-21T12:00:00Z'));
    expect(r).toMatchObject({ cards: 4, reviews: 0, savedAs: null });
    const c = openCollection(home);
    expect(c.deckNames()).toEqual(['governance']);
    c.close();
    const check = new Database(collectionPath(home), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(check.prepare("SELECT word FROM card_search WHERE letters = 'zhili'").pluck().get()).toBe('治理');
    check.close();
    // The backup itself is left as it was.
    expect(new Database(old, { readonly: true }).pragma('user_version', { simple: true })).toBe(1);
  });

  it('refuses a file that is not a sound guanhua collection, changing nothing', async () => {
    const { home, c } = studied();
    c.close();
    const bytes = fs.readFileSync(collectionPath(home));
    const junk = path.join(home, 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database at all'.repeat(300));
    await expect(restoreBackup(home, junk, T0)).rejects.toThrow(/junk\.sqlite is not a readable SQLite file \(SQLITE_NOTADB\)/);
    const other = path.join(home, 'other.sqlite');
    new Database(other).exec('CREATE TABLE t (x)');
    await expect(restoreBackup(home, other, T0)).rejects.toThrow(/other\.sqlite is not a guanhua collection/);
    await expect(restoreBackup(home, 'nope.sqlite', T0)).rejects.toThrow(GuanhuaError);
    expect(fs.readFileSync(collectionPath(home)).equals(bytes)).toBe(true);
    expect(listBackupFiles(home)).toEqual([]);
  });

  it("restores a learner's own copy of a collection (WAL mode) without leaving files beside it", async () => {
    const { home, c } = studied();
    c.close();
    const mine = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mine-')), 'mine.sqlite');
    fs.copyFileSync(collectionPath(home), mine);
    const bytes = fs.readFileSync(mine);
    const elsewhere = tempHome();
    const r = await restoreBackup(elsewhere, mine, at('2026-11-21T12:00:00Z'));
    expect(r).toMatchObject({ cards: 4, reviews: 2 });
    expect(fs.readdirSync(path.dirname(mine))).toEqual(['mine.sqlite']);
    expect(fs.readFileSync(mine).equals(bytes)).toBe(true);
    expect(count(collectionPath(elsewhere), 'review_log')).toBe(2);
  });

  it('a refused file leaves no home behind when there was none', async () => {
    const junk = path.join(tempHome(), 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database at all'.repeat(300));
    const home = path.join(path.dirname(junk), 'new-home', 'guanhua');
    await expect(restoreBackup(home, junk, T0)).rejects.toThrow(/junk\.sqlite is not a readable SQLite file/);
    expect(fs.existsSync(path.dirname(home))).toBe(false);
    expect(fs.readdirSync(path.dirname(junk)).sort()).toEqual(['config.json', 'junk.sqlite']);
  });

  it('moves a damaged collection aside and puts the backup in its place', async () => {
    const { home, c } = studied();
    const backup = (await backupCollection(home, 'manual', T0))!;
    c.close();
    const file = collectionPath(home);
    fs.writeFileSync(file, 'garbage'.repeat(1000));
    const r = await restoreBackup(home, backup, at('2026-11-21T12:00:00Z'));
    expect(r.savedAs).toBeNull();
    expect(fs.readFileSync(r.movedAside!, 'utf8')).toBe('garbage'.repeat(1000));
    const again = openCollection(home);
    expect(again.reviewLog()).toHaveLength(2);
    again.close();
  });
});
