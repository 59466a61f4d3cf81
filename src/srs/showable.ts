/**
 * Whether today's queue may show a card now, from its row as it is this moment: a second review
 * screen on the same collection may have answered, suspended or buried it since it was drawn.
 * Pure. States: 0 new, 1 learning, 2 review, 3 relearning.
 */
export interface CardNow {
  state: number;
  /** Epoch ms. */
  due: number;
  suspended: boolean;
  retired: boolean;
  /** Epoch ms, or null. */
  buriedUntil: number | null;
}

/** New; learning due within the learn-ahead window; a review due before the learner's day ends. Never suspended, known or buried. */
export function showableNow(c: CardNow, nowMs: number, learnAheadMs: number, dayEndMs: number): boolean {
  if (c.suspended || c.retired || (c.buriedUntil !== null && c.buriedUntil > nowMs)) return false;
  if (c.state === 0) return true;
  if (c.state === 2) return c.due < dayEndMs;
  return c.due <= nowMs + learnAheadMs;
}
