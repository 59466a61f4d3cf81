import type { Db } from './database.js';
import { MATURE_DAYS } from './learning.js';

/**
 * Putting a card right, inside the caller's write transaction: suspend and unsuspend, unbury,
 * forget (new again, its log kept and the reset recorded), "I know this" on and off, and a known
 * word taken back. Each change moves cards.modified_at (what `guanhua import` compares with
 * Anki's card mod); a card already as asked is left alone and reported unchanged.
 */

export interface EditOutcome {
  id: string;
  word: string;
  /** False: the card already was as asked (nothing written). */
  changed: boolean;
}

type Edit = 'suspend' | 'unsuspend' | 'unbury' | 'retire' | 'unretire';

/** Each edit: which cards it changes, and how. */
const EDITS: Record<Edit, { needs: string; set: string }> = {
  suspend: { needs: 'suspended = 0', set: 'suspended = 1' },
  unsuspend: { needs: 'suspended = 1', set: 'suspended = 0' },
  unbury: { needs: 'buried_until > @now', set: 'buried_until = NULL' },
  retire: { needs: 'retired = 0', set: 'retired = 1' },
  unretire: { needs: 'retired = 1', set: 'retired = 0' },
};

const wordOf = (db: Db, id: string) => (db.prepare('SELECT word FROM cards WHERE id = ?').pluck().get(id) as string | null) ?? '';

export function editCards(db: Db, edit: Edit, ids: readonly string[], now: Date): EditOutcome[] {
  const { needs, set } = EDITS[edit];
  const stmt = db.prepare(`UPDATE cards SET ${set}, modified_at = @now WHERE id = @id AND ${needs}`);
  return ids.map((id) => ({ id, word: wordOf(db, id), changed: stmt.run({ id, now: now.getTime() }).changes > 0 }));
}

/**
 * New again: the schedule of a card never reviewed, due now, no longer buried or known
 * (suspended stays as it was). The review log is kept; card_resets records when, so that a
 * replay of the log (guanhua import, guanhua check) starts from here.
 */
export function forgetCards(db: Db, ids: readonly string[], now: Date): EditOutcome[] {
  const t = now.getTime();
  const reset = db.prepare(
    `UPDATE cards SET state = 0, due = @t, stability = 0, difficulty = 0, elapsed_days = 0, scheduled_days = 0, learning_steps = 0,
       reps = 0, lapses = 0, last_review = NULL, buried_until = NULL, retired = 0, modified_at = @t
     WHERE id = @id AND (state <> 0 OR last_review IS NOT NULL OR retired = 1 OR buried_until IS NOT NULL)`,
  );
  const record = db.prepare('INSERT INTO card_resets (card_id, reset_at) VALUES (?, ?) ON CONFLICT DO NOTHING');
  // The word's Recall card from Anki forgets too, until Anki brings a newer state of it.
  const forgetRecall = db.prepare('UPDATE recall_cards SET stability = 0, changed_at = ? WHERE card_id = ? AND stability > 0');
  return ids.map((id) => {
    const wasReset = reset.run({ id, t }).changes > 0;
    if (wasReset) record.run(id, t);
    const recallForgot = forgetRecall.run(t, id).changes > 0;
    return { id, word: wordOf(db, id), changed: wasReset || recallForgot };
  });
}

export interface KnownRemoval {
  word: string;
  /** It was in the imported known words (guanhua known import). */
  imported: boolean;
  /** Its cards that were marked "I know this" and no longer are. */
  unretired: number;
  /**
   * Its cards whose memory alone makes it known (stability ≥ 21 days), `recall` true for a Recall
   * card studied in Anki: forget makes them new.
   */
  mature: { id: string; stability: number; recall: boolean }[];
}

/** `guanhua known remove`: the word is no longer an imported known word nor "I know this". */
export function removeKnownWords(db: Db, words: readonly string[], now: Date): KnownRemoval[] {
  const dropImported = db.prepare('DELETE FROM known_words WHERE word = ?');
  const retired = db.prepare('SELECT id FROM cards WHERE word = ? AND retired = 1').pluck();
  const mature = db.prepare(
    `SELECT id, stability, 0 AS recall FROM cards WHERE word = @w AND stability >= ${MATURE_DAYS} AND retired = 0
     UNION ALL SELECT r.card_id, r.stability, 1 FROM recall_cards r JOIN cards c ON c.id = r.card_id
     WHERE c.word = @w AND r.stability >= ${MATURE_DAYS}`,
  );
  return words.map((word) => {
    const imported = dropImported.run(word).changes > 0;
    const unretired = editCards(db, 'unretire', retired.all(word) as string[], now).filter((o) => o.changed).length;
    const rows = mature.all({ w: word }) as { id: string; stability: number; recall: number }[];
    return { word, imported, unretired, mature: rows.map((r) => ({ id: r.id, stability: r.stability, recall: r.recall === 1 })) };
  });
}

/** Whether a word is known in any way now (a card of it mature or "I know this", its Recall card mature, or imported). */
export function isKnownWord(db: Db, word: string): boolean {
  return db.prepare(
    `SELECT EXISTS (SELECT 1 FROM cards WHERE word = @w AND (stability >= ${MATURE_DAYS} OR retired = 1))
       OR EXISTS (SELECT 1 FROM recall_cards r JOIN cards c ON c.id = r.card_id WHERE c.word = @w AND r.stability >= ${MATURE_DAYS})
       OR EXISTS (SELECT 1 FROM known_words WHERE word = @w)`,
  ).pluck().get({ w: word }) === 1;
}
