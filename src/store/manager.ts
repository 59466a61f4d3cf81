import fs from 'node:fs';
import { GuanhuaError } from '../errors.js';
import type { SrsConfig } from '../srs/types.js';
import { cardDetail, resolveCards, searchCards } from './card-queries.js';
import { loadConfig } from './config-file.js';
import { busyGuard, openDatabase, openMemoryDatabase, verifyIntact, writeTransaction, type Db } from './database.js';
import type { CardDetail, SearchOptions, SearchResult } from './manage-types.js';
import { editCards, forgetCards, isKnownWord, removeKnownWords, type EditOutcome, type KnownRemoval } from './card-edits.js';
import { checkCollection, type CheckReport } from './check.js';
import { saveCorrection } from './learning.js';
import type { Correction } from '../model/corrections.js';
import { deckRemoval, deckSummaries, removeDeck, renameDeck, type DeckRemoval, type DeckSummary } from './deck-edits.js';
import { collectionPath } from './paths.js';
import { checkInBackground, type RunningCheck } from './background-check.js';

/**
 * The collection as the managing commands and the browse screen see it: find cards, read one
 * card's history, put mistakes right, rename and remove decks. Lighter than Collection (no
 * scheduler, no queue), so that `guanhua cards` starts fast.
 */
export class Manager {
  constructor(
    private readonly db: Db,
    readonly config: SrsConfig,
    /** The SQLite file, or null for the empty stand-in of a collection not yet made. */
    readonly file: string | null,
  ) {}

  /** A read, with a busy or damaged file turned into one clear line. */
  protected read<T>(fn: (db: Db) => T): T {
    return busyGuard(this.file ?? ':memory:', () => fn(this.db));
  }

  /** One write transaction. */
  protected write<T>(fn: (db: Db) => T): T {
    if (this.file === null) throw new GuanhuaError('there is no collection yet; add a deck first: guanhua add <deck-file>');
    return writeTransaction(this.db, this.file, () => fn(this.db));
  }

  /** SQLite's quick check of the whole file in a child process (background-check.ts), for the browse screen. */
  checkInBackground(): RunningCheck {
    if (this.file === null) return { done: Promise.resolve(null), stop: () => {} };
    return checkInBackground(this.file, this.db);
  }

  /** SQLite's quick check of the whole file now (database.ts verifyIntact): a damaged file gives the damage line. */
  verify(): void {
    if (this.file !== null) verifyIntact(this.db, this.file);
  }

  search(opts: SearchOptions): SearchResult {
    return this.read((db) => searchCards(db, opts));
  }

  /** The card ids a word or id names (several for a word with several readings). */
  resolve(arg: string): string[] {
    return this.read((db) => resolveCards(db, arg));
  }

  /** Every argument's card ids, in order and once each; an argument naming no card is an error. */
  resolveAll(args: readonly string[]): string[] {
    const out = new Set<string>();
    for (const arg of args) {
      const ids = this.resolve(arg);
      if (ids.length === 0) throw new GuanhuaError(`no card '${arg}' in the collection; 'guanhua cards <query>' finds cards by characters, pinyin or meaning`);
      for (const id of ids) out.add(id);
    }
    return [...out];
  }

  detail(id: string, now: Date): CardDetail | undefined {
    return this.read((db) => cardDetail(db, id, now));
  }

  /** Suspend, unsuspend, unbury, "I know this" on or off: one transaction for every card. */
  edit(kind: 'suspend' | 'unsuspend' | 'unbury' | 'retire' | 'unretire', ids: readonly string[], now: Date): EditOutcome[] {
    return this.write((db) => editCards(db, kind, ids, now));
  }

  /** New again, history kept (see card-edits.ts). */
  forget(ids: readonly string[], now: Date): EditOutcome[] {
    return this.write((db) => forgetCards(db, ids, now));
  }

  /** A correction of a word, as `guanhua fix` makes it (see learning.ts saveCorrection). */
  correct(fresh: Correction, now: Date): { saved: Correction; cards: number } {
    return this.write((db) => saveCorrection(db, fresh, now));
  }

  removeKnown(words: readonly string[], now: Date): KnownRemoval[] {
    return this.write((db) => removeKnownWords(db, words, now));
  }

  /** A word known in any way: a card of it mature or "I know this", or imported. */
  isKnown(word: string): boolean {
    return this.read((db) => isKnownWord(db, word));
  }

  decks(): DeckSummary[] {
    return this.read((db) => deckSummaries(db));
  }

  renameDeck(from: string, to: string): void {
    this.write((db) => renameDeck(db, from, to));
  }

  /** What removing the deck would do, without doing it. */
  deckRemoval(name: string): DeckRemoval {
    return this.read((db) => deckRemoval(db, name));
  }

  removeDeck(name: string, now: Date): DeckRemoval {
    return this.write((db) => removeDeck(db, name, this.config, now));
  }

  /** `guanhua check`: the file, its references and each card against its log. */
  check(): CheckReport {
    return this.read((db) => checkCollection(db));
  }

  deckNames(): string[] {
    return this.read((db) => db.prepare('SELECT name FROM decks ORDER BY added_at, rowid').pluck().all() as string[]);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens the collection in `home` for managing. create false (the readers: cards, card, decks):
 * a missing collection is an empty stand-in and nothing is created.
 */
export function openManager(home: string, opts: { create?: boolean } = {}): Manager {
  const config = loadConfig(home);
  const file = collectionPath(home);
  if (opts.create === false && !fs.existsSync(file)) return new Manager(openMemoryDatabase(config), config, null);
  try {
    fs.mkdirSync(home, { recursive: true });
  } catch (err) {
    throw new GuanhuaError(`cannot create the guanhua home ${home}: ${(err as Error).message}`);
  }
  return new Manager(openDatabase(file, config), config, file);
}
