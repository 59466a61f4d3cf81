import Database from 'better-sqlite3';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GuanhuaError } from '../errors.js';
import type { DayClock } from '../srs/types.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';
import { damagedMessage } from './backup-files.js';
import { isIntact, markIntact, registerConnection } from './intact.js';

/**
 * Opening the SQLite file: WAL (readers never wait for the writer), synchronous
 * FULL (a commit is on disk before it returns), and a long busy timeout so a second
 * process waits for the first instead of failing.
 */

/** Milliseconds another process may hold the write lock before we give up. */
const BUSY_TIMEOUT_MS = 60_000;

export type Db = Database.Database;

let addon: string | undefined | null = null;

/**
 * better-sqlite3's compiled addon, named directly: its default finder (the `bindings` package)
 * tries a dozen paths and reads a stack trace on every start, and cannot find the addon from a
 * bundle (scripts/bundle.mjs). undefined: not where npm builds it; the default finder looks.
 */
export function nativeBinding(): string | undefined {
  if (addon === null) {
    const dir = path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
    const file = path.join(dir, 'build', 'Release', 'better_sqlite3.node');
    addon = fs.existsSync(file) ? file : undefined;
  }
  return addon;
}

/** Every SQLite connection guanhua opens (file or ':memory:'). */
export function sqlite(file: string, options: Database.Options = {}): Db {
  return new Database(file, { nativeBinding: nativeBinding(), ...options });
}

export function openDatabase(file: string, clock: DayClock): Db {
  const db = busyGuard(file, () => {
    const d = sqlite(file, { timeout: BUSY_TIMEOUT_MS });
    try {
      // Refuse a newer collection before touching anything in it.
      checkVersion(d.pragma('user_version', { simple: true }) as number, file);
      // Turning WAL on writes the file's header: a file not yet in WAL mode (a new one, a restored
      // backup) is checked first. One already in WAL mode is not written by opening it.
      if (d.pragma('journal_mode', { simple: true }) !== 'wal') {
        verifyIntact(d, file);
        d.pragma('journal_mode = WAL');
      }
      d.pragma('synchronous = FULL');
      return d;
    } catch (err) {
      d.close();
      throw err;
    }
  });
  try {
    migrate(db, file, clock);
  } catch (err) {
    db.close();
    throw err;
  }
  registerConnection(file, db);
  return db;
}

export function openMemoryDatabase(clock: DayClock): Db {
  const db = sqlite(':memory:');
  migrate(db, ':memory:', clock);
  return db;
}

function migrate(db: Db, file: string, clock: DayClock): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  checkVersion(version(), file);
  if (version() === SCHEMA_VERSION) return;
  // IMMEDIATE: two processes opening a fresh collection migrate it once, one after the other.
  writeTransaction(db, file, () => {
    const from = version();
    checkVersion(from, file);
    for (let v = from; v < SCHEMA_VERSION; v++) MIGRATIONS[v](db, clock);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  });
}

function checkVersion(version: number, file: string): void {
  if (version > SCHEMA_VERSION) {
    throw new GuanhuaError(
      `${file} was written by a newer guanhua (collection schema ${version}; this one knows up to ${SCHEMA_VERSION}); update guanhua — the collection was left untouched`,
    );
  }
}

/**
 * Runs `fn` in a BEGIN IMMEDIATE transaction (takes the write lock first, so no deadlock on
 * upgrade). The connection's first write checks the whole file first (verifyIntact): nothing is
 * written to a damaged collection.
 */
export function writeTransaction<T>(db: Db, file: string, fn: () => T): T {
  verifyIntact(db, file);
  return busyGuard(file, () => db.transaction(fn).immediate());
}

/**
 * SQLite's quick check of the whole file (every page of every table and index, and the free
 * list; it reads every page, about 200 ms on the 92 MB bench collection): a damaged file gives the
 * damage line. Queries meet damage only in the pages they read, so a command that writes checks
 * first, whatever its queries read (writeTransaction), and nothing is written to a damaged file.
 * Once per connection, and not at all when a backup or a check in a child process made since it
 * was opened found the file intact (intact.ts).
 */
export function verifyIntact(db: Db, file: string): void {
  if (isIntact(db) || file === ':memory:') return;
  const result = busyGuard(file, () => db.pragma('quick_check(1)', { simple: true }) as string);
  if (result !== 'ok') throw new GuanhuaError(damagedMessage(file, 'SQLITE_CORRUPT'));
  markIntact([db]);
}

/** SQLite's codes for a file it cannot read as a database: not one, or damaged. */
export function isDamage(code: string): boolean {
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

/** How long one attempt may have waited and still count as refused at once (no busy handler ran). */
const REFUSED_AT_ONCE_MS = 1_000;

/**
 * Turns SQLite's "busy"/"locked" and a damaged file into one clear line. SQLite waits out a lock
 * through the busy timeout, but a few of its paths refuse at once without waiting (seen when two
 * processes open and migrate a fresh collection together: about 1 in 100 under load). A refusal
 * that came at once is tried again after a short pause, until the timeout has passed in all; `fn`
 * is tried whole again, so it must be a read, an opening or one transaction.
 */
export function busyGuard<T>(file: string, fn: () => T): T {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const tried = Date.now();
    try {
      return fn();
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (isDamage(code)) throw new GuanhuaError(damagedMessage(file, code));
      if (!code.startsWith('SQLITE_BUSY') && !code.startsWith('SQLITE_LOCKED')) throw err;
      const now = Date.now();
      if (now - tried < REFUSED_AT_ONCE_MS && now - started < BUSY_TIMEOUT_MS) {
        pause(Math.min(200, 10 * 2 ** Math.min(attempt, 4)) * (0.5 + Math.random()));
        continue;
      }
      throw new GuanhuaError(`the collection ${file} stayed busy for ${Math.round((now - started) / 1000)} s (another guanhua is writing to it); try again when it has finished`);
    }
  }
}

/** Blocks this thread for `ms` milliseconds (SQLite's own busy wait blocks it too). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
