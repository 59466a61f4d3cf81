import type { Grade } from '../srs/types.js';
import type { DeckRow } from './Overview.js';
import type { QueueStep, ReviewItem, StepDetails } from './session-reducer.js';
import type { Collection, StoredCard, TodayQueue } from '../store/collection.js';
import { trace } from '../trace.js';

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
  /** The queue again, after waiting for learning cards to come due. */
  resume(now: Date): QueueStep;
  answer(cardId: string, grade: Grade, now: Date, durationMs: number): QueueStep;
  /** Takes back the last answer or side action; null when there is none. */
  undo(now: Date): QueueStep | null;
  suspend(cardId: string, now: Date): QueueStep;
  bury(cardId: string, now: Date): QueueStep;
  /** "I know this": the card leaves the queue for good. */
  retire(cardId: string, now: Date): QueueStep;
  /** The next intervals of this card (null: no card) and the queue's counts now. */
  details(cardId: string | null, now: Date): StepDetails;
  /** Cards due by the end of tomorrow in the session's decks. */
  dueTomorrow(now: Date): number;
  /**
   * Whether the card on screen was answered (or suspended, buried…) in another window since it
   * was drawn and is no longer due: then the next step (its `elsewhere` names the card), else null.
   */
  recheck(now: Date): QueueStep | null;
}

export interface ControllerOptions {
  /** Session limits from --new / --reviews (undefined: the day's remaining allowance). */
  newLimit?: number;
  reviewLimit?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Adapts a Collection to the screen's calls. The queue is live: the collection tells it each
 * change it saved, so a step reads only the next card (see src/store/today-queue.ts).
 */
export function collectionController(collection: Collection, opts: ControllerOptions = {}): ReviewController {
  let sessionDecks: string[] | undefined;
  let queue: TodayQueue | null = null;
  const titles = new Map<string, string>();

  const titleOf = (deck: string): string => {
    let t = titles.get(deck);
    if (t === undefined) {
      t = collection.deckByName(deck)?.title ?? deck;
      titles.set(deck, t);
    }
    return t;
  };

  const toItem = (stored: StoredCard): ReviewItem => {
    // A card in several decks is shown under the first one this session is about.
    const deckName = stored.decks.find((d) => sessionDecks === undefined || sessionDecks.includes(d)) ?? stored.decks[0] ?? '';
    return { card: stored.card, deckName, sourceTitle: titleOf(deckName), state: stored.schedule.state, intervals: null };
  };

  const live = (): TodayQueue => {
    if (queue === null) throw new Error('review session used before start()');
    return queue;
  };

  const intervalsOf = (cardId: string, now: Date): StepDetails['intervals'] => {
    const p = collection.previewIntervals(cardId, now);
    return { 1: p[1].interval, 2: p[2].interval, 3: p[3].interval, 4: p[4].interval };
  };

  // The queue is in memory, so a step carries the next card's counts and intervals at once (one
  // frame per key). Only the session's first card leaves its intervals to details(): it is drawn
  // before anything else is ready.
  // The card on screen and its row's stamp when drawn: an answer to it is saved only if no other
  // window answered it meanwhile (see Collection.answer).
  let shown: { id: string; word: string; stamp: string } | null = null;
  const step = (now: Date, withIntervals = true): QueueStep => {
    const next = live().next(now)?.card;
    const waitUntil = next === undefined ? (live().nextLearningDue()?.getTime() ?? null) : null;
    const item = next === undefined ? null : toItem(next);
    shown = next === undefined ? null : { id: next.card.id, word: next.card.word, stamp: collection.cardStamp(next.card.id) ?? '' };
    if (item !== null && withIntervals) item.intervals = intervalsOf(item.card.id, now);
    trace('next card read');
    return { item, counts: live().counts(now), waitUntil };
  };

  return {
    overview: (now) => collection.due(now).decks.map((d) => ({ name: d.name, new: d.new, learning: d.learning, review: d.review })),
    start(decks, now) {
      sessionDecks = decks === null || decks.length === 0 ? undefined : decks;
      queue = collection.todayQueue({ decks: sessionDecks, now, newLimit: opts.newLimit, reviewLimit: opts.reviewLimit });
      return step(now, false);
    },
    resume: (now) => step(now),
    answer(cardId, grade, now, durationMs) {
      const seen = shown?.id === cardId ? shown : null;
      const saved = seen === null ? collection.answer(cardId, grade, now, durationMs) : collection.answer(cardId, grade, now, durationMs, seen.stamp);
      trace('answer committed');
      return saved === null ? { ...step(now), elsewhere: seen!.word } : step(now);
    },
    recheck(now) {
      const seen = shown;
      if (seen === null || !collection.goneElsewhere(seen.id, seen.stamp, now)) return null;
      return { ...step(now), elsewhere: seen.word };
    },
    undo(now) {
      // The store restores the card exactly and requeues it on the live queue, so next() shows it first.
      return collection.undo() === undefined ? null : step(now);
    },
    suspend(cardId, now) {
      collection.suspend(cardId, now);
      return step(now);
    },
    bury(cardId, now) {
      collection.bury(cardId, now);
      return step(now);
    },
    retire(cardId, now) {
      collection.retire(cardId, now);
      return step(now);
    },
    details(cardId, now) {
      const intervals = cardId === null ? null : intervalsOf(cardId, now);
      trace('details computed');
      return { intervals, counts: live().counts(now) };
    },
    dueTomorrow(now) {
      // Reviews and learning cards in tomorrow's queue for these decks (new cards are not "due").
      const tomorrow = collection.todayQueue({ decks: sessionDecks, now: new Date(now.getTime() + DAY_MS), newLimit: 0 });
      return tomorrow.learning + tomorrow.review;
    },
  };
}
