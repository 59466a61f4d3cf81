/**
 * Telling an event brought from Anki (an answer, a reset, a due date set) from one already kept:
 * the same card's event within SAME_REVIEW_MS of a kept one is that one (Anki keeps the
 * millisecond ids guanhua exports, moving one on by a millisecond when two clash).
 */
export const SAME_REVIEW_MS = 1000;

/** The items not within SAME_REVIEW_MS of a known time nor of an earlier item, oldest first. */
export function notYetKept<T>(known: readonly number[], items: readonly T[], time: (item: T) => number): T[] {
  const taken = [...known];
  const out: T[] = [];
  for (const item of [...items].sort((a, b) => time(a) - time(b))) {
    const t = time(item);
    if (taken.some((x) => Math.abs(x - t) < SAME_REVIEW_MS)) continue;
    taken.push(t);
    out.push(item);
  }
  return out;
}
