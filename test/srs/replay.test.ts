import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/srs/config.js';
import { learnerDay } from '../../src/srs/day.js';
import { replay, type ReplayAnswer } from '../../src/srs/replay.js';
import { createScheduler, newSchedule } from '../../src/srs/scheduler.js';
import type { Grade, Schedule } from '../../src/srs/types.js';

const config = { ...defaultConfig('UTC'), enableFuzz: false };
const clock = { timeZone: 'UTC', dayStartsAt: 4 };
const scheduler = createScheduler(config);
const at = (s: string) => new Date(`${s}Z`);
const created = at('2026-02-01T08:00:00');

/** The answers given one by one, as the review screen does. */
function live(answers: [string, Grade][]): Schedule {
  let s = newSchedule(created);
  for (const [t, g] of answers) s = scheduler.next(s, at(t), g).schedule;
  return s;
}

const history: [string, Grade][] = [
  ['2026-02-01T09:00:00', 3], ['2026-02-01T09:10:00', 3], ['2026-02-04T09:00:00', 1],
  ['2026-02-04T09:10:00', 3], ['2026-02-06T21:00:00', 2], ['2026-02-15T09:00:00', 4],
];

describe('replay: a card from its whole log', () => {
  it('ends where answering the same log live ends, step by step', () => {
    const answers: ReplayAnswer[] = history.map(([t, g]) => ({ reviewedAt: at(t), grade: g }));
    const { schedule, steps } = replay(answers, scheduler, clock, created);
    expect(schedule).toEqual(live(history));
    expect(steps.map((s) => s.stateBefore)).toEqual(['new', 'learning', 'review', 'relearning', 'review', 'review']);
    expect(steps.map((s) => s.stateAfter)).toEqual(['learning', 'review', 'relearning', 'review', 'review', 'review']);
    expect(steps.map((s) => s.elapsedDays)).toEqual([0, 0, 3, 0, 2, 9]);
    expect(steps.at(-1)).toMatchObject({ stability: schedule.stability, difficulty: schedule.difficulty, due: schedule.due });
  });

  it('no answers: a new card', () => {
    expect(replay([], scheduler, clock, created).schedule).toEqual(newSchedule(created));
  });

  it("keeps another scheduler's day interval (its fuzz, its load balancing) when both say review", () => {
    const given = { due: at('2026-02-12T09:10:00'), interday: true };
    const answers: ReplayAnswer[] = [
      { reviewedAt: at('2026-02-01T09:00:00'), grade: 3, given: { due: at('2026-02-01T09:10:00'), interday: false } },
      { reviewedAt: at('2026-02-01T09:10:00'), grade: 3, given },
    ];
    const { schedule, steps } = replay(answers, scheduler, clock, created);
    const own = live(history.slice(0, 2));
    expect(schedule.state).toBe('review');
    expect(schedule.due).toEqual(given.due);
    expect(schedule.scheduledDays).toBe(learnerDay(given.due, clock) - learnerDay(at('2026-02-01T09:10:00'), clock));
    // Memory state is guanhua's own, whatever the interval was.
    expect(schedule.stability).toBe(own.stability);
    expect(schedule.difficulty).toBe(own.difficulty);
    expect(steps[0].due).toEqual(at('2026-02-01T09:10:00'));
  });

  it('keeps its own step when the other scheduler disagrees on the kind of step', () => {
    // Anki with other learning steps graduated the card; guanhua's steps keep it learning.
    const answers: ReplayAnswer[] = [{ reviewedAt: at('2026-02-01T09:00:00'), grade: 3, given: { due: at('2026-02-04T09:00:00'), interday: true } }];
    const { schedule } = replay(answers, scheduler, clock, created);
    expect(schedule.state).toBe('learning');
    expect(schedule.due).toEqual(at('2026-02-01T09:10:00'));
  });
});
