import type { DeckCard, DeckSource } from '../model/deck.js';
import type { Grade, QueueCounts, QueueKind, ReviewLogEntry, Schedule } from '../srs/types.js';

/** A deck as the collection keeps it. */
export interface StoredDeck {
  name: string;
  title: string;
  source: DeckSource;
  cardCount: number;
  addedAt: Date;
  updatedAt: Date;
}

/**
 * One card of the collection: one per distinct card id, whatever the number of
 * decks it came from. `card` is the content of the deck that last updated it, with
 * `examples` (and `examplesPinyin`) gathered from every deck it belongs to.
 */
export interface StoredCard {
  card: DeckCard;
  schedule: Schedule;
  suspended: boolean;
  /** Buried cards come back at this instant (start of the learner's next day). */
  buriedUntil: Date | null;
  /** "I know this": never shown again, counted as known. */
  retired: boolean;
  /** Names of the decks the card belongs to, oldest deck first. */
  decks: string[];
  /** When the content its Anki note shows (src/deck/note-content.ts) last changed here. */
  contentChangedAt: Date;
  /**
   * When the learner last changed the card's state here (an answer, suspend, bury, "I know
   * this"), else when it was added: what `guanhua import` weighs against Anki's card mod.
   */
  stateChangedAt: Date;
}

export interface AddResult {
  deck: string;
  /** Cards new to the collection. */
  added: number;
  /** Cards other decks had already brought: they keep their progress and now belong to this deck too. */
  shared: number;
  /** Cards of this deck whose content changed since it was last added. */
  updated: number;
  unchanged: number;
}

export interface AnswerResult {
  cardId: string;
  grade: Grade;
  /** The card after the answer. */
  schedule: Schedule;
  log: ReviewLogEntry;
}

export type UndoAction = 'answer' | 'suspend' | 'bury' | 'retire';

export interface UndoResult {
  action: UndoAction;
  cardId: string;
  /** The card as restored (exactly as it was before the action). */
  card: StoredCard;
}

export interface IntervalPreview {
  due: Date;
  /** Short interval: "1m", "10m", "3d", "2.1mo", "1.5y". */
  interval: string;
  /** Grade name and interval: "Good · 3d". */
  label: string;
}

export interface QueueItem {
  kind: QueueKind;
  card: StoredCard;
}

export interface QueueOptions {
  /** Deck names; undefined or empty: every deck. */
  decks?: string[];
  now: Date;
  /** New cards for this session (replaces the day's remaining allowance). */
  newLimit?: number;
  /** Reviews for this session (replaces the day's remaining allowance). */
  reviewLimit?: number;
}

/**
 * Today's queue, live over the collection: counts and next() are recomputed from
 * the database on every call, so answers, undo and other processes are seen.
 * The readonly fields are the counts when the queue was made.
 */
export interface TodayQueue extends QueueCounts {
  counts(now?: Date): QueueCounts;
  /** The card to show now, or undefined when nothing is left (learning cards may come back later). */
  next(now?: Date): QueueItem | undefined;
  /** When the queue is empty but learning cards wait: when the first comes due. */
  nextLearningDue(): Date | undefined;
}

export interface DeckDue extends QueueCounts {
  name: string;
}

export interface DueSummary {
  decks: DeckDue[];
  /** The queue over every deck together (a card in two decks counts once; daily limits apply once). */
  total: QueueCounts;
}

export interface Stats {
  cards: { total: number; new: number; learning: number; review: number; suspended: number; known: number };
  reviews: { total: number; today: number };
  /** Share of reviews of review-state cards in the last 30 days not answered Again; null without such reviews. */
  retention: { days: 30; reviews: number; passed: number; rate: number | null };
  /** forecast[i]: cards due on learner day today+i (overdue count on day 0), i = 0..29. */
  forecast: { day: string; due: number }[];
  /** Reviews per learner day (YYYY-MM-DD), last 365 days, days with reviews only, oldest first. */
  heatmap: { day: string; reviews: number }[];
}
