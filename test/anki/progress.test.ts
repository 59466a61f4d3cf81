import { describe, expect, it } from 'vitest';
import { DEFAULT_CLOCK, dayNumber, dayStartMs } from '../../src/anki/ids.js';
import { newCardColumns, progressColumns, revlogRows, type ProgressContext } from '../../src/anki/progress.js';
import type { Schedule } from '../../src/srs/types.js';
import { simulate } from './history.js';

const now = new Date('2026-03-10T12:00:00Z');
const crtMs = dayStartMs(new Date('2026-03-01T12:00:00Z'));
const ctx: ProgressContext = { position: 7, crtMs, clock: DEFAULT_CLOCK, now, desiredRetention: 0.9, decay: 0.1542, learningSteps: 2, relearningSteps: 1 };

const base: Schedule = {
  state: 'review', due: new Date('2026-03-15T12:00:00Z'), stability: 12.3456, difficulty: 5.4321,
  elapsedDays: 6, scheduledDays: 12, learningSteps: 0, reps: 5, lapses: 1, lastReview: new Date('2026-03-03T09:00:00Z'),
};
const progress = (schedule: Partial<Schedule>, extra: { suspended?: boolean; retired?: boolean; buriedUntil?: Date | null } = {}) => ({
  schedule: { ...base, ...schedule }, suspended: extra.suspended ?? false, retired: extra.retired, buriedUntil: extra.buriedUntil, reviews: [],
});

describe('FSRS state → Anki card columns', () => {
  it('new card: type 0, queue 0, due = position, no memory state', () => {
    expect(progressColumns(progress({ state: 'new', stability: 0, difficulty: 0, reps: 0, lapses: 0 }), ctx)).toEqual(newCardColumns(7));
    expect(newCardColumns(7)).toMatchObject({ type: 0, queue: 0, due: 7, ivl: 0, factor: 0, reps: 0, data: '{}' });
  });

  it('review card: type 2, queue 2, due = day number from col.crt, ivl in days, memory state in data', () => {
    const c = progressColumns(progress({}), ctx);
    expect(c).toMatchObject({ type: 2, queue: 2, due: dayNumber(base.due, crtMs), ivl: 12, factor: 2500, reps: 5, lapses: 1, left: 0 });
    expect(c.due).toBe(14); // 1 March → 15 March
    expect(JSON.parse(c.data)).toEqual({ pos: 7, s: 12.346, d: 5.432, dr: 0.9, decay: 0.154, lrt: Math.floor(base.lastReview!.getTime() / 1000) });
  });

  it('learning card inside a step: type 1, queue 1, due in epoch seconds, left = steps to go', () => {
    const due = new Date('2026-03-10T12:10:00Z');
    const c = progressColumns(progress({ state: 'learning', due, scheduledDays: 0, learningSteps: 1, stability: 2.3, difficulty: 6.1, reps: 1, lapses: 0 }), ctx);
    expect(c).toMatchObject({ type: 1, queue: 1, due: due.getTime() / 1000, ivl: 0, factor: 0, reps: 1, left: 1 });
    expect(JSON.parse(c.data)).toMatchObject({ s: 2.3, d: 6.1 });
  });

  it('learning card with a step of a day or more: queue 3, due as a day number', () => {
    const due = new Date('2026-03-12T05:00:00Z');
    const c = progressColumns(progress({ state: 'learning', due, scheduledDays: 2, learningSteps: 0 }), ctx);
    expect(c).toMatchObject({ type: 1, queue: 3, due: dayNumber(due, crtMs), left: 2 });
  });

  it('relearning card: type 3, queue 1, keeps a review interval', () => {
    const due = new Date('2026-03-10T12:10:00Z');
    const c = progressColumns(progress({ state: 'relearning', due, scheduledDays: 0, stability: 3.6, learningSteps: 0 }), ctx);
    expect(c).toMatchObject({ type: 3, queue: 1, due: due.getTime() / 1000, ivl: 4, factor: 2500, left: 1 });
  });

  it('suspended and retired cards: queue -1; buried until later: -3; the type stays', () => {
    expect(progressColumns(progress({}, { suspended: true }), ctx)).toMatchObject({ type: 2, queue: -1 });
    expect(progressColumns(progress({}, { retired: true }), ctx)).toMatchObject({ type: 2, queue: -1 });
    expect(progressColumns(progress({}, { buriedUntil: new Date('2026-03-11T04:00:00Z') }), ctx)).toMatchObject({ type: 2, queue: -3 });
    expect(progressColumns(progress({}, { buriedUntil: new Date('2026-03-09T04:00:00Z') }), ctx)).toMatchObject({ queue: 2 });
  });
});

describe('review log → revlog rows', () => {
  const history = simulate('gh-a', [
    ['2026-03-01T09:00:00Z', 3], // new → learning, 10 min step
    ['2026-03-01T09:10:00Z', 3], // graduates to review
    ['2026-03-04T09:00:00Z', 1], // lapse → relearning
    ['2026-03-04T09:10:00Z', 3], // back to review
  ]);

  it('one row per answer: ms id, ease = grade, kind from the state before', () => {
    const rows = revlogRows(history.reviews, 42, new Set());
    expect(rows.map((r) => r.id)).toEqual(history.reviews.map((r) => r.reviewedAt.getTime()));
    expect(rows.map((r) => r.ease)).toEqual([3, 3, 1, 3]);
    expect(rows.map((r) => r.type)).toEqual([0, 0, 1, 2]);
    expect(rows.every((r) => r.cid === 42 && r.usn === -1 && r.time >= 4200)).toBe(true);
  });

  it('intervals: negative seconds inside a day, days after; lastIvl chains', () => {
    const rows = revlogRows(history.reviews, 42, new Set());
    expect(rows[0].ivl).toBe(-600);
    expect(rows[1].ivl).toBe(history.reviews[1].scheduledDays);
    expect(rows[1].ivl).toBeGreaterThanOrEqual(1);
    expect(rows[2].ivl).toBe(-600);
    expect(rows.map((r) => r.lastIvl)).toEqual([0, rows[0].ivl, rows[1].ivl, rows[2].ivl]);
  });

  it('factor is FSRS difficulty as Anki logs it (100..1100)', () => {
    const rows = revlogRows(history.reviews, 42, new Set());
    rows.forEach((r, i) => {
      expect(r.factor).toBe(Math.round(((history.reviews[i].difficultyAfter - 1) / 9 + 0.1) * 1000));
      expect(r.factor).toBeGreaterThanOrEqual(100);
      expect(r.factor).toBeLessThanOrEqual(1100);
    });
  });

  it('ids stay unique when two answers share a millisecond', () => {
    const taken = new Set<number>();
    const a = revlogRows(history.reviews, 1, taken);
    const b = revlogRows(history.reviews, 2, taken);
    expect(new Set([...a, ...b].map((r) => r.id)).size).toBe(8);
    expect(b[0].id).toBe(a[0].id + 1);
  });

  it('caps answer time at 60 s as Anki does', () => {
    const long = [{ ...history.reviews[0], durationMs: 600_000 }];
    expect(revlogRows(long, 1, new Set())[0].time).toBe(60_000);
  });
});

describe('constants shared with ts-fsrs', () => {
  it("uses ts-fsrs's FSRS-6 default decay", async () => {
    const { FSRS6_DEFAULT_DECAY } = await import('ts-fsrs');
    const { FSRS6_DEFAULT_DECAY: ours } = await import('../../src/anki/package-plan.js');
    expect(ours).toBe(FSRS6_DEFAULT_DECAY);
  });
});
