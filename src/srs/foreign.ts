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

/** A due date the learner set by hand there (Anki's "Set Due Date", or FSRS rescheduling it). */
export interface ForeignDueSet {
  /** When it was set. */
  at: Date;
  /**
   * The start of the learner day it made the card due on. Exact for the card's last change
   * there (read from the card); for an earlier one, which a later answer overrode, the set day
   * plus the interval it logged.
   */
  due: Date;
}

/**
 * The word's Recall card there (meaning → word): guanhua has none of its own, so its answers are
 * kept as the word's and its memory can make the word known, never replayed into Recognition.
 */
export interface ForeignRecall {
  /** Answers, oldest first (`given` unused). */
  reviews: ForeignReview[];
  /** Days: the memory state's stability that scheduler holds, else its interval; 0 for a new card. */
  stability: number;
  /** As ForeignCard.modifiedAt. */
  modifiedAt: Date | null;
}

export interface ForeignCard {
  /** The guanhua card id (an Anki note's GUID). */
  cardId: string;
  /** Oldest first. */
  reviews: ForeignReview[];
  /** When the learner made the card new again there (Anki's "Forget" / "Reset"), oldest first. */
  resets: Date[];
  /** Due dates set by hand there, oldest first. */
  dueSets: ForeignDueSet[];
  /** Its Recall card there, or null. */
  recall: ForeignRecall | null;
  suspended: boolean;
  /** Buried until this instant (in Anki, until the day after it was buried); null: not buried. */
  buriedUntil: Date | null;
  /**
   * When the card last changed there; null when the package carries no scheduling (then its
   * suspended / buried state says nothing).
   */
  modifiedAt: Date | null;
}
