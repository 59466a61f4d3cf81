import type { Grade } from '../srs/types.js';
import type { DeckRow } from './Overview.js';
import type { QueueStep } from './session-reducer.js';

/**
 * What the review screen needs from the collection, as plain calls. Every call
 * that changes the collection has saved durably before it returns; each returns
 * the next step of the queue so the screen never shows a stale card.
 */
export interface ReviewController {
  /** Today's counts per deck, for the overview. */
  overview(now: Date): DeckRow[];
  /** Begins a session over these decks (null: every deck). */
  start(decks: string[] | null, now: Date): QueueStep;
  answer(cardId: string, grade: Grade, now: Date, durationMs: number): QueueStep;
  /** Takes back the last answer or side action; null when there is none. */
  undo(now: Date): QueueStep | null;
  suspend(cardId: string, now: Date): QueueStep;
  bury(cardId: string, now: Date): QueueStep;
  /** "I know this": the card leaves the queue for good. */
  retire(cardId: string, now: Date): QueueStep;
  /** Cards due by the end of tomorrow in the session's decks. */
  dueTomorrow(now: Date): number;
}
