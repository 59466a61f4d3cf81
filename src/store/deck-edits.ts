import { GuanhuaError } from '../errors.js';
import { learnerDay } from '../srs/day.js';
import type { DayClock } from '../srs/types.js';
import { redateContent } from './content-dates.js';
import type { Db } from './database.js';
import { indexCards } from './search-index.js';

/**
 * Decks as the learner manages them: each with its cards by state, renamed, removed. Writes run
 * inside the caller's write transaction.
 */

export interface DeckSummary {
  name: string;
  /** The source article's title. */
  title: string;
  cards: number;
  /** Cards by state, each card in one bucket as `guanhua stats` counts: known, else suspended, else its FSRS state. */
  new: number;
  learning: number;
  review: number;
  suspended: number;
  known: number;
}

export function deckSummaries(db: Db): DeckSummary[] {
  const counts = new Map(
    (db.prepare(
      `SELECT cd.deck, count(*) AS cards, sum(c.retired = 1) AS known, sum(c.retired = 0 AND c.suspended = 1) AS suspended,
         sum(c.retired = 0 AND c.suspended = 0 AND c.state = 0) AS new,
         sum(c.retired = 0 AND c.suspended = 0 AND c.state IN (1, 3)) AS learning,
         sum(c.retired = 0 AND c.suspended = 0 AND c.state = 2) AS review
       FROM card_decks cd JOIN cards c ON c.id = cd.card_id GROUP BY cd.deck`,
    ).all() as (Omit<DeckSummary, 'title'> & { deck: string })[]).map((r) => [r.deck, r]),
  );
  const decks = db.prepare('SELECT name, title FROM decks ORDER BY added_at, rowid').all() as { name: string; title: string }[];
  return decks.map(({ name, title }) => {
    const c = counts.get(name);
    return { name, title, cards: c?.cards ?? 0, new: c?.new ?? 0, learning: c?.learning ?? 0, review: c?.review ?? 0, suspended: c?.suspended ?? 0, known: c?.known ?? 0 };
  });
}

const exists = (db: Db, name: string) => db.prepare('SELECT 1 FROM decks WHERE name = ?').pluck().get(name) !== undefined;

function mustExist(db: Db, name: string): void {
  if (!exists(db, name)) throw new GuanhuaError(`no deck named '${name}' in the collection; 'guanhua decks' lists them`);
}

/**
 * The deck's name changes; its cards, progress and order stay. The old name is remembered, so
 * adding the deck file (which still carries it) again updates this deck instead of making another.
 */
export function renameDeck(db: Db, from: string, to: string): void {
  mustExist(db, from);
  if (to.trim() === '') throw new GuanhuaError('a deck name cannot be empty');
  if (from === to) return;
  if (exists(db, to)) throw new GuanhuaError(`there is a deck named '${to}' already; choose another name or remove that deck first`);
  db.prepare('UPDATE decks SET name = ? WHERE name = ?').run(to, from);
  db.prepare('UPDATE card_decks SET deck = ? WHERE deck = ?').run(to, from);
  db.prepare('UPDATE deck_renames SET new_name = ? WHERE new_name = ?').run(to, from);
  db.prepare('DELETE FROM deck_renames WHERE old_name = ?').run(to);
  db.prepare('INSERT INTO deck_renames (old_name, new_name) VALUES (?, ?) ON CONFLICT (old_name) DO UPDATE SET new_name = excluded.new_name').run(from, to);
}

/** The collection's name for a deck file's name: itself when a deck has it, else what it was renamed to. */
export function currentDeckName(db: Db, name: string): string {
  if (exists(db, name)) return name;
  return (db.prepare('SELECT new_name FROM deck_renames WHERE old_name = ?').pluck().get(name) as string | undefined) ?? name;
}

export interface DeckRemoval {
  name: string;
  /** Cards of the deck. */
  cards: number;
  /** Of those, cards in no other deck: they go, with their reviews. */
  removed: number;
  /** Reviews of the cards that go. */
  reviews: number;
}

/** What removing the deck would do (nothing is written). */
export function deckRemoval(db: Db, name: string): DeckRemoval {
  mustExist(db, name);
  const r = db.prepare(
    `SELECT count(*) AS cards, coalesce(sum(alone), 0) AS removed, coalesce(sum(CASE WHEN alone THEN n ELSE 0 END), 0) AS reviews FROM (
       SELECT NOT EXISTS (SELECT 1 FROM card_decks o WHERE o.card_id = cd.card_id AND o.deck <> cd.deck) AS alone,
         (SELECT count(*) FROM review_log l WHERE l.card_id = cd.card_id) AS n
       FROM card_decks cd WHERE cd.deck = ?)`,
  ).get(name) as { cards: number; removed: number; reviews: number };
  return { name, ...r };
}

/**
 * Removes the deck. Its cards that are in another deck stay, with their progress (their examples
 * from this deck go); the others go with their reviews. The days studied (review_days, the
 * heatmap) lose the reviews that went.
 */
export function removeDeck(db: Db, name: string, clock: DayClock, now: Date): DeckRemoval {
  const plan = deckRemoval(db, name);
  const ids = db.prepare('SELECT card_id FROM card_decks WHERE deck = ?').pluck().all(name) as string[];
  db.prepare('DELETE FROM card_decks WHERE deck = ?').run(name);
  db.prepare('DELETE FROM decks WHERE name = ?').run(name);
  db.prepare('DELETE FROM deck_renames WHERE new_name = ?').run(name);
  const inAnother = db.prepare('SELECT 1 FROM card_decks WHERE card_id = ?').pluck();
  const stay: string[] = [];
  const go: string[] = [];
  for (const id of ids) (inAnother.get(id) !== undefined ? stay : go).push(id);
  const times = db.prepare('SELECT reviewed_at FROM review_log WHERE card_id = ? UNION ALL SELECT reviewed_at FROM recall_reviews WHERE card_id = ?').pluck();
  const lessDay = db.prepare('UPDATE review_days SET reviews = reviews - 1 WHERE day = ?');
  const deletes = ['review_log', 'recall_reviews', 'recall_cards', 'card_boosts', 'card_resets', 'card_due_sets', 'card_search']
    .map((table) => db.prepare(`DELETE FROM ${table} WHERE card_id = ?`));
  const deleteCard = db.prepare('DELETE FROM cards WHERE id = ?');
  for (const id of go) {
    for (const t of times.all(id, id) as number[]) lessDay.run(learnerDay(t, clock));
    for (const d of deletes) d.run(id);
    deleteCard.run(id);
  }
  db.prepare('DELETE FROM review_days WHERE reviews <= 0').run();
  redateContent(db, stay, now);
  indexCards(db, stay);
  return plan;
}
