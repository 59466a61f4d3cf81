import fs from 'node:fs';
import type { SrsConfig } from '../srs/types.js';
import { loadConfig } from './config-file.js';
import { openDatabase, openMemoryDatabase, type Db } from './database.js';
import { QueueSource } from './queue-source.js';
import { Statements } from './statements.js';
import { readStats } from './stats-query.js';
import type { DueSummary, Stats } from './types.js';
import { collectionPath } from './paths.js';

/**
 * The read-only side of the collection for `guanhua due` and `guanhua stats`: the
 * same queries as Collection.due()/stats(), without loading the writer, the
 * scheduler or the undo machinery, so these commands start fast. A missing
 * collection reads as empty and nothing is created.
 */
export interface CollectionReader {
  readonly config: SrsConfig;
  due(now: Date): DueSummary;
  stats(now: Date): Stats;
  close(): void;
}

export function openReader(home: string): CollectionReader {
  const config = loadConfig(home);
  const file = collectionPath(home);
  const db: Db = fs.existsSync(file) ? openDatabase(file, config) : openMemoryDatabase(config);
  const source = new QueueSource(new Statements(db), config);
  return {
    config,
    due: (now) => source.summary(now),
    stats: (now) => readStats(db, config, now),
    close: () => db.close(),
  };
}
