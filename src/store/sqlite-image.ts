import Database from 'better-sqlite3';
import { GuanhuaError } from '../errors.js';

/**
 * Another program's SQLite file held in memory (an Anki package's collection), opened for
 * reading: the only way the rest of guanhua reads foreign SQLite, since only src/store
 * imports better-sqlite3. Nothing touches the disk.
 */
export interface SqliteImage {
  /** Every row of a query. */
  rows<T>(sql: string, ...params: unknown[]): T[];
  /** The first column of the first row, or undefined. */
  value<T>(sql: string, ...params: unknown[]): T | undefined;
  tableNames(): Set<string>;
  close(): void;
}

/** Offsets 18 and 19 of the header: file format write / read version, 2 meaning WAL. */
const WRITE_VERSION = 18;
const READ_VERSION = 19;

/**
 * Opens the bytes of a SQLite file and checks the structure of `tables` (quick_check: pages,
 * records, their indexes); a table missing is left to the caller. `what` names the file in
 * errors, which say it is damaged rather than show SQLite's code. Only the named tables are
 * checked: another program's indexes may use collations only it defines (Anki's unicase).
 */
export function openSqliteImage(bytes: Uint8Array, what: string, tables: readonly string[]): SqliteImage {
  const image = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (image.length < 100 || image.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') {
    throw new GuanhuaError(`${what} is damaged: its collection is not a SQLite database`);
  }
  // A file saved in WAL mode cannot be opened in memory; its pages are complete without a -wal file.
  if (image[WRITE_VERSION] === 2 || image[READ_VERSION] === 2) {
    image[WRITE_VERSION] = 1;
    image[READ_VERSION] = 1;
  }
  const guard = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_')) throw new GuanhuaError(`${what} is damaged (${code}): export it from Anki again`);
      throw err;
    }
  };
  const db = guard(() => new Database(image));
  try {
    const present = new Set(guard(() => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]));
    for (const table of tables.filter((t) => present.has(t))) {
      const check = guard(() => db.pragma(`quick_check("${table.replace(/"/g, '""')}")`, { simple: true }));
      if (check !== 'ok') throw new GuanhuaError(`${what} is damaged (${firstProblem(String(check))}): export it from Anki again`);
    }
  } catch (err) {
    db.close();
    throw err;
  }
  return {
    rows: <T>(sql: string, ...params: unknown[]) => guard(() => db.prepare(sql).all(...params) as T[]),
    value: <T>(sql: string, ...params: unknown[]) => guard(() => db.prepare(sql).pluck().get(...params) as T | undefined),
    tableNames: () => new Set(guard(() => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[])),
    close: () => db.close(),
  };
}

/** quick_check's report in one line: its first problem, without the "*** in database main ***" heading. */
function firstProblem(report: string): string {
  const line = report.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('***')) ?? report;
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
