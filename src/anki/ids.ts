import { createHash } from 'node:crypto';
import { dayStart, learnerDay } from '../srs/day.js';
import type { DayClock } from '../srs/types.js';

/**
 * Ids and Anki's clock. Anki ids are millisecond timestamps; ids derived here
 * from names are placed in a window in the past (2015-2020) so they are stable
 * across exports and never "in the future", which Anki would reassign.
 */

const WINDOW_START_MS = 1_420_070_400_000; // 2015-01-01T00:00:00Z
const WINDOW_MS = 5 * 365 * 86_400_000;

/** A stable id in Anki's millisecond-timestamp range, from any key. */
export function stableId(key: string): number {
  const n = createHash('sha1').update(key, 'utf8').digest().readUIntBE(0, 6);
  return WINDOW_START_MS + (n % WINDOW_MS);
}

/** Anki's default: a day starts at 04:00 local time (guanhua's default too). */
export const DEFAULT_CLOCK: DayClock = { timeZone: 'local', dayStartsAt: 4 };

/** The start of the learner's day that contains `at`, in ms: a value for col.crt. */
export function dayStartMs(at: Date, clock: DayClock = DEFAULT_CLOCK): number {
  return dayStart(learnerDay(at, clock), clock).getTime();
}

/**
 * Day number of `at` counted from the collection's creation day (col.crt), as
 * review cards' `due` is stored: learner days, so "due today" in guanhua is
 * "due today" in Anki.
 */
export function dayNumber(at: Date, crtMs: number, clock: DayClock = DEFAULT_CLOCK): number {
  return learnerDay(at, clock) - learnerDay(crtMs, clock);
}

/** Whole seconds since the epoch. */
export const epochSeconds = (at: Date): number => Math.floor(at.getTime() / 1000);
