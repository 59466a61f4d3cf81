import { dayStart, learnerDay } from '../srs/day.js';
import type { ForeignCard, ForeignReview } from '../srs/foreign.js';
import type { DayClock, Grade } from '../srs/types.js';
import type { AnkiCardRow, AnkiPackage, AnkiRevlogRow } from './read-package.js';

/**
 * Anki's scheduling columns → guanhua's terms (the reverse of progress.ts):
 * - revlog rows that are answers: ease 1–4 of kind learn (0), review (1) or relearn (2).
 *   Filtered-deck cramming (3) does not reschedule; manual changes (4) and FSRS
 *   rescheduling (5) are no answers (ease 0). ivl: days when > 0, seconds when < 0.
 * - queue −1 suspended; −2 / −3 buried (Anki unburies at its next day, counted from the
 *   card's mod, the time it last changed, in seconds).
 */

const DAY_MS = 86_400_000;

function review(r: AnkiRevlogRow): ForeignReview | null {
  if (r.ease < 1 || r.ease > 4 || r.type < 0 || r.type > 2) return null;
  const reviewedAt = new Date(r.id);
  let given: ForeignReview['given'] = null;
  if (r.ivl > 0) given = { due: new Date(r.id + r.ivl * DAY_MS), interday: true };
  else if (r.ivl < 0) given = { due: new Date(r.id - r.ivl * 1000), interday: false };
  return { reviewedAt, grade: r.ease as Grade, durationMs: Math.max(0, r.time), given };
}

function foreignCard(guid: string, card: AnkiCardRow, scheduling: boolean, clock: DayClock): ForeignCard {
  const modifiedAt = new Date(card.mod * 1000);
  const buried = card.queue === -2 || card.queue === -3;
  return {
    cardId: guid,
    reviews: card.revlog.flatMap((r) => review(r) ?? []),
    suspended: card.queue === -1,
    buriedUntil: buried ? dayStart(learnerDay(modifiedAt, clock) + 1, clock) : null,
    // Without scheduling Anki exports every card new and active: that says nothing of its state.
    modifiedAt: scheduling ? modifiedAt : null,
  };
}

/** Each note's first card, in the learner's day (`clock`). Notes without a card are left out. */
export function foreignCards(pkg: AnkiPackage, clock: DayClock): ForeignCard[] {
  return pkg.notes.flatMap((n) => (n.card ? [foreignCard(n.guid, n.card, pkg.scheduling, clock)] : []));
}
