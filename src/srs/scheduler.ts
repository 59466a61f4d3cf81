import { createRequire } from 'node:module';
import { learnerDay, schedulerShiftMs } from './day.js';
import { stateName, stateNumber } from './scheduler-states.js';
import type { Grade, Schedule, SrsConfig } from './types.js';

/**
 * The FSRS-6 scheduler (ts-fsrs) behind pure functions of (schedule, now, grade).
 * ts-fsrs is loaded synchronously on first use so that commands which only read
 * (due, stats) never pay for it.
 */

type TsFsrs = typeof import('ts-fsrs');
type FsrsCard = import('ts-fsrs').Card;
let lib: TsFsrs | undefined;
const tsFsrs = (): TsFsrs => (lib ??= createRequire(import.meta.url)('ts-fsrs') as TsFsrs);


export interface Scheduled {
  schedule: Schedule;
  /** Learner days since the previous review (0 for the first). */
  elapsedDays: number;
}

export interface Scheduler {
  /**
   * `fuzz` false: the interval without fuzz even where the settings fuzz (a replay whose due
   * date another scheduler already chose; ts-fsrs's fuzz seeds a PRNG per answer, its dearest part).
   */
  next(schedule: Schedule, now: Date, grade: Grade, fuzz?: boolean): Scheduled;
  preview(schedule: Schedule, now: Date): Record<Grade, Schedule>;
  /** The memory state a first answer of this grade gives a new card. */
  firstMemory(grade: Grade): { stability: number; difficulty: number };
}

/** A card never reviewed, due at `now`. */
export function newSchedule(now: Date): Schedule {
  return {
    state: 'new', due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0,
    learningSteps: 0, reps: 0, lapses: 0, lastReview: null,
  };
}

export function createScheduler(config: SrsConfig): Scheduler {
  const { fsrs, generatorParameters } = tsFsrs();
  const make = (enableFuzz: boolean) => fsrs(generatorParameters({
    request_retention: config.desiredRetention,
    maximum_interval: config.maximumInterval,
    enable_fuzz: enableFuzz,
    enable_short_term: true,
    learning_steps: config.learningSteps as `${number}m`[],
    relearning_steps: config.relearningSteps as `${number}m`[],
    ...(config.weights ? { w: config.weights } : {}),
  }));
  const f = make(config.enableFuzz);
  let plain: ReturnType<typeof make> | undefined;
  const withFuzz = (fuzz: boolean) => (fuzz || !config.enableFuzz ? f : (plain ??= make(false)));
  const clock = { timeZone: config.timeZone, dayStartsAt: config.dayStartsAt };
  // Every instant handed to ts-fsrs is shifted by its own offset (so UTC day = learner day);
  // results are shifted back by the offset of `now`, the instant they were computed from.
  const shift = (t: Date) => new Date(t.getTime() + schedulerShiftMs(t.getTime(), clock));
  const toFsrs = (s: Schedule): FsrsCard => ({
    due: shift(s.due), stability: s.stability, difficulty: s.difficulty, elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays, learning_steps: s.learningSteps, reps: s.reps, lapses: s.lapses,
    state: stateNumber(s.state), last_review: s.lastReview ? shift(s.lastReview) : undefined,
  });
  const fromFsrs = (c: FsrsCard, back: number): Schedule => ({
    state: stateName(c.state), due: new Date(c.due.getTime() - back), stability: c.stability,
    difficulty: c.difficulty, elapsedDays: c.elapsed_days, scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps, reps: c.reps, lapses: c.lapses,
    lastReview: c.last_review ? new Date(c.last_review.getTime() - back) : null,
  });
  return {
    next(schedule, now, grade, fuzz = true) {
      const back = schedulerShiftMs(now.getTime(), clock);
      const { card } = withFuzz(fuzz).next(toFsrs(schedule), shift(now), grade);
      const elapsedDays = schedule.lastReview ? learnerDay(now, clock) - learnerDay(schedule.lastReview, clock) : 0;
      return { schedule: fromFsrs(card, back), elapsedDays };
    },
    preview(schedule, now) {
      const back = schedulerShiftMs(now.getTime(), clock);
      const p = f.repeat(toFsrs(schedule), shift(now));
      const out = {} as Record<Grade, Schedule>;
      for (const g of [1, 2, 3, 4] as Grade[]) out[g] = fromFsrs(p[g].card, back);
      return out;
    },
    firstMemory(grade) {
      return { stability: f.init_stability(grade), difficulty: Math.min(10, Math.max(1, f.init_difficulty(grade))) };
    },
  };
}
