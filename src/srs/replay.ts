import { learnerDay } from './day.js';
import { newSchedule, type Scheduler } from './scheduler.js';
import type { CardState, DayClock, Grade, Schedule } from './types.js';

/**
 * A card's FSRS state replayed from its whole review log: each answer, oldest first, goes
 * through the scheduler (ts-fsrs `next`, as its own `reschedule` does) from a new card. Memory
 * state (stability, difficulty) and the state machine are guanhua's, with its parameters.
 * An answer made by another scheduler (Anki) keeps the due time that scheduler gave, when both
 * agree on the kind of step (a day interval or a step within the day): Anki fuzzes and
 * load-balances its intervals, and the learner was told that date.
 */

export interface ReplayAnswer {
  reviewedAt: Date;
  grade: Grade;
  given?: { due: Date; interday: boolean } | null;
}

/** What one answer did, as the review log keeps it. */
export interface ReplayedAnswer {
  stateBefore: CardState;
  stateAfter: CardState;
  scheduledDays: number;
  elapsedDays: number;
  stability: number;
  difficulty: number;
  due: Date;
}

/** A due date set by hand (src/srs/foreign.ts): at `at`, the card became due at `due`. */
export interface DueSet {
  at: Date;
  due: Date;
}

export interface Replayed {
  schedule: Schedule;
  /** One per answer, in the order given. */
  steps: ReplayedAnswer[];
}

/**
 * `answers` must be oldest first. A card with no answers is new, due at `createdAt`. Each due
 * set (any order) moves the card's due where it falls among the answers (setDue).
 */
export function replay(
  answers: readonly ReplayAnswer[], scheduler: Scheduler, clock: DayClock, createdAt: Date, dueSets: readonly DueSet[] = [],
): Replayed {
  let schedule = newSchedule(createdAt);
  const steps: ReplayedAnswer[] = [];
  const sets = [...dueSets].sort((a, b) => a.at.getTime() - b.at.getTime());
  let nextSet = 0;
  const setDuesUntil = (t: number) => {
    for (; nextSet < sets.length && sets[nextSet].at.getTime() <= t; nextSet++) schedule = setDue(schedule, sets[nextSet], scheduler, clock);
  };
  for (const a of answers) {
    setDuesUntil(a.reviewedAt.getTime() - 1);
    const before = schedule.state;
    // An answer whose due comes from elsewhere needs no fuzz (unless the kinds disagree: then unfuzzed).
    const next = scheduler.next(schedule, a.reviewedAt, a.grade, !a.given);
    schedule = a.given ? adoptGivenDue(next.schedule, a.reviewedAt, a.given, clock) : next.schedule;
    steps.push({
      stateBefore: before,
      stateAfter: schedule.state,
      scheduledDays: schedule.scheduledDays,
      elapsedDays: next.elapsedDays,
      stability: schedule.stability,
      difficulty: schedule.difficulty,
      due: schedule.due,
    });
  }
  setDuesUntil(Infinity);
  return { schedule, steps };
}

/**
 * A due date set by hand, as Anki does it: a review card, due that day. A card already studied
 * keeps its memory state, its interval counted from its last review. A new card (Anki gives it
 * the deck's starting ease and no memory state) counts as seen when the date was set, with the
 * memory of a first Good: the learner has judged it known well enough to wait.
 */
export function setDue(s: Schedule, set: DueSet, scheduler: Scheduler, clock: DayClock): Schedule {
  const from = s.state === 'new' ? set.at : (s.lastReview ?? set.at);
  const scheduledDays = Math.max(0, learnerDay(set.due, clock) - learnerDay(from, clock));
  // A learning or relearning card leaves its steps (Anki: a review card with its interval).
  if (s.state !== 'new') return { ...s, state: 'review', due: set.due, scheduledDays, learningSteps: 0 };
  return { ...s, ...scheduler.firstMemory(3), state: 'review', due: set.due, scheduledDays, learningSteps: 0, elapsedDays: 0, lastReview: set.at };
}

/**
 * A log with resets in it (`guanhua forget` made the card new again at each `resets` time, the
 * answers before it kept): each stretch is replayed from a new card, the first from `createdAt`,
 * each later one from its reset; the card ends as the last stretch leaves it. `answers` oldest
 * first; the steps come back in the same order.
 */
export function replayWithResets(
  answers: readonly ReplayAnswer[], resets: readonly Date[], scheduler: Scheduler, clock: DayClock, createdAt: Date,
  dueSets: readonly DueSet[] = [],
): Replayed {
  const starts = [createdAt, ...[...resets].sort((a, b) => a.getTime() - b.getTime())];
  const stretches = starts.map((start, i) => {
    const end = starts[i + 1]?.getTime() ?? Infinity;
    const within = (t: Date) => t.getTime() >= (i === 0 ? -Infinity : start.getTime()) && t.getTime() < end;
    return replay(answers.filter((a) => within(a.reviewedAt)), scheduler, clock, start, dueSets.filter((d) => within(d.at)));
  });
  return { schedule: stretches[stretches.length - 1].schedule, steps: stretches.flatMap((r) => r.steps) };
}

function adoptGivenDue(s: Schedule, reviewedAt: Date, given: { due: Date; interday: boolean }, clock: DayClock): Schedule {
  const interday = s.scheduledDays >= 1;
  if (interday !== given.interday) return s;
  const scheduledDays = interday ? Math.max(1, learnerDay(given.due, clock) - learnerDay(reviewedAt, clock)) : 0;
  return { ...s, due: given.due, scheduledDays };
}
