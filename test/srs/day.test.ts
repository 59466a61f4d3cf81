import { describe, expect, it } from 'vitest';
import { dayLabel, learnerDay, startOfToday, startOfTomorrow } from '../../src/srs/day.js';
import { defaultConfig } from '../../src/srs/config.js';
import { createScheduler, newSchedule } from '../../src/srs/scheduler.js';
import type { Schedule } from '../../src/srs/types.js';

const shanghai = { timeZone: 'Asia/Shanghai', dayStartsAt: 4 }; // UTC+8
const newYork = { timeZone: 'America/New_York', dayStartsAt: 4 }; // UTC-5 in November
const day = (iso: string, clock: typeof shanghai) => dayLabel(learnerDay(new Date(iso), clock));

describe('the learner day starts at 04:00 local time', () => {
  it.each([
    // instant (UTC), local time, learner day
    ['2026-11-26T19:59:00Z', 'Shanghai 11-27 03:59', '2026-11-26'],
    ['2026-11-26T20:00:00Z', 'Shanghai 11-27 04:00', '2026-11-27'],
    ['2026-11-27T15:59:00Z', 'Shanghai 11-27 23:59', '2026-11-27'],
    ['2026-11-27T16:00:00Z', 'Shanghai 11-28 00:00 (local midnight)', '2026-11-27'],
    ['2026-11-27T23:59:00Z', 'Shanghai 11-28 07:59 (before UTC midnight)', '2026-11-28'],
    ['2026-11-28T00:00:00Z', 'Shanghai 11-28 08:00 (UTC midnight)', '2026-11-28'],
  ])('UTC+8: %s (%s) is learner day %s', (iso, _local, expected) => {
    expect(day(iso, shanghai)).toBe(expected);
  });

  it.each([
    ['2026-11-27T08:59:00Z', 'New York 11-27 03:59', '2026-11-26'],
    ['2026-11-27T09:00:00Z', 'New York 11-27 04:00', '2026-11-27'],
    ['2026-11-27T23:59:00Z', 'New York 11-27 18:59 (before UTC midnight)', '2026-11-27'],
    ['2026-11-28T00:00:00Z', 'New York 11-27 19:00 (UTC midnight)', '2026-11-27'],
    ['2026-11-28T05:00:00Z', 'New York 11-28 00:00 (local midnight)', '2026-11-27'],
    ['2026-11-28T09:00:00Z', 'New York 11-28 04:00', '2026-11-28'],
  ])('UTC-5: %s (%s) is learner day %s', (iso, _local, expected) => {
    expect(day(iso, newYork)).toBe(expected);
  });

  it('a day starting at midnight follows the local calendar', () => {
    const midnight = { timeZone: 'Asia/Shanghai', dayStartsAt: 0 };
    expect(day('2026-11-27T15:59:00Z', midnight)).toBe('2026-11-27');
    expect(day('2026-11-27T16:00:00Z', midnight)).toBe('2026-11-28');
  });

  it('today and tomorrow begin at 04:00 local', () => {
    const now = new Date('2026-11-27T18:00:00Z'); // Shanghai 11-28 02:00, still the 27th's learner day
    expect(startOfToday(now, shanghai).toISOString()).toBe('2026-11-26T20:00:00.000Z');
    expect(startOfTomorrow(now, shanghai).toISOString()).toBe('2026-11-27T20:00:00.000Z');
    const ny = new Date('2026-11-28T02:00:00Z'); // New York 11-27 21:00
    expect(startOfToday(ny, newYork).toISOString()).toBe('2026-11-27T09:00:00.000Z');
    expect(startOfTomorrow(ny, newYork).toISOString()).toBe('2026-11-28T09:00:00.000Z');
  });

  it('daylight saving: the day of the spring change is 23 hours long', () => {
    // New York moves from UTC-5 to UTC-4 on 2026-03-08 at 02:00; now is 00:00 local that night.
    const now = new Date('2026-03-08T05:00:00Z');
    expect(startOfToday(now, newYork).toISOString()).toBe('2026-03-07T09:00:00.000Z');
    expect(startOfTomorrow(now, newYork).toISOString()).toBe('2026-03-08T08:00:00.000Z');
  });
});

/** A review card last seen at `last`, stability 5 days. */
const reviewCard = (last: string): Schedule => ({
  ...newSchedule(new Date(last)), state: 'review', due: new Date(last), stability: 5, difficulty: 5,
  scheduledDays: 1, reps: 3, lastReview: new Date(last),
});

describe('ts-fsrs counts the learner days, not UTC days', () => {
  const scheduler = (clock: typeof shanghai) =>
    createScheduler({ ...defaultConfig(clock.timeZone), dayStartsAt: clock.dayStartsAt, enableFuzz: false });

  it.each([
    // zone, last review, now, learner days between (raw UTC days differ)
    [shanghai, '2026-11-27T14:00:00Z', '2026-11-27T21:00:00Z', 1, 'UTC+8: 22:00 then 05:00 next morning: same UTC date, next learner day'],
    [shanghai, '2026-11-27T14:00:00Z', '2026-11-27T18:00:00Z', 0, 'UTC+8: 22:00 then 02:00 after local midnight: same learner day'],
    [shanghai, '2026-11-27T22:00:00Z', '2026-11-28T01:00:00Z', 0, 'UTC+8: 06:00 then 09:00: across UTC midnight, same learner day'],
    [newYork, '2026-11-27T23:00:00Z', '2026-11-28T01:00:00Z', 0, 'UTC-5: 18:00 then 20:00: across UTC midnight, same learner day'],
    [newYork, '2026-11-28T04:00:00Z', '2026-11-28T09:30:00Z', 1, 'UTC-5: 23:00 then 04:30: across local midnight and 04:00'],
    [newYork, '2026-11-28T04:00:00Z', '2026-11-28T08:30:00Z', 0, 'UTC-5: 23:00 then 03:30: across local midnight only'],
  ])('%#: %s', (clock, last, now, elapsed, _what) => {
    const r = scheduler(clock).next(reviewCard(last), new Date(now), 3);
    expect(r.elapsedDays).toBe(elapsed);
    // A review interval of N days lands N learner days after today.
    const n = r.schedule.scheduledDays;
    expect(n).toBeGreaterThan(0);
    expect(learnerDay(r.schedule.due, clock) - learnerDay(new Date(now), clock)).toBe(n);
  });

  it('the same wall-clock history gives the same schedule in every zone', () => {
    // Shanghai 22:00 then 05:00 (UTC+8) is UTC 22:00 then 05:00 shifted by 8 hours.
    const sh = scheduler(shanghai).next(reviewCard('2026-11-27T14:00:00Z'), new Date('2026-11-27T21:00:00Z'), 3).schedule;
    const utc = scheduler({ timeZone: 'UTC', dayStartsAt: 4 }).next(reviewCard('2026-11-27T22:00:00Z'), new Date('2026-11-28T05:00:00Z'), 3).schedule;
    expect(sh.stability).toBeCloseTo(utc.stability, 10);
    expect(sh.difficulty).toBeCloseTo(utc.difficulty, 10);
    expect(sh.scheduledDays).toBe(utc.scheduledDays);
    expect(sh.due.getTime()).toBe(utc.due.getTime() - 8 * 3_600_000);
  });
});
