import type { Deck } from '../model/deck.js';
import type { Db } from './database.js';
import type { AddResult } from './types.js';
import { applyToCard } from '../learn/corrections.js';
import { corrections } from './learning.js';
import { redateContent } from './content-dates.js';
import { indexCards } from './search-index.js';
import { currentDeckName } from './deck-edits.js';

/**
 * Adds a deck or updates it, inside the caller's write transaction. Cards are
 * matched by id across the whole collection: an id already present keeps its
 * schedule and gains this deck; a new id starts as a new card due at `now`.
 * Cards missing from a regenerated deck stay in it, with their progress.
 * The learner's corrections (guanhua fix) are laid over every incoming card, so re-adding a
 * deck made before a correction never undoes it.
 */
export function writeDeck(db: Db, deck: Deck, now: Date): AddResult {
  const t = now.getTime();
  // A deck renamed in the collection keeps its new name when its file (with the old one) comes again.
  const name = currentDeckName(db, deck.name);
  const existingDeck = db.prepare('SELECT added_at FROM decks WHERE name = ?').pluck().get(name) as number | undefined;
  db.prepare(
    `INSERT INTO decks (name, title, source, added_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET title = excluded.title, source = excluded.source, updated_at = excluded.updated_at`,
  ).run(name, deck.source.title, JSON.stringify(deck.source), existingDeck ?? t, t);

  const ownCopy = db.prepare('SELECT content, rank FROM card_decks WHERE deck = ? AND card_id = ?');
  const cardExists = db.prepare('SELECT 1 FROM cards WHERE id = ?').pluck();
  const insertCard = db.prepare(
    `INSERT INTO cards (id, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps,
       reps, lapses, last_review, suspended, created_at, buried_until, retired, word)
     VALUES (?, 0, ?, 0, 0, 0, 0, 0, 0, 0, NULL, 0, ?, NULL, 0, ?)`,
  );
  const putCopy = db.prepare(
    `INSERT INTO card_decks (deck, card_id, rank, content, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (deck, card_id) DO UPDATE SET rank = excluded.rank, content = excluded.content, updated_at = excluded.updated_at`,
  );
  const setRank = db.prepare('UPDATE card_decks SET rank = ?, content = ? WHERE deck = ? AND card_id = ?');

  const result: AddResult = { deck: name, added: 0, shared: 0, updated: 0, unchanged: 0 };
  const fixes = corrections(db);
  const changed: string[] = [];
  for (const incoming of deck.cards) {
    const card = applyToCard(incoming, fixes.get(incoming.word));
    const content = JSON.stringify(card);
    const copy = ownCopy.get(name, card.id) as { content: string; rank: number } | undefined;
    if (copy && copy.content === content) {
      result.unchanged++;
      continue;
    }
    if (copy && sameExceptRank(copy.content, card)) {
      setRank.run(card.rank, content, name, card.id);
      result.unchanged++;
      continue;
    }
    if (!cardExists.get(card.id)) {
      insertCard.run(card.id, t, t, card.word);
      result.added++;
    } else if (copy) {
      result.updated++;
    } else {
      result.shared++;
    }
    putCopy.run(name, card.id, card.rank, content, t);
    changed.push(card.id);
  }
  redateContent(db, changed, now);
  indexCards(db, changed);
  // Cards the regenerated deck no longer has stay (with their progress), ranked after its cards.
  const present = new Set(deck.cards.map((c) => c.id));
  const stale = (db.prepare('SELECT card_id FROM card_decks WHERE deck = ? ORDER BY rank').pluck().all(name) as string[])
    .filter((id) => !present.has(id));
  const rankOnly = db.prepare('UPDATE card_decks SET rank = ? WHERE deck = ? AND card_id = ?');
  stale.forEach((id, i) => rankOnly.run(deck.cards.length + i + 1, name, id));
  return result;
}

/** A card whose only change is its place in the ranking is not "updated" content. */
function sameExceptRank(stored: string, card: Deck['cards'][number]): boolean {
  const old = JSON.parse(stored) as { rank?: number };
  return JSON.stringify({ ...old, rank: card.rank }) === JSON.stringify(card);
}
