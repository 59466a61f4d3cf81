import { noteContentKey } from '../deck/note-content.js';
import type { Db } from './database.js';
import { COPIES_OF_CARD, mergeContent, type ContentRow } from './rows.js';

/**
 * When each card's content last changed: `cards.content_changed_at`, with `cards.content_key`
 * the digest of what its Anki note shows (src/deck/note-content.ts) at that time. Called inside
 * the write transaction after a card's deck copies changed (add, fix): the time moves only when
 * the merged content's note differs, so re-adding an unchanged deck, reranking or new later
 * examples leave it be. The Anki export dates each note by it (notes.mod).
 */
export function redateContent(db: Db, cardIds: Iterable<string>, now: Date): void {
  const copies = db.prepare(COPIES_OF_CARD);
  const storedKey = db.prepare('SELECT content_key FROM cards WHERE id = ?').pluck();
  const setKey = db.prepare('UPDATE cards SET content_key = ?, content_changed_at = ? WHERE id = ?');
  for (const id of cardIds) {
    const rows = copies.all(id) as ContentRow[];
    if (rows.length === 0) continue;
    const key = noteContentKey(mergeContent(rows));
    if (storedKey.get(id) !== key) setKey.run(key, now.getTime(), id);
  }
}
