import { sqlite } from './database.js';

export type SqlValue = string | number | bigint | null | Uint8Array;

/** The rows of one INSERT statement, each in the statement's parameter order. */
export interface TableRows {
  insert: string;
  rows: Iterable<readonly SqlValue[]>;
}

/**
 * A throwaway SQLite database built in one go and returned as the bytes of its file (Anki's
 * collection.anki2 inside a package). It is made in memory: no temp file, no journal, no fsync.
 * `indexes` run after the rows go in (faster than keeping them up to date row by row).
 */
export function databaseBytes(schema: string, tables: readonly TableRows[], indexes = ''): Uint8Array {
  const db = sqlite(':memory:');
  try {
    db.exec(schema);
    db.transaction(() => {
      for (const t of tables) {
        const statement = db.prepare(t.insert);
        for (const row of t.rows) statement.run(...row);
      }
    })();
    if (indexes) db.exec(indexes);
    return new Uint8Array(db.serialize());
  } finally {
    db.close();
  }
}
