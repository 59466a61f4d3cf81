import type { QueueKind } from './types.js';

/**
 * Today's queue rules, pure: given the candidates (already filtered to the
 * chosen decks, not suspended, buried or retired, and in order), which card comes next.
 *
 * 1. learning and relearning cards due now, earliest first;
 * 2. due reviews (oldest due first) and new cards (deck rank order), new cards spread
 *    evenly among the reviews;
 * 3. when nothing else is left, learning cards due within the learn-ahead window.
 */

export interface QueueCandidates {
  /** Learning/relearning card ids with due time (ms), sorted by due. */
  learning: { id: string; due: number }[];
  /** Due review ids, already cut to the review allowance. */
  reviews: string[];
  /** New card ids, already cut to the new-card allowance. */
  fresh: string[];
  /** Reviews shown since the last new card in this session. */
  sinceLastNew: number;
  /** Ids to show before anything else (an undone card comes back at once). */
  requeued?: string[];
}

export interface NextPick {
  id: string;
  kind: QueueKind;
}

export function pickNext(c: QueueCandidates, nowMs: number, learnAheadMs: number): NextPick | undefined {
  const all = new Set([...c.learning.map((l) => l.id), ...c.reviews, ...c.fresh]);
  for (const id of c.requeued ?? []) {
    if (all.has(id)) return { id, kind: kindOf(c, id) };
  }
  const first = c.learning[0];
  if (first && first.due <= nowMs) return { id: first.id, kind: 'learning' };
  if (newComesNext(c.fresh.length, c.reviews.length, c.sinceLastNew)) return { id: c.fresh[0], kind: 'new' };
  if (c.reviews.length > 0) return { id: c.reviews[0], kind: 'review' };
  if (first && first.due <= nowMs + learnAheadMs) return { id: first.id, kind: 'learning' };
  return undefined;
}

function kindOf(c: QueueCandidates, id: string): QueueKind {
  if (c.fresh.includes(id)) return 'new';
  if (c.reviews.includes(id)) return 'review';
  return 'learning';
}

/**
 * New cards spread among reviews: the reviews left (plus those already shown
 * since the last new card) are shared evenly among the gaps before each new card
 * left, so a new card comes after every R/N reviews. When reviews run out the rest
 * of the new cards follow.
 */
export function newComesNext(newLeft: number, reviewsLeft: number, sinceLastNew: number): boolean {
  if (newLeft <= 0) return false;
  if (reviewsLeft <= 0) return true;
  // sinceLastNew >= (reviewsLeft + sinceLastNew) / newLeft, in integers.
  return sinceLastNew * (newLeft - 1) >= reviewsLeft;
}

/** What is left of a daily allowance after what was done today; a session limit replaces it. */
export function allowance(dailyLimit: number, doneToday: number, sessionLimit: number | undefined, doneInSession: number): number {
  if (sessionLimit !== undefined) return Math.max(0, sessionLimit - doneInSession);
  return Math.max(0, dailyLimit - doneToday);
}
