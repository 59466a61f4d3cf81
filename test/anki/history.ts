import { defaultConfig } from '../../src/srs/config.js';
import { createScheduler, newSchedule } from '../../src/srs/scheduler.js';
import type { Grade, ReviewLogEntry, Schedule } from '../../src/srs/types.js';

/**
 * A card's real FSRS history: the project's scheduler (ts-fsrs, fuzz off, UTC
 * day starting 04:00) answering `grades` at the given instants.
 */
export function simulate(cardId: string, answers: [string, Grade][]): { schedule: Schedule; reviews: ReviewLogEntry[] } {
  const scheduler = createScheduler({ ...defaultConfig('UTC'), enableFuzz: false });
  let schedule = newSchedule(new Date(answers[0][0]));
  const reviews: ReviewLogEntry[] = [];
  answers.forEach(([at, grade], i) => {
    const now = new Date(at);
    const before = schedule;
    const { schedule: after, elapsedDays } = scheduler.next(before, now, grade);
    reviews.push({
      id: i + 1,
      cardId,
      grade,
      reviewedAt: now,
      durationMs: 4200 + i,
      stateBefore: before.state,
      stateAfter: after.state,
      scheduledDays: after.scheduledDays,
      elapsedDays,
      stabilityAfter: after.stability,
      difficultyAfter: after.difficulty,
      dueAfter: after.due,
    });
    schedule = after;
  });
  return { schedule, reviews };
}
