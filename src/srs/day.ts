import type { DayClock } from './types.js';

/**
 * The learner's day. Day numbers count days since 1970-01-01 on the learner's
 * local calendar, with each day starting at `dayStartsAt` local time (04:00 by
 * default, as in Anki). Pure functions of (instant, clock).
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds to add to UTC to get local wall-clock time in `timeZone` at instant `at`. */
export function zoneOffsetMs(timeZone: string, at: number): number {
  if (timeZone === 'local') return -new Date(at).getTimezoneOffset() * 60_000;
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * How far to move an instant so that the learner's day boundaries fall on UTC
 * midnight. ts-fsrs counts elapsed days between UTC calendar dates; feeding it
 * shifted instants makes it count the learner's days instead.
 */
export function schedulerShiftMs(at: number, clock: DayClock): number {
  return zoneOffsetMs(clock.timeZone, at) - clock.dayStartsAt * HOUR_MS;
}

export function learnerDay(at: Date | number, clock: DayClock): number {
  const t = typeof at === 'number' ? at : at.getTime();
  return Math.floor((t + schedulerShiftMs(t, clock)) / DAY_MS);
}

/** The instant learner day `day` begins. */
export function dayStart(day: number, clock: DayClock): Date {
  const wall = day * DAY_MS + clock.dayStartsAt * HOUR_MS;
  // Local wall time to instant: the offset depends on the instant, so settle it in two rounds (DST).
  let t = wall - zoneOffsetMs(clock.timeZone, wall);
  t = wall - zoneOffsetMs(clock.timeZone, t);
  return new Date(t);
}

export function startOfToday(now: Date, clock: DayClock): Date {
  return dayStart(learnerDay(now, clock), clock);
}

export function startOfTomorrow(now: Date, clock: DayClock): Date {
  return dayStart(learnerDay(now, clock) + 1, clock);
}

/** YYYY-MM-DD of a learner day (the local date on which it begins). */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
