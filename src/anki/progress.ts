import type { CardState, DayClock, ReviewLogEntry } from '../srs/types.js';
import { dayNumber, epochSeconds } from './ids.js';
import type { ExportProgress } from './types.js';

/**
 * guanhua's FSRS state → Anki's scheduling columns, `cards.data` and `revlog`
 * rows (schema 11; rslib/src/card, scheduler/answering, storage/card/data.rs).
 * The mapping is documented in the README ("Anki export: progress").
 */

/** Anki's learning steps in the deck options written with the package (minutes), as ts-fsrs's defaults. */
export const LEARN_STEPS = [1, 10];
export const RELEARN_STEPS = [10];
/** Anki's default starting ease (permille): SM-2 reads it if the learner turns FSRS off. */
export const INITIAL_EASE = 2500;
/** Anki caps an answer's recorded time at the deck's maxTaken, 60 s. */
export const MAX_ANSWER_MS = 60_000;

export interface CardColumns {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  data: string;
}

export interface ProgressContext {
  /** 1-based new-card position: the card's place in the deck. */
  position: number;
  /** col.crt in ms: day numbers count from this day start. */
  crtMs: number;
  /** The learner's day (zone and start hour) that due days are counted in. */
  clock: DayClock;
  now: Date;
  desiredRetention: number;
  decay: number;
  /** How many learning and relearning steps the learner's scheduler has (for `left`). */
  learningSteps: number;
  relearningSteps: number;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** A new card, also what every card is without --with-progress. */
export const newCardColumns = (position: number): CardColumns => ({
  type: 0, queue: 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: '{}',
});

/** cards.data as Anki writes it: FSRS memory state rounded like CardData::convert_to_json. */
export function memoryStateData(p: ExportProgress, ctx: ProgressContext): string {
  const { stability, difficulty, lastReview } = p.schedule;
  const data: Record<string, number> = { pos: ctx.position };
  if (stability > 0 && difficulty >= 1 && difficulty <= 10) {
    data.s = round(stability, 3);
    data.d = round(difficulty, 3);
    data.dr = round(ctx.desiredRetention, 2);
    data.decay = round(ctx.decay, 3);
    if (lastReview) data.lrt = epochSeconds(lastReview);
  }
  return JSON.stringify(data);
}

/** A card's columns from its progress. */
export function progressColumns(p: ExportProgress, ctx: ProgressContext): CardColumns {
  const s = p.schedule;
  if (s.state === 'new') return withQueueOverrides(newCardColumns(ctx.position), p, ctx.now);
  const common = { reps: s.reps, lapses: s.lapses, data: memoryStateData(p, ctx) };
  let cols: CardColumns;
  if (s.state === 'review') {
    cols = { type: 2, queue: 2, due: dayNumber(s.due, ctx.crtMs, ctx.clock), ivl: Math.max(1, s.scheduledDays), factor: INITIAL_EASE, left: 0, ...common };
  } else {
    const relearning = s.state === 'relearning';
    const steps = relearning ? ctx.relearningSteps : ctx.learningSteps;
    // Intraday steps are due at a time (epoch seconds); steps of a day or more on a day number.
    const interday = s.scheduledDays >= 1;
    cols = {
      type: relearning ? 3 : 1,
      queue: interday ? 3 : 1,
      due: interday ? dayNumber(s.due, ctx.crtMs, ctx.clock) : epochSeconds(s.due),
      // Relearning keeps the review interval the card returns to; FSRS's interval at 90% is ≈ stability.
      ivl: relearning ? Math.max(1, Math.round(s.stability)) : 0,
      factor: relearning ? INITIAL_EASE : 0,
      // Steps still to go; Anki reads left % 1000.
      left: Math.max(1, steps - s.learningSteps),
      ...common,
    };
  }
  return withQueueOverrides(cols, p, ctx.now);
}

/** Suspended (or retired: "I know this"): queue -1; buried by the learner until later: queue -3. The type stays. */
function withQueueOverrides(cols: CardColumns, p: ExportProgress, now: Date): CardColumns {
  if (p.suspended || p.retired) return { ...cols, queue: -1 };
  if (p.buriedUntil && p.buriedUntil.getTime() > now.getTime()) return { ...cols, queue: -3 };
  return cols;
}

export interface RevlogRow {
  id: number;
  cid: number;
  usn: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

const REVLOG_KIND: Record<CardState, number> = { new: 0, learning: 0, review: 1, relearning: 2 };

/** Interval as revlog stores it: days when ≥ 1 day, else negative seconds. */
function revlogInterval(e: ReviewLogEntry): number {
  if (e.scheduledDays >= 1) return e.scheduledDays;
  const secs = Math.round((e.dueAfter.getTime() - e.reviewedAt.getTime()) / 1000);
  return -Math.max(1, secs);
}

/**
 * Revlog rows for one card, oldest first. `takenIds` holds ids already used in
 * the package: revlog ids are millisecond timestamps and must be unique, so a
 * clash moves the later one on by 1 ms.
 */
export function revlogRows(reviews: ReviewLogEntry[], cid: number, takenIds: Set<number>): RevlogRow[] {
  const sorted = [...reviews].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  let lastIvl = 0;
  return sorted.map((e) => {
    let id = e.reviewedAt.getTime();
    while (takenIds.has(id)) id++;
    takenIds.add(id);
    const ivl = revlogInterval(e);
    // FSRS difficulty 1..10 as Anki logs it: ((d - 1) / 9 + 0.1) × 1000, i.e. 100..1100.
    const factor = e.difficultyAfter >= 1 ? Math.round(((e.difficultyAfter - 1) / 9 + 0.1) * 1000) : 0;
    const row: RevlogRow = {
      id,
      cid,
      usn: -1,
      ease: e.grade,
      ivl,
      lastIvl,
      factor,
      time: Math.min(MAX_ANSWER_MS, Math.max(0, Math.round(e.durationMs))),
      type: REVLOG_KIND[e.stateBefore],
    };
    lastIvl = ivl;
    return row;
  });
}
