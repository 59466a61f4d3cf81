import type { QueueCandidates } from './queue.js';
import type { QueueCounts } from './types.js';

/**
 * Today's queue held in memory between answers, pure. It is read once from the collection and
 * then kept up to date by each change the session makes, card by card, giving what a fresh read
 * would give (the collection re-reads it when anything else changed). States: 0 new,
 * 1 learning, 2 review, 3 relearning.
 */
export interface QueueSnapshot {
  /** Every active learning/relearning card of the selection, by (due, id); the learn-ahead window is applied when drawing. */
  learning: { id: string; due: number }[];
  /** Reviews due before the day ends, by (due, id), cut to the allowance. */
  reviews: { id: string; due: number }[];
  /** New cards in queue order, cut to the allowance. */
  fresh: string[];
  /** New cards and reviews that may still be shown. */
  allowance: { fresh: number; reviews: number };
  /** End of the learner's day the snapshot was read in (epoch ms). */
  dayEnd: number;
}

/** One card's change, as the collection saved it. */
export interface CardChange {
  id: string;
  /** An answer counts against the day's allowance by the state the card had (0 new, 2 review); `at`: when (epoch ms). */
  answered: { stateBefore: number; at: number } | null;
  /** The card's state and due time now, or null when it left the queue (suspended, buried, retired). */
  after: { state: number; due: number } | null;
}

const byDueThenId = (a: { id: string; due: number }, b: { id: string; due: number }) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function inserted(list: { id: string; due: number }[], entry: { id: string; due: number }) {
  const i = list.findIndex((e) => byDueThenId(entry, e) < 0);
  return i < 0 ? [...list, entry] : [...list.slice(0, i), entry, ...list.slice(i)];
}

/** The snapshot after one change; null when a fresh read is needed (the card became new again). */
export function applyChange(s: QueueSnapshot, change: CardChange): QueueSnapshot | null {
  const { id, answered, after } = change;
  if (after !== null && after.state === 0) return null;
  const allowance = { ...s.allowance };
  if (answered?.stateBefore === 0) allowance.fresh = Math.max(0, allowance.fresh - 1);
  if (answered?.stateBefore === 2) allowance.reviews = Math.max(0, allowance.reviews - 1);
  // A list cut at its allowance that loses a card the allowance still covers would take in the
  // next card beyond the cut, which only a read can name.
  const cutShort = (had: number, has: number, before: number, now: number) => had === before && has < had && now === before;
  let learning = s.learning.filter((e) => e.id !== id);
  let reviews = s.reviews.filter((e) => e.id !== id);
  const fresh = s.fresh.filter((e) => e !== id);
  if (cutShort(s.fresh.length, fresh.length, s.allowance.fresh, allowance.fresh)) return null;
  if (cutShort(s.reviews.length, reviews.length, s.allowance.reviews, allowance.reviews)) return null;
  if (after !== null && (after.state === 1 || after.state === 3)) learning = inserted(learning, { id, due: after.due });
  if (after !== null && after.state === 2 && after.due < s.dayEnd) reviews = inserted(reviews, { id, due: after.due });
  return { ...s, learning, reviews: reviews.slice(0, allowance.reviews), fresh: fresh.slice(0, allowance.fresh), allowance };
}

/** What pickNext draws from at `nowMs`: learning cards within the learn-ahead window. */
export function candidatesAt(s: QueueSnapshot, nowMs: number, learnAheadMs: number): Omit<QueueCandidates, 'sinceLastNew'> {
  const horizon = nowMs + learnAheadMs;
  return { learning: s.learning.filter((e) => e.due <= horizon), reviews: s.reviews.map((e) => e.id), fresh: s.fresh };
}

export function snapshotCounts(s: QueueSnapshot, nowMs: number, learnAheadMs: number): QueueCounts {
  const horizon = nowMs + learnAheadMs;
  return { new: s.fresh.length, learning: s.learning.filter((e) => e.due <= horizon).length, review: s.reviews.length };
}
