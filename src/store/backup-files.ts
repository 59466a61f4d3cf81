import fs from 'node:fs';
import path from 'node:path';
import { learnerDay } from '../srs/day.js';
import type { DayClock } from '../srs/types.js';

/**
 * The backups' files in <home>/backups/: `collection-<UTC time>-<reason>.sqlite`, each a whole,
 * consistent copy of the collection. A backup is written under a hidden temporary name and
 * renamed only when complete, so that a file with this name is always a finished backup; one
 * cut off (kill -9) stays a `.partial` file, which the next backup removes. No SQLite here: the
 * damage message reads these names too.
 */

export const BACKUP_DIR = 'backups';
/** Kept: the newest KEEP_LAST, and the newest of each of the last KEEP_DAYS learner days. */
export const KEEP_LAST = 10;
export const KEEP_DAYS = 30;

export interface BackupFile {
  /** Absolute path. */
  file: string;
  /** When it was taken. */
  time: Date;
  /** Why: daily, before-forget, before-import, manual… */
  reason: string;
}

const NAME = /^collection-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z-([a-z][a-z-]*)\.sqlite$/;

export const backupDir = (home: string) => path.join(home, BACKUP_DIR);

/** The file name of a backup taken at `time` (UTC, to the millisecond, sorts as it reads). */
export function backupName(time: Date, reason: string): string {
  const iso = time.toISOString(); // 2026-11-30T05:58:19.123Z
  return `collection-${iso.slice(0, 10)}T${iso.slice(11, 13)}-${iso.slice(14, 16)}-${iso.slice(17, 19)}-${iso.slice(20, 23)}Z-${reason}.sqlite`;
}

export function parseBackupName(name: string): { time: Date; reason: string } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const time = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(time.getTime()) ? null : { time, reason: m[6] };
}

/** Every finished backup in `home`, newest first (names only: nothing is opened). */
export function listBackupFiles(home: string): BackupFile[] {
  const dir = backupDir(home);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (parsed) out.push({ file: path.join(dir, name), ...parsed });
  }
  return out.sort((a, b) => b.time.getTime() - a.time.getTime() || (a.file < b.file ? 1 : -1));
}

/** The backups retention drops: all but the newest KEEP_LAST and the newest of each of the last KEEP_DAYS learner days. */
export function backupsToDrop(backups: readonly BackupFile[], clock: DayClock, now: Date): BackupFile[] {
  const newest = [...backups].sort((a, b) => b.time.getTime() - a.time.getTime());
  const keep = new Set(newest.slice(0, KEEP_LAST));
  const today = learnerDay(now, clock);
  const seenDays = new Set<number>();
  for (const b of newest) {
    const day = learnerDay(b.time, clock);
    if (day > today - KEEP_DAYS && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(b);
    }
  }
  return newest.filter((b) => !keep.has(b));
}

/** Where a backup in progress is written: hidden, with the writer's pid so a dead writer's file can be told. */
export function partialName(final: string): string {
  return path.join(path.dirname(final), `.${path.basename(final)}.${process.pid}.partial`);
}

/** Removes `.partial` files whose writer is no longer running (a backup cut off by kill -9). */
export function removeDeadPartials(home: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir(home));
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\..*\.(\d+)\.partial(-journal|-wal|-shm)?$/.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    fs.rmSync(path.join(backupDir(home), name), { force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The line every command gives when the collection cannot be read. */
export function damagedMessage(file: string, code: string): string {
  const home = path.dirname(file);
  const newest = listBackupFiles(home)[0];
  const restore = newest
    ? `restore the newest backup with: guanhua restore ${newest.file} (taken ${newest.time.toISOString()}); the damaged file is kept aside`
    : "there is no backup to restore yet ('guanhua restore <file>' takes one); move the file away and add your decks again";
  return `the collection ${file} is damaged and cannot be read (${code}); nothing was written to it; ${restore}`;
}
