import { createHash } from 'node:crypto';

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

/** Anki's default day rollover: a new day starts at 04:00 local time. */
export const ROLLOVER_HOUR = 4;
const DAY_MS = 86_400_000;

/** The start (local 04:00) of the Anki day that contains `at`, in ms. */
export function dayStartMs(at: Date): number {
  const d = new Date(at.getTime());
  if (d.getHours() < ROLLOVER_HOUR) d.setDate(d.getDate() - 1);
  d.setHours(ROLLOVER_HOUR, 0, 0, 0);
  return d.getTime();
}

/**
 * Day number of `at` counted from the collection's creation day (col.crt), as
 * review cards' `due` is stored. Whole local days, so a DST change does not shift it.
 */
export function dayNumber(at: Date, crtMs: number): number {
  return Math.round((dayStartMs(at) - crtMs) / DAY_MS);
}

/** Whole seconds since the epoch. */
export const epochSeconds = (at: Date): number => Math.floor(at.getTime() / 1000);
