import fs from 'node:fs';
import { GuanhuaError } from '../errors.js';
import type { Correction } from '../model/corrections.js';
import { loadConfig } from './config-file.js';
import { busyGuard, openDatabase, sqlite, writeTransaction, type Db } from './database.js';
import * as q from './learning.js';
import { collectionPath } from './paths.js';
import { SCHEMA_VERSION } from './schema.js';

/**
 * The learning loop's side of the collection for generate, read, known and fix: known words,
 * corrections and boosts, without loading the scheduler or the review machinery.
 */
export interface LearningReader {
  knownWords(): Set<string>;
  corrections(): Map<string, Correction>;
  newCardsOfWords(words: readonly string[], sha: string): string[];
  close(): void;
}

export interface LearningStore extends LearningReader {
  /** Runs `fn` with the connection in one write transaction. */
  write<T>(fn: (db: Db) => T): T;
}

/**
 * Read-only, for generate and read: null when there is no collection (nothing is created), and
 * no migration (a collection of an older schema reads its cards; it has no imports or corrections yet).
 */
export function openLearningReader(home: string): LearningReader | null {
  const file = collectionPath(home);
  if (!fs.existsSync(file)) return null;
  const db = busyGuard(file, () => sqlite(file, { readonly: true, fileMustExist: true }));
  try {
    // The first read is where a damaged file shows (busyGuard turns that into one clear line).
    const version = busyGuard(file, () => db.pragma('user_version', { simple: true }) as number);
    if (version > SCHEMA_VERSION) {
      throw new GuanhuaError(`${file} was written by a newer guanhua (collection schema ${version}); update guanhua`);
    }
  } catch (err) {
    db.close();
    throw err;
  }
  return readerOf(db, file);
}

/** Read-write (created when missing, migrated), for known import and fix. */
export function openLearningStore(home: string): LearningStore {
  const file = collectionPath(home);
  try {
    fs.mkdirSync(home, { recursive: true });
  } catch (err) {
    throw new GuanhuaError(`cannot create the guanhua home ${home}: ${(err as Error).message}`);
  }
  const db = openDatabase(file, loadConfig(home));
  return { ...readerOf(db, file), write: (fn) => writeTransaction(db, file, () => fn(db)) };
}

function readerOf(db: Db, file: string): LearningReader {
  return {
    knownWords: () => busyGuard(file, () => q.knownWords(db)),
    corrections: () => busyGuard(file, () => q.corrections(db)),
    newCardsOfWords: (words, sha) => busyGuard(file, () => q.newCardsOfWords(db, words, sha)),
    close: () => db.close(),
  };
}
