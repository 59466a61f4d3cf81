import { applyToCard, combine, correctionFromJson, correctionToJson } from '../learn/corrections.js';
import type { DeckCard } from '../model/deck.js';
import type { Correction } from '../model/corrections.js';
import type { Db } from './database.js';
import { redateContent } from './content-dates.js';
import { indexCards } from './search-index.js';

/**
 * The learning loop's tables (schema version 5), as plain functions of a connection, so the
 * read-only reader and the writer (both opened in learning-store.ts) share one set of queries.
 * A known word is the word of a card with stability ≥ MATURE_DAYS or retired ("I know this"),
 * or of a Recall card studied in Anki with that stability, or a word imported with
 * `guanhua known import`.
 */
export const MATURE_DAYS = 21;

/** True when the connection's schema has the learning tables (an older file opened read-only may not). */
export function hasLearningTables(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'known_words'").pluck().get() !== undefined;
}

/** Words whose Recall card, studied in Anki, is mature (schema 10 on: src/store/recall-import.ts). */
const RECALL_KNOWN_SQL = `SELECT c.word FROM recall_cards r JOIN cards c ON c.id = r.card_id WHERE r.stability >= ${MATURE_DAYS}`;

/**
 * The known-word set from schema 5 on: two partial indexes, the imports and mature Recall cards
 * (see QueueSource too).
 */
export const KNOWN_WORDS_SQL = `SELECT word FROM cards WHERE stability >= ${MATURE_DAYS}
  UNION SELECT word FROM cards WHERE retired = 1 UNION SELECT word FROM known_words UNION ${RECALL_KNOWN_SQL}`;

/** Schema 5 to 9, opened read-only as it is: no Recall cards yet. */
const KNOWN_WORDS_BEFORE_RECALL_SQL = KNOWN_WORDS_SQL.replace(` UNION ${RECALL_KNOWN_SQL}`, '');

const hasRecallTables = (db: Db) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'recall_cards'").pluck().get() !== undefined;

export function knownWords(db: Db): Set<string> {
  if (hasLearningTables(db)) {
    return new Set(db.prepare(hasRecallTables(db) ? KNOWN_WORDS_SQL : KNOWN_WORDS_BEFORE_RECALL_SQL).pluck().all() as string[]);
  }
  // An older collection opened read-only: the words are in each deck's copy of the card.
  return new Set(
    db.prepare(
      `SELECT DISTINCT json_extract(cd.content, '$.word') FROM card_decks cd
       WHERE cd.card_id IN (SELECT id FROM cards WHERE stability >= ${MATURE_DAYS} UNION SELECT id FROM cards WHERE retired = 1)`,
    ).pluck().all() as string[],
  );
}

/** Adds imported known words; returns how many were not imported before. */
export function importKnownWords(db: Db, words: Iterable<string>, now: Date): number {
  const put = db.prepare('INSERT INTO known_words (word, added_at) VALUES (?, ?) ON CONFLICT (word) DO NOTHING');
  let added = 0;
  for (const w of words) added += put.run(w, now.getTime()).changes;
  return added;
}

export function corrections(db: Db): Map<string, Correction> {
  const out = new Map<string, Correction>();
  if (!hasLearningTables(db)) return out;
  for (const r of db.prepare('SELECT word, value FROM corrections ORDER BY word').all() as { word: string; value: string }[]) {
    out.set(r.word, correctionFromJson(r.word, r.value));
  }
  return out;
}

export function putCorrection(db: Db, c: Correction, now: Date): void {
  db.prepare(
    `INSERT INTO corrections (word, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (word) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(c.word, correctionToJson(c), now.getTime());
}

export function removeCorrection(db: Db, word: string): boolean {
  return db.prepare('DELETE FROM corrections WHERE word = ?').run(word).changes > 0;
}

/** Every deck's copy of the cards of `word`: for applying a correction to cards already added. */
export function copiesOfWord(db: Db, word: string): { deck: string; cardId: string; content: string }[] {
  return db.prepare(
    'SELECT deck, card_id AS cardId, content FROM card_decks WHERE card_id IN (SELECT id FROM cards WHERE word = ?)',
  ).all(word) as { deck: string; cardId: string; content: string }[];
}

export function rewriteCopy(db: Db, deck: string, cardId: string, content: string, now: Date): void {
  db.prepare('UPDATE card_decks SET content = ?, updated_at = ? WHERE deck = ? AND card_id = ?').run(content, now.getTime(), deck, cardId);
  redateContent(db, [cardId], now);
  indexCards(db, [cardId]);
}

/**
 * New cards (not retired or suspended) whose word is in `words`, in the order of `words`
 * (the article's order of first appearance): what reading an article moves up. Cards of a deck
 * made from this same article (source sha256 `sha`) are left alone: reading it again is not news.
 */
export function newCardsOfWords(db: Db, words: readonly string[], sha: string): string[] {
  if (!hasLearningTables(db)) return []; // an older collection opened read-only: add a deck first
  const rows = db.prepare(
    `SELECT c.id, c.word FROM cards c
     WHERE c.word IN (SELECT value FROM json_each(@words)) AND c.state = 0 AND c.retired = 0 AND c.suspended = 0
       AND NOT EXISTS (SELECT 1 FROM card_decks o JOIN decks d ON d.name = o.deck
                       WHERE o.card_id = c.id AND json_extract(d.source, '$.sha256') = @sha)`,
  ).all({ words: JSON.stringify(words), sha }) as { id: string; word: string }[];
  const at = new Map(words.map((w, i) => [w, i]));
  const order = new Map<string, number>();
  for (const r of rows) order.set(r.id, Math.min(order.get(r.id) ?? Infinity, at.get(r.word)!));
  return [...order].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}

/** Moves these new cards to the front of the new-card queue (this boost ahead of older ones). */
export function boostCards(db: Db, ids: readonly string[], now: Date): void {
  db.prepare('DELETE FROM card_boosts WHERE card_id IN (SELECT id FROM cards WHERE state <> 0)').run();
  const put = db.prepare(
    `INSERT INTO card_boosts (card_id, boosted_at, position) VALUES (?, ?, ?)
     ON CONFLICT (card_id) DO UPDATE SET boosted_at = excluded.boosted_at, position = excluded.position`,
  );
  ids.forEach((id, i) => put.run(id, now.getTime(), i));
}

/**
 * `guanhua fix` and the browse screen's corrections: the fix joins the word's earlier one
 * (combine), is kept, and is laid over the word's cards already in the collection (same card id:
 * progress kept). Returns the correction as saved and how many cards changed. Inside the
 * caller's write transaction.
 */
export function saveCorrection(db: Db, fresh: Correction, now: Date): { saved: Correction; cards: number } {
  const saved = combine(corrections(db).get(fresh.word), fresh);
  putCorrection(db, saved, now);
  const changed = new Set<string>();
  for (const copy of copiesOfWord(db, saved.word)) {
    const card = JSON.parse(copy.content) as DeckCard;
    const fixed = applyToCard(card, saved);
    if (fixed === card) continue;
    rewriteCopy(db, copy.deck, copy.cardId, JSON.stringify(fixed), now);
    changed.add(copy.cardId);
  }
  return { saved, cards: changed.size };
}
