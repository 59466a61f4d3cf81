import fs from 'node:fs';
import path from 'node:path';
import { GuanhuaError } from '../errors.js';
import { backupDir } from './backup-files.js';
import { backupFrom } from './backups.js';
import { loadConfig } from './config-file.js';
import { isDamage, openDatabase, sqlite } from './database.js';
import { collectionPath } from './paths.js';
import { SCHEMA_VERSION } from './schema.js';

/**
 * `guanhua restore <file>`: a backup becomes the collection again. The file is checked first
 * (SQLite's quick_check, a guanhua collection of a schema this guanhua knows), copied and
 * migrated to the current schema apart from the collection; the collection as it is now is
 * backed up; then the copy is written over the collection with SQLite's backup (other guanhua
 * processes see the change like any commit). A damaged collection cannot be backed up: it is
 * moved aside (collection.damaged-<time>.sqlite) and the copy takes its place.
 */

export interface RestoreResult {
  file: string;
  cards: number;
  reviews: number;
  /** The backup of the collection as it was, or null (there was none, or it was damaged). */
  savedAs: string | null;
  /** Where a damaged collection was moved, or null. */
  movedAside: string | null;
}

/** The backup a learner names: a path, or a file name in <home>/backups/. */
export function resolveBackup(home: string, given: string): string {
  if (fs.existsSync(given)) return path.resolve(given);
  const inBackups = path.join(backupDir(home), given);
  if (fs.existsSync(inBackups)) return inBackups;
  throw new GuanhuaError(`${given}: no such file (nor in ${backupDir(home)}); 'guanhua backup --list' lists the backups`);
}

/** Checks that `copy`, a copy of the backup `file`, is a readable guanhua collection; returns its counts. */
function checkBackup(copy: string, file: string): { cards: number; reviews: number } {
  let db;
  try {
    db = sqlite(copy, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new GuanhuaError(`cannot open ${file}: ${(err as Error).message}`);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new GuanhuaError(`${file} was written by a newer guanhua (schema ${version}); update guanhua to restore it`);
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    if (version === 0 || !tables.has('cards') || !tables.has('review_log')) throw new GuanhuaError(`${file} is not a guanhua collection; nothing was restored`);
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new GuanhuaError(`${file} is damaged (${check}); choose another backup ('guanhua backup --list')`);
    return {
      cards: db.prepare('SELECT count(*) FROM cards').pluck().get() as number,
      reviews: db.prepare('SELECT count(*) FROM review_log').pluck().get() as number,
    };
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (isDamage(code)) throw new GuanhuaError(`${file} is not a readable SQLite file (${code}); choose another backup ('guanhua backup --list')`);
    throw err;
  } finally {
    db.close();
  }
}

export async function restoreBackup(home: string, given: string, now: Date): Promise<RestoreResult> {
  const file = resolveBackup(home, given);
  const config = loadConfig(home);
  const target = collectionPath(home);
  const madeHome = fs.mkdirSync(home, { recursive: true });
  // Checked and migrated as a copy (with its WAL, when one lies beside it): the backup stays as it
  // was, and SQLite never opens it, which even read-only leaves -wal and -shm files beside it.
  const staged = path.join(home, `.restore-${process.pid}-${now.getTime()}.sqlite`);
  const cleanUp = () => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(staged + suffix, { force: true });
  };
  try {
    fs.copyFileSync(file, staged);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${staged}-wal`);
    let counts: { cards: number; reviews: number };
    try {
      counts = checkBackup(staged, file);
    } catch (err) {
      // Refused: nothing of it is left, not even a home made for it.
      cleanUp();
      if (madeHome !== undefined) fs.rmSync(madeHome, { recursive: true, force: true });
      throw err;
    }
    const db = openDatabase(staged, config);
    try {
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    let savedAs: string | null = null;
    let movedAside: string | null = null;
    if (fs.existsSync(target)) {
      const current = sqlite(target, { timeout: 60_000 });
      try {
        savedAs = await backupFrom(current, home, 'before-restore', config, now);
      } catch (err) {
        const code = (err as { code?: string }).code ?? '';
        if (!isDamage(code)) throw err;
      } finally {
        current.close();
      }
      if (savedAs === null) movedAside = moveAside(target, now);
    }
    if (fs.existsSync(target)) {
      const source = sqlite(staged, { readonly: true });
      try {
        await source.backup(target, { progress: () => 0x7fffffff });
      } finally {
        source.close();
      }
    } else {
      fs.renameSync(staged, target);
    }
    return { file, ...counts, savedAs, movedAside };
  } finally {
    cleanUp();
  }
}

/** A damaged collection (and its WAL files) out of the way, kept for whoever wants to look. */
function moveAside(target: string, now: Date): string {
  const aside = path.join(path.dirname(target), `collection.damaged-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
  fs.renameSync(target, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, aside + suffix);
  }
  return aside;
}
