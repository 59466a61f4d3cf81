import { learnerDay } from '../srs/day.js';
import type { ForeignRecall } from '../srs/foreign.js';
import type { DayClock } from '../srs/types.js';
import type { Db } from './database.js';
import { notYetKept } from './same-time.js';

/**
 * A word's Recall card studied in Anki, merged inside the import's transaction. guanhua reviews
 * Recognition only: Recall answers are the word's history (recall_reviews, each once, counted
 * in the days studied), never replayed into the Recognition card, whose memory is of another
 * task. The Recall card's memory (recall_cards.stability) follows the side that changed it last,
 * and makes the word known once mature (src/store/learning.ts).
 */

export interface RecallMerge {
  merge(cardId: string, recall: ForeignRecall, perDay: Map<number, number>): { reviewsAdded: number; changed: boolean };
}

export function recallMerge(db: Db, clock: DayClock): RecallMerge {
  const keptTimes = db.prepare('SELECT reviewed_at FROM recall_reviews WHERE card_id = ?').pluck();
  const addReview = db.prepare('INSERT INTO recall_reviews (card_id, reviewed_at, grade, duration_ms) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const memory = db.prepare('SELECT stability, changed_at FROM recall_cards WHERE card_id = ?');
  const putMemory = db.prepare(
    `INSERT INTO recall_cards (card_id, stability, changed_at) VALUES (?, ?, ?)
     ON CONFLICT (card_id) DO UPDATE SET stability = excluded.stability, changed_at = excluded.changed_at`,
  );
  return {
    merge(cardId, recall, perDay) {
      const fresh = notYetKept(keptTimes.all(cardId) as number[], recall.reviews, (r) => r.reviewedAt.getTime());
      for (const r of fresh) {
        const t = r.reviewedAt.getTime();
        addReview.run(cardId, t, r.grade, Math.max(0, Math.round(r.durationMs)));
        const day = learnerDay(t, clock);
        perDay.set(day, (perDay.get(day) ?? 0) + 1);
      }
      // Without scheduling the package says nothing of the Recall card's memory.
      let changed = false;
      if (recall.modifiedAt) {
        const kept = memory.get(cardId) as { stability: number; changed_at: number } | undefined;
        const there = recall.modifiedAt.getTime();
        // A Recall card never studied anywhere needs no row.
        if (there > (kept?.changed_at ?? -Infinity) && (kept?.stability ?? 0) !== recall.stability) {
          putMemory.run(cardId, recall.stability, there);
          changed = true;
        }
      }
      return { reviewsAdded: fresh.length, changed };
    },
  };
}
