import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** Bytes that look random but are the same on every run (a damaged page is damaged the same way each time). */
function noise(length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0, block = 0; i < length; block++) {
    const digest = createHash('sha256').update(`page ${block}`).digest();
    i += digest.copy(out, i);
  }
  return out;
}

/**
 * Overwrites the root page of `table` in the SQLite file `file` (closed everywhere, so that its WAL
 * is in it) with noise; returns the page number. SQLite still opens the file; its quick check
 * names the page.
 */
export function damageRootPage(file: string, table: string): number {
  const db = new Database(file);
  const page = db.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  db.close(); // the last connection: the WAL goes into the file, which is then all there is
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, noise(size), 0, size, (page - 1) * size);
  fs.closeSync(fd);
  return page;
}

export const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
