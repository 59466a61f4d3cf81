import { learnerDay } from './day.js';
import type { DayClock, Grade } from './types.js';

/**
 * Training items for the FSRS optimizer, pure. For each card, each review that
 * comes on a later learner day than the one before it (a long-term review, the
 * thing FSRS predicts) yields one item: the card's reviews up to and including it,
 * as (rating, days since the previous review; 0 for the first).
 */

export interface ReviewForTraining {
  cardId: string;
  grade: Grade;
  /** ms */
  reviewedAt: number;
}

export interface TrainingItem {
  reviews: { rating: Grade; deltaT: number }[];
}

/** Long-term reviews FSRS should see before its fit is trusted (our threshold, cf. Anki's optimizer guidance). */
export const MIN_TRAINING_ITEMS = 400;

/** `rows` sorted by card, then time. */
export function trainingItems(rows: ReviewForTraining[], clock: DayClock): TrainingItem[] {
  const items: TrainingItem[] = [];
  let card = '';
  let history: { rating: Grade; deltaT: number }[] = [];
  let lastDay = 0;
  for (const r of rows) {
    const day = learnerDay(r.reviewedAt, clock);
    if (r.cardId !== card) {
      card = r.cardId;
      history = [{ rating: r.grade, deltaT: 0 }];
    } else {
      const deltaT = day - lastDay;
      history = [...history, { rating: r.grade, deltaT }];
      if (deltaT > 0) items.push({ reviews: history });
    }
    lastDay = day;
  }
  return items;
}
