import type { DeckCard } from '../model/deck.js';
import type { CardState, Grade, Schedule } from '../srs/types.js';

/**
 * The collection, managed (issue 14): what `guanhua cards`, `card`, `decks`, the edits and the
 * browse screen read and change.
 */

/** What a card is to the learner now: "I know this" first, then suspended, then buried, else its FSRS state. */
export type CardStatus = CardState | 'suspended' | 'buried' | 'known';

export const CARD_STATUSES: readonly CardStatus[] = ['new', 'learning', 'review', 'relearning', 'suspended', 'buried', 'known'];

/** One card in a list (`guanhua cards --json` writes these fields). */
export interface CardSummary {
  id: string;
  word: string;
  pinyin: string;
  /** Oldest deck first. */
  decks: string[];
  state: CardStatus;
  due: Date;
  stability: number;
  difficulty: number;
  /** Every answer in its review log (also those before a forget). */
  reviews: number;
  lapses: number;
}

export interface SearchOptions {
  /** Characters, pinyin with or without tones, or a meaning word; empty or absent: every card. */
  query?: string;
  deck?: string;
  state?: CardStatus;
  now: Date;
  /** At most this many cards (the best matches); `total` still counts them all. */
  limit?: number;
}

export interface SearchResult {
  cards: CardSummary[];
  /** Every match, before the limit. */
  total: number;
}

/** One answer of a card's history. */
export interface HistoryEntry {
  time: Date;
  grade: Grade;
  /** Learner days since the previous answer. */
  elapsed: number;
  /** Days until the next review this answer gave (0 within the day's steps). */
  scheduled: number;
  stateBefore: CardState;
  stateAfter: CardState;
  durationMs: number;
}

export interface CardDetail extends CardSummary {
  /** Its content merged across its decks (null only for a card that lost every deck copy). */
  card: DeckCard | null;
  schedule: Schedule;
  suspended: boolean;
  buriedUntil: Date | null;
  retired: boolean;
  /** Every answer, oldest first. */
  history: HistoryEntry[];
  /** When `guanhua forget` (or Anki's Forget, imported) made it new again, oldest first. */
  forgotten: Date[];
  /**
   * The word's Recall card studied in Anki (`guanhua import`): its memory's stability in days
   * (0 when new or forgotten) and its answers, oldest first; null when none came.
   */
  recall: { stability: number; history: { time: Date; grade: Grade; durationMs: number }[] } | null;
}
