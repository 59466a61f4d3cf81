import type Database from 'better-sqlite3';
import { learnerDay } from '../srs/day.js';
import type { DayClock } from '../srs/types.js';
import { indexCards } from './search-index.js';

/**
 * The collection's schema, versioned by PRAGMA user_version. MIGRATIONS[i] takes a
 * collection from version i to i+1; a new collection runs them all. Never edit a
 * shipped step: add one. Times are integer milliseconds since the epoch (UTC).
 */

/** Version 1, the first schema, exactly as shipped (kept so old collections can be migrated and tested). */
export const SCHEMA_V1 = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE decks (
  name TEXT PRIMARY KEY, title TEXT NOT NULL, source TEXT NOT NULL,
  added_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
);
CREATE TABLE cards (
  id TEXT PRIMARY KEY, state INTEGER NOT NULL, due INTEGER NOT NULL,
  stability REAL NOT NULL, difficulty REAL NOT NULL, elapsed_days INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL, learning_steps INTEGER NOT NULL, reps INTEGER NOT NULL,
  lapses INTEGER NOT NULL, last_review INTEGER, suspended INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE card_decks (
  deck TEXT NOT NULL, card_id TEXT NOT NULL, rank INTEGER NOT NULL,
  content TEXT NOT NULL, updated_at INTEGER NOT NULL,
  PRIMARY KEY (deck, card_id)
) WITHOUT ROWID;
CREATE TABLE review_log (
  id INTEGER PRIMARY KEY, card_id TEXT NOT NULL, grade INTEGER NOT NULL,
  reviewed_at INTEGER NOT NULL, duration_ms INTEGER NOT NULL,
  state_before INTEGER NOT NULL, state_after INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL, elapsed_days INTEGER NOT NULL,
  stability REAL NOT NULL, difficulty REAL NOT NULL, due INTEGER NOT NULL
);
CREATE INDEX review_log_card ON review_log (card_id, reviewed_at);
CREATE INDEX cards_due ON cards (state, due);
`;

/** Version 2: bury and "I know this", per-day review counts (stats heatmap), indexes for the queue. */
const SCHEMA_V2 = `
ALTER TABLE cards ADD COLUMN buried_until INTEGER;
ALTER TABLE cards ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cards_kind ON cards (state, suspended, retired);
CREATE INDEX card_decks_card ON card_decks (card_id);
CREATE INDEX card_decks_rank ON card_decks (deck, rank);
CREATE INDEX review_log_time ON review_log (reviewed_at, state_before, grade);
CREATE TABLE review_days (day INTEGER PRIMARY KEY, reviews INTEGER NOT NULL);
`;

/** Version 3: cards in the schedule (not new, suspended or retired) by due time, for the 30-day forecast. */
const SCHEMA_V3 = `
CREATE INDEX cards_scheduled_due ON cards (due) WHERE state > 0 AND suspended = 0 AND retired = 0;
`;

/** Version 4: the queue's columns (and id, for joins) in one index, so counting today's cards never reads the table. */
const SCHEMA_V4 = `
CREATE INDEX cards_queue ON cards (state, due, suspended, retired, buried_until, id);
DROP INDEX cards_due;
`;

/**
 * Version 5: the learning loop (issue 6). cards.word: the card's word (fixed by its id), so the
 * known-word set is read from two small partial indexes instead of every card's JSON;
 * known_words: words the learner imported as known; corrections: the learner's fixes of a word
 * (JSON, see src/model/corrections.ts), applied by generate and whenever a deck is added;
 * card_boosts: new cards moved to the front of the new-card queue because an article just read
 * contains them (latest boost first, then article order).
 */
const SCHEMA_V5 = `
ALTER TABLE cards ADD COLUMN word TEXT;
UPDATE cards SET word = (SELECT json_extract(content, '$.word') FROM card_decks WHERE card_id = cards.id LIMIT 1);
CREATE INDEX cards_word ON cards (word);
CREATE INDEX cards_mature ON cards (word) WHERE stability >= 21;
CREATE INDEX cards_retired ON cards (word) WHERE retired = 1;
CREATE TABLE known_words (word TEXT PRIMARY KEY, added_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE corrections (word TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE card_boosts (card_id TEXT PRIMARY KEY, boosted_at INTEGER NOT NULL, position INTEGER NOT NULL) WITHOUT ROWID;
`;

/**
 * Version 6: when each card's content last changed (src/store/content-dates.ts), so that its
 * Anki note keeps one modification time across exports. Cards from before: the last time one of
 * their deck copies changed; content_key stays null until the next change.
 */
const SCHEMA_V6 = `
ALTER TABLE cards ADD COLUMN content_key TEXT;
ALTER TABLE cards ADD COLUMN content_changed_at INTEGER;
UPDATE cards SET content_changed_at = coalesce((SELECT max(updated_at) FROM card_decks WHERE card_id = cards.id), created_at);
`;

/**
 * Version 7: when the learner last changed a card here (answer, suspend, bury, "I know this",
 * import), so that `guanhua import` can tell which side's suspended / buried state is newer.
 * Null on cards from before: their last review time stands in.
 */
const SCHEMA_V7 = `
ALTER TABLE cards ADD COLUMN modified_at INTEGER;
UPDATE cards SET modified_at = last_review;
`;

/**
 * Version 8: the collection, managed (issue 14). card_search: each card's search key (src/learn/
 * card-search.ts: word, traditional form, reading, its letters, meanings; and the pinyin shown), kept with its merged
 * content (src/store/search-index.ts); card_resets: when `guanhua forget` made a card new again
 * (its log is kept: replays start from the last reset); deck_renames: a renamed deck's earlier
 * names, so that adding its deck file again updates the renamed deck.
 */
const SCHEMA_V8 = `
CREATE TABLE card_search (
  card_id TEXT PRIMARY KEY, word TEXT NOT NULL, traditional TEXT NOT NULL, pinyin TEXT NOT NULL, reading TEXT NOT NULL,
  letters TEXT NOT NULL, meanings TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE card_resets (card_id TEXT NOT NULL, reset_at INTEGER NOT NULL, PRIMARY KEY (card_id, reset_at)) WITHOUT ROWID;
CREATE TABLE deck_renames (old_name TEXT PRIMARY KEY, new_name TEXT NOT NULL) WITHOUT ROWID;
`;

/**
 * Version 9: due dates the learner set by hand in Anki ("Set Due Date", FSRS rescheduling),
 * brought by `guanhua import`: a replay of the card's log moves its due there (src/srs/replay.ts).
 */
const SCHEMA_V9 = `
CREATE TABLE card_due_sets (card_id TEXT NOT NULL, set_at INTEGER NOT NULL, due INTEGER NOT NULL, PRIMARY KEY (card_id, set_at)) WITHOUT ROWID;
`;

/**
 * Version 10: Recall cards studied in Anki (guanhua reviews Recognition only): each Recall answer
 * once, and the Recall card's memory (its stability as Anki holds it), which makes the word known
 * when mature. Never replayed into the Recognition card.
 */
const SCHEMA_V10 = `
CREATE TABLE recall_reviews (
  card_id TEXT NOT NULL, reviewed_at INTEGER NOT NULL, grade INTEGER NOT NULL, duration_ms INTEGER NOT NULL,
  PRIMARY KEY (card_id, reviewed_at)
) WITHOUT ROWID;
CREATE TABLE recall_cards (card_id TEXT PRIMARY KEY, stability REAL NOT NULL, changed_at INTEGER NOT NULL) WITHOUT ROWID;
`;

type Migration = (db: Database.Database, clock: DayClock) => void;

export const MIGRATIONS: Migration[] = [
  (db) => db.exec(SCHEMA_V1),
  (db, clock) => {
    db.exec(SCHEMA_V2);
    // Per-day counts from the existing log, in the learner's days.
    const counts = new Map<number, number>();
    for (const t of db.prepare('SELECT reviewed_at FROM review_log').pluck().iterate() as IterableIterator<number>) {
      const day = learnerDay(t, clock);
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
    const put = db.prepare('INSERT INTO review_days (day, reviews) VALUES (?, ?)');
    for (const [day, n] of counts) put.run(day, n);
  },
  (db) => db.exec(SCHEMA_V3),
  (db) => db.exec(SCHEMA_V4),
  (db) => db.exec(SCHEMA_V5),
  (db) => db.exec(SCHEMA_V6),
  (db) => db.exec(SCHEMA_V7),
  (db) => {
    db.exec(SCHEMA_V8);
    indexCards(db, db.prepare('SELECT id FROM cards').pluck().all() as string[]);
  },
  (db) => db.exec(SCHEMA_V9),
  (db) => db.exec(SCHEMA_V10),
];

export const SCHEMA_VERSION = MIGRATIONS.length;
