import path from 'node:path';
import type Database from 'better-sqlite3';

/**
 * Which connections may write without checking the file first (see database.ts verifyIntact):
 * those whose file passed SQLite's quick check after they were opened, their own check or that of
 * an exact copy of the file (a backup: SQLite's online backup copies pages as they are). Damage
 * made after that check is the same race as between any check and the write after it.
 */

type Db = Database.Database;

const intact = new WeakSet<Db>();
/** The read-write connections to each collection file open in this process. */
const open = new Map<string, Set<Db>>();

export const isIntact = (db: Db): boolean => intact.has(db);

export function markIntact(dbs: Iterable<Db>): void {
  for (const db of dbs) if (db.open) intact.add(db);
}

export function registerConnection(file: string, db: Db): void {
  const key = path.resolve(file);
  const set = open.get(key) ?? new Set<Db>();
  for (const d of set) if (!d.open) set.delete(d);
  open.set(key, set.add(db));
}

/** The connections to `file` open now: a check that starts after this vouches for them. */
export function openConnections(file: string): Db[] {
  return [...(open.get(path.resolve(file)) ?? [])].filter((d) => d.open);
}
