import { dayStart, learnerDay } from '../srs/day.js';
import type { ForeignCard, ForeignDueSet, ForeignRecall, ForeignReview } from '../srs/foreign.js';
import type { DayClock, Grade } from '../srs/types.js';
import type { AnkiCardRow, AnkiPackage, AnkiRevlogRow } from './read-package.js';

/**
 * Anki's scheduling columns → guanhua's terms (the reverse of progress.ts):
 * - revlog rows that are answers: ease 1–4 of kind learn (0), review (1) or relearn (2).
 *   Filtered-deck cramming (3) does not reschedule. ivl: days when > 0, seconds when < 0.
 * - the learner's hand on the schedule, ease 0 (as Anki 26.9 writes them, and as its own FSRS
 *   code tells them apart, rslib scheduler/fsrs/params.rs): kind 4 (Manual) with factor 0 is
 *   "Forget" / "Reset" (the card new again); kind 4 with a factor is "Set Due Date" (the card a
 *   review card due on the day chosen; its ivl is 0 when the card was new, so the day is read
 *   from the card); kind 5 (Rescheduled) is FSRS moving the due date after a parameter change.
 * - a note's second card (ord 1) is its Recall card: its answers, and its memory as Anki holds it
 *   (cards.data "s" with FSRS on, else the interval of a review or relearning card).
 * - queue −1 suspended; −2 / −3 buried (Anki unburies at its next day, counted from the
 *   card's mod, the time it last changed, in seconds).
 */

const DAY_MS = 86_400_000;
const MANUAL = 4;
const RESCHEDULED = 5;
const REVIEW_CARD = 2;

function review(r: AnkiRevlogRow): ForeignReview | null {
  if (r.ease < 1 || r.ease > 4 || r.type < 0 || r.type > 2) return null;
  const reviewedAt = new Date(r.id);
  let given: ForeignReview['given'] = null;
  if (r.ivl > 0) given = { due: new Date(r.id + r.ivl * DAY_MS), interday: true };
  else if (r.ivl < 0) given = { due: new Date(r.id - r.ivl * 1000), interday: false };
  return { reviewedAt, grade: r.ease as Grade, durationMs: Math.max(0, r.time), given };
}

const isReset = (r: AnkiRevlogRow) => r.ease === 0 && r.type === MANUAL && r.factor === 0;
const isDueSet = (r: AnkiRevlogRow) => r.ease === 0 && ((r.type === MANUAL && r.factor !== 0) || r.type === RESCHEDULED);

/**
 * The due dates set by hand. The last, when nothing came after it (no answer nor reset), is the
 * card's due day now, the day Anki shows it on (day numbers from crt); an earlier one logged
 * its interval from the set day (0 for a new card), which the answer after it overrode.
 */
function dueSets(card: AnkiCardRow, crt: number, clock: DayClock): ForeignDueSet[] {
  const last = card.revlog.filter((r) => isDueSet(r) || isReset(r) || review(r) !== null).at(-1);
  return card.revlog.filter(isDueSet).map((r) => {
    // Noon of Anki's day: its day starts at crt's hour, which need not be the learner's here.
    const day = r === last && card.type === REVIEW_CARD
      ? learnerDay(crt * 1000 + card.due * DAY_MS + DAY_MS / 2, clock)
      : learnerDay(r.id, clock) + Math.max(0, r.ivl);
    return { at: new Date(r.id), due: dayStart(day, clock) };
  });
}

const REVIEW_OR_RELEARN = new Set([2, 3]);

function stabilityOf(card: AnkiCardRow): number {
  if (card.type === 0) return 0;
  let s: unknown;
  try {
    s = (JSON.parse(card.data || '{}') as { s?: unknown }).s;
  } catch {
    s = undefined; // not Anki's JSON: the interval tells
  }
  if (typeof s === 'number' && Number.isFinite(s) && s >= 0) return s;
  return REVIEW_OR_RELEARN.has(card.type) ? Math.max(0, card.ivl) : 0;
}

function foreignRecall(card: AnkiCardRow, scheduling: boolean): ForeignRecall {
  return {
    reviews: card.revlog.flatMap((r) => review(r) ?? []),
    stability: stabilityOf(card),
    modifiedAt: scheduling ? new Date(card.mod * 1000) : null,
  };
}

function foreignCard(guid: string, card: AnkiCardRow, recall: AnkiCardRow | null, pkg: AnkiPackage, clock: DayClock): ForeignCard {
  const modifiedAt = new Date(card.mod * 1000);
  const buried = card.queue === -2 || card.queue === -3;
  return {
    cardId: guid,
    reviews: card.revlog.flatMap((r) => review(r) ?? []),
    resets: card.revlog.filter(isReset).map((r) => new Date(r.id)),
    dueSets: dueSets(card, pkg.crt, clock),
    recall: recall ? foreignRecall(recall, pkg.scheduling) : null,
    suspended: card.queue === -1,
    buriedUntil: buried ? dayStart(learnerDay(modifiedAt, clock) + 1, clock) : null,
    // Without scheduling Anki exports every card new and active: that says nothing of its state.
    modifiedAt: pkg.scheduling ? modifiedAt : null,
  };
}

/** Each note's first card, in the learner's day (`clock`). Notes without a card are left out. */
export function foreignCards(pkg: AnkiPackage, clock: DayClock): ForeignCard[] {
  return pkg.notes.flatMap((n) => (n.card ? [foreignCard(n.guid, n.card, n.recall, pkg, clock)] : []));
}
