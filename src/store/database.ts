import Database from 'better-sqlite3';
import { GuanhuaError } from '../errors.js';
import type { DayClock } from '../srs/types.js';
import { MIGRATIONS, SCHEMA_VERSION } from './schema.js';

/**
 * Opening the SQLite file: WAL (readers never wait for the writer), synchronous
 * FULL (a commit is on disk before it returns), and a long busy timeout so a second
 * process waits for the first instead of failing.
 */

/** Milliseconds another process may hold the write lock before we give up. */
const BUSY_TIMEOUT_MS = 60_000;

export type Db = Database.Database;

export function openDatabase(file: string, clock: DayClock): Db {
  const db = busyGuard(file, () => {
    const d = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    // Refuse a newer collection before touching anything in it.
    try {
      checkVersion(d.pragma('user_version', { simple: true }) as number, file);
    } catch (err) {
      d.close();
      throw err;
    }
    d.pragma('journal_mode = WAL');
    d.pragma('synchronous = FULL');
    return d;
  });
  migrate(db, file, clock);
  return db;
}

export function openMemoryDatabase(clock: DayClock): Db {
  const db = new Database(':memory:');
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

/** Runs `fn` in a BEGIN IMMEDIATE transaction (takes the write lock first, so no deadlock on upgrade). */
export function writeTransaction<T>(db: Db, file: string, fn: () => T): T {
  return busyGuard(file, () => db.transaction(fn).immediate());
}

/** Turns SQLite's "busy"/"locked" (only after the long timeout) into one clear line. */
export function busyGuard<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new GuanhuaError(`the collection ${file} stayed busy for ${BUSY_TIMEOUT_MS / 1000} s (another guanhua is writing to it); try again when it has finished`);
    }
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new GuanhuaError(`${file} is not a guanhua collection or is damaged (${code}); move it away and add your decks again`);
    }
    throw err;
  }
}
