import fs from 'node:fs';
import path from 'node:path';
import { GuanhuaError } from '../errors.js';
import { learnerDay } from '../srs/day.js';
import type { DayClock } from '../srs/types.js';
import {
  backupDir, backupName, backupsToDrop, damagedMessage, listBackupFiles, partialName, removeDeadPartials, type BackupFile,
} from './backup-files.js';
import { loadConfig } from './config-file.js';
import { isDamage, sqlite, type Db } from './database.js';
import { copyInWorker } from './backup-worker.js';
import type { Worker } from 'node:worker_threads';
import { collectionPath } from './paths.js';
import { markIntact, openConnections } from './intact.js';

/**
 * Backups that need no thought: SQLite's online backup (better-sqlite3's db.backup()) copies the
 * collection page by page while it is in use, a consistent snapshot, into a hidden temporary
 * file; only a finished copy is renamed to its backup name (see backup-files.ts). Taken before
 * every command that removes or rewrites progress and once per learner day; kept: the newest 10
 * and one a day for 30 days.
 */

export interface BackupOptions {
  /**
   * Pages copied per step (4 KiB each). Between steps the event loop runs, so a review's answer
   * is never held up by a backup taken in the same process; writes made through the source
   * connection meanwhile are copied too. Default: everything in one step.
   */
  pagesPerStep?: number;
  /** Asked between steps: true abandons the backup (nothing is left of it). */
  stop?: () => boolean;
}

/**
 * Writes a new backup of `home` with `copy` (which fills the temporary file it is given and checks
 * it), then renames it to its name, durably, and applies the retention; returns its path.
 */
async function writeBackup(home: string, reason: string, clock: DayClock, now: Date, copy: (partial: string) => Promise<void>): Promise<string> {
  const dir = backupDir(home);
  fs.mkdirSync(dir, { recursive: true });
  removeDeadPartials(home);
  let final = path.join(dir, backupName(now, reason));
  // Two backups in one millisecond (a test, a script): the later one a millisecond on.
  for (let t = now.getTime() + 1; fs.existsSync(final); t++) final = path.join(dir, backupName(new Date(t), reason));
  const partial = partialName(final);
  try {
    await copy(partial);
    const fd = fs.openSync(partial, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, final);
    syncDir(dir);
  } catch (err) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
    throw err;
  }
  pruneBackups(home, clock, now);
  return final;
}

/**
 * The copy made self-contained (it carries the source's WAL mode) and checked: SQLite's backup
 * copies pages as they are, so a damaged collection gives a damaged copy, which is no backup.
 */
function settle(partial: string): void {
  const copy = sqlite(partial);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw Object.assign(new Error(`the copy fails SQLite's check: ${check}`), { code: 'SQLITE_CORRUPT' });
  } finally {
    copy.close();
  }
}

/** Copies the open collection `source` into a new backup of `home`; returns its path. */
export function backupFrom(source: Db, home: string, reason: string, clock: DayClock, now: Date, opts: BackupOptions = {}): Promise<string> {
  const step = opts.pagesPerStep ?? 0x7fffffff;
  return writeBackup(home, reason, clock, now, async (partial) => {
    await source.backup(partial, {
      progress: () => {
        if (opts.stop?.()) throw new BackupStopped();
        return step;
      },
    });
    settle(partial);
  });
}

class BackupStopped extends Error {}

/** A backup running beside other work; stop() abandons it. */
export interface RunningBackup {
  /** The backup's path; null when none was due, it was stopped, or it failed. */
  done: Promise<string | null>;
  stop(): void;
}

/**
 * The day's backup of the collection file `file`, made in a worker thread (see backup-worker.ts)
 * so that a review answers keys meanwhile, when none was taken yet this learner day.
 */
export function dailyBackupInWorker(file: string, home: string, clock: DayClock, now: Date): RunningBackup {
  if (!dailyBackupDue(home, clock, now)) return { done: Promise.resolve(null), stop: () => {} };
  let worker: Worker | undefined;
  let stopped = false;
  const done = writeBackup(home, 'daily', clock, now, async (partial) => {
    if (stopped) throw new BackupStopped();
    await copyInWorker(file, partial, (w) => (worker = w));
  }).catch(() => null);
  return {
    done,
    stop: () => {
      stopped = true;
      void worker?.terminate();
    },
  };
}

/**
 * A backup of the collection in `home` (opened read-only for it); null when there is no
 * collection. A collection SQLite cannot read gives the damage line, and no backup.
 */
export async function backupCollection(home: string, reason: string, now: Date): Promise<string | null> {
  const file = collectionPath(home);
  if (!fs.existsSync(file)) return null;
  const clock = loadConfig(home);
  const db = sqlite(file, { readonly: true, fileMustExist: true, timeout: 60_000 });
  // The copy is checked whole: the connections open on the file now need no check of their own.
  const vouched = openConnections(file);
  try {
    const made = await backupFrom(db, home, reason, clock, now);
    markIntact(vouched);
    return made;
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (isDamage(code)) throw new GuanhuaError(damagedMessage(file, code));
    if (err instanceof GuanhuaError) throw err;
    throw new GuanhuaError(`cannot back up the collection into ${backupDir(home)}: ${(err as Error).message}; nothing was changed`);
  } finally {
    db.close();
  }
}

/** Before a command that removes or rewrites progress (forget, decks remove, import, restore, optimize). */
export function backupBefore(home: string, command: string, now: Date): Promise<string | null> {
  return backupCollection(home, `before-${command}`, now);
}

/** Whether the newest backup is from an earlier learner day than `now` (or there is none). */
export function dailyBackupDue(home: string, clock: DayClock, now: Date): boolean {
  const newest = listBackupFiles(home)[0];
  return newest === undefined || learnerDay(newest.time, clock) < learnerDay(now, clock);
}

/** The day's backup, when none was taken yet this learner day. */
export async function backupIfDue(home: string, now: Date): Promise<string | null> {
  if (!fs.existsSync(collectionPath(home)) || !dailyBackupDue(home, loadConfig(home), now)) return null;
  return backupCollection(home, 'daily', now);
}

export function pruneBackups(home: string, clock: DayClock, now: Date): BackupFile[] {
  const drop = backupsToDrop(listBackupFiles(home), clock, now);
  for (const b of drop) fs.rmSync(b.file, { force: true });
  return drop;
}

export interface BackupSummary extends BackupFile {
  /** Its cards and reviews; null when the file cannot be read. */
  cards: number | null;
  reviews: number | null;
}

/** Every backup, newest first, with what it holds. */
export function describeBackups(home: string): BackupSummary[] {
  return listBackupFiles(home).map(describeBackup);
}

/** One backup with what it holds. */
export const describeBackup = (b: BackupFile): BackupSummary => ({ ...b, ...counts(b.file) });

function counts(file: string): { cards: number | null; reviews: number | null } {
  try {
    const db = sqlite(file, { readonly: true, fileMustExist: true });
    try {
      return {
        cards: db.prepare('SELECT count(*) FROM cards').pluck().get() as number,
        reviews: db.prepare('SELECT count(*) FROM review_log').pluck().get() as number,
      };
    } finally {
      db.close();
    }
  } catch {
    return { cards: null, reviews: null };
  }
}

function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not every file system syncs a directory; the rename itself is atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
