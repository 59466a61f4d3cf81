import { searchKey } from '../learn/card-search.js';
import type { DeckCard } from '../model/deck.js';
import type { Db } from './database.js';
import { COPIES_OF_CARD, mergeContent, type ContentRow } from './rows.js';

/**
 * card_search (schema 8): each card's search key from its merged content, written inside the
 * caller's write transaction wherever a card's deck copies change (add, fix, a deck removed); a
 * card with no copy left loses its key.
 */
export function indexCards(db: Db, cardIds: Iterable<string>): void {
  const copies = db.prepare(COPIES_OF_CARD);
  const put = db.prepare(
    `INSERT INTO card_search (card_id, word, traditional, pinyin, reading, letters, meanings) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (card_id) DO UPDATE SET word = excluded.word, traditional = excluded.traditional, pinyin = excluded.pinyin, reading = excluded.reading,
       letters = excluded.letters, meanings = excluded.meanings`,
  );
  const drop = db.prepare('DELETE FROM card_search WHERE card_id = ?');
  for (const id of cardIds) {
    const rows = copies.all(id) as ContentRow[];
    if (rows.length === 0) {
      drop.run(id);
      continue;
    }
    // Stored content is read as it is: a field an old or hand-made copy lacks is empty.
    const card: Partial<DeckCard> = mergeContent(rows);
    const k = searchKey({ word: card.word ?? '', traditional: card.traditional, pinyinNumbered: card.pinyinNumbered ?? '', definitions: card.definitions ?? [] });
    put.run(id, k.word, k.traditional, card.pinyin ?? '', k.reading, k.letters, k.meanings);
  }
}
