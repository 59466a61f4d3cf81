import type { Grade } from './types.js';

/**
 * A card's progress as another scheduler (Anki) kept it: what `guanhua import` brings back.
 * Plain data, made by src/anki from a package and merged by src/store.
 */

export interface ForeignReview {
  reviewedAt: Date;
  grade: Grade;
  /** How long the answer took, ms. */
  durationMs: number;
  /**
   * When that scheduler set the card due after this answer, and whether that was a day
   * interval (true) or a step within the day (false); null when it gave none.
   */
  given: { due: Date; interday: boolean } | null;
}

export interface ForeignCard {
  /** The guanhua card id (an Anki note's GUID). */
  cardId: string;
  /** Oldest first. */
  reviews: ForeignReview[];
  suspended: boolean;
  /** Buried until this instant (in Anki, until the day after it was buried); null: not buried. */
  buriedUntil: Date | null;
  /**
   * When the card last changed there; null when the package carries no scheduling (then its
   * suspended / buried state says nothing).
   */
  modifiedAt: Date | null;
}
