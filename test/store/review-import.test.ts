import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ForeignCard, ForeignReview } from '../../src/store/collection.js';
import type { Grade } from '../../src/srs/types.js';
import { collectionWith, syntheticDeck } from './helpers.js';
import { openManager } from '../../src/store/manager.js';

const at = (s: string) => new Date(`${s}Z`);
const T0 = at('2026-03-01T08:00:00');
const NOW = at('2026-03-20T12:00:00');
const deck = syntheticDeck('imports', 4);
const [A, B, C, D] = deck.cards.map((c) => c.id);
const homes: string[] = [];
afterEach(() => {
  for (const h of homes.splice(0)) fs.rmSync(h, { recursive: true, force: true });
});

const homeOf = new WeakMap<object, string>();

function collection() {
  const { home, c } = collectionWith([], T0);
  homes.push(home);
  homeOf.set(c, home);
  c.addDeck(deck, T0);
  return c;
}

const review = (t: string, grade: Grade): ForeignReview => ({ reviewedAt: at(t), grade, durationMs: 3000, given: null });
const foreign = (cardId: string, reviews: ForeignReview[], more: Partial<ForeignCard> = {}): ForeignCard => ({
  cardId, reviews, resets: [], dueSets: [], recall: null, suspended: false, buriedUntil: null, modifiedAt: reviews.at(-1)?.reviewedAt ?? T0, ...more,
});

/** `guanhua check`'s findings on the cards of the collection `c` is open on. */
function checked(c: ReturnType<typeof collection>): unknown[] {
  const m = openManager(homeOf.get(c)!);
  try {
    return m.check().cards;
  } finally {
    m.close();
  }
}

const historyA: [string, Grade][] = [['2026-03-02T09:00:00', 3], ['2026-03-02T09:10:00', 3], ['2026-03-05T09:00:00', 1], ['2026-03-05T09:10:00', 3], ['2026-03-09T09:00:00', 3]];

describe('merging reviews made elsewhere', () => {
  it('adds each review once, and the card is where answering them here would have put it', () => {
    const c = collection();
    const here = collection();
    for (const [t, g] of historyA) here.answer(A, g, at(t), 3000);
    const incoming = [foreign(A, historyA.map(([t, g]) => review(t, g))), foreign('gh-not-here', [review('2026-03-02T09:00:00', 3)])];
    expect(c.importForeign(incoming, NOW)).toEqual({ matched: 1, reviewsAdded: 5, rescheduled: 0, recallReviewsAdded: 0, cardsUpdated: 1 });
    expect(c.card(A)!.schedule).toEqual(here.card(A)!.schedule);
    const strip = (log: ReturnType<typeof c.reviewLog>) => log.map(({ id: _, ...rest }) => rest);
    expect(strip(c.reviewLog([A]))).toEqual(strip(here.reviewLog([A])));
    expect(c.stats(NOW).heatmap).toEqual(here.stats(NOW).heatmap);
    // Again: nothing new. A review within a second of a logged one is that review.
    expect(c.importForeign(incoming, NOW)).toEqual({ matched: 1, reviewsAdded: 0, rescheduled: 0, recallReviewsAdded: 0, cardsUpdated: 0 });
    expect(c.importForeign([foreign(A, [review('2026-03-05T09:00:00.400', 1)])], NOW).reviewsAdded).toBe(0);
    expect(c.reviewLog([A])).toHaveLength(5);
  });

  it('a card forgotten here stays new when its old reviews come again; a later review is replayed from the forget', () => {
    const { home, c } = collectionWith([], T0);
    homes.push(home);
    c.addDeck(deck, T0);
    for (const [t, g] of historyA.slice(0, 3)) c.answer(A, g, at(t), 3000);
    const forgotAt = at('2026-03-10T09:00:00');
    const m = openManager(home);
    m.forget([A], forgotAt);
    m.close();
    // The package holds the whole old history: the two reviews guanhua lacked join the log, the card stays new.
    const old = historyA.map(([t, g]) => review(t, g));
    expect(c.importForeign([foreign(A, old)], NOW)).toMatchObject({ reviewsAdded: 2 });
    expect(c.card(A)!.schedule).toMatchObject({ state: 'new', reps: 0, lapses: 0, lastReview: null, due: forgotAt });
    expect(c.importForeign([foreign(A, old)], NOW)).toEqual({ matched: 1, reviewsAdded: 0, rescheduled: 0, recallReviewsAdded: 0, cardsUpdated: 0 });
    expect(c.card(A)!.schedule.state).toBe('new');
    // A review made in Anki after the forget: the card is where that one answer to a new card puts it.
    const later = review('2026-03-12T09:00:00', 3);
    expect(c.importForeign([foreign(A, [...old, later])], NOW)).toMatchObject({ reviewsAdded: 1, cardsUpdated: 1 });
    const fresh = collection();
    fresh.answer(A, 3, later.reviewedAt, 3000);
    expect(c.card(A)!.schedule).toEqual(fresh.card(A)!.schedule);
    expect(c.reviewLog([A])).toHaveLength(6);
    // The log's rows before the forget keep the old stretch's states.
    expect(c.reviewLog([A]).map((l) => l.stateBefore)).toEqual(['new', 'learning', 'review', 'relearning', 'review', 'new']);
  });

  it("Anki's Forget makes the card new again, once; a later answer is replayed from it", () => {
    const c = collection();
    const old = historyA.map(([t, g]) => review(t, g));
    const resetAt = at('2026-03-10T09:00:00');
    expect(c.importForeign([foreign(A, old, { resets: [resetAt], modifiedAt: resetAt })], NOW))
      .toEqual({ matched: 1, reviewsAdded: 5, rescheduled: 1, recallReviewsAdded: 0, cardsUpdated: 1 });
    expect(c.card(A)!.schedule).toMatchObject({ state: 'new', reps: 0, lastReview: null, due: resetAt });
    expect(c.reviewLog([A])).toHaveLength(5); // the history is kept
    // Again, from the package or the collection (the reset a few ms apart): nothing.
    expect(c.importForeign([foreign(A, old, { resets: [new Date(resetAt.getTime() + 3)], modifiedAt: resetAt })], NOW))
      .toEqual({ matched: 1, reviewsAdded: 0, rescheduled: 0, recallReviewsAdded: 0, cardsUpdated: 0 });
    const later = review('2026-03-12T09:00:00', 3);
    c.importForeign([foreign(A, [...old, later], { resets: [resetAt], modifiedAt: later.reviewedAt })], NOW);
    const fresh = collection();
    fresh.answer(A, 3, later.reviewedAt, 3000);
    expect(c.card(A)!.schedule).toEqual(fresh.card(A)!.schedule);
    expect(checked(c)).toEqual([]);
  });

  it("Anki's Set Due Date: a studied card is due that day with its memory kept; a new card becomes a review card", () => {
    const c = collection();
    const here = collection();
    for (const [t, g] of historyA) here.answer(A, g, at(t), 3000);
    const setAt = at('2026-03-11T09:00:00');
    const due = at('2026-03-30T04:00:00');
    expect(c.importForeign([
      foreign(A, historyA.map(([t, g]) => review(t, g)), { dueSets: [{ at: setAt, due }], modifiedAt: setAt }),
      foreign(B, [], { dueSets: [{ at: setAt, due }], modifiedAt: setAt }),
    ], NOW)).toEqual({ matched: 2, reviewsAdded: 5, rescheduled: 2, recallReviewsAdded: 0, cardsUpdated: 2 });
    const studied = here.card(A)!.schedule;
    expect(c.card(A)!.schedule).toEqual({ ...studied, due, scheduledDays: 21 }); // from its last review, 9 March
    // B: seen when the date was set, with the memory of a first Good.
    expect(c.card(B)!.schedule).toMatchObject({ state: 'review', due, scheduledDays: 19, reps: 0, lastReview: setAt });
    expect(c.card(B)!.schedule.stability).toBeCloseTo(2.3065, 4);
    expect(c.todayQueue({ now: NOW }).new).toBe(2); // C, D; B is a review card now
    expect(c.importForeign([foreign(B, [], { dueSets: [{ at: setAt, due }], modifiedAt: setAt })], NOW)).toMatchObject({ rescheduled: 0, recallReviewsAdded: 0, cardsUpdated: 0 });
    // Answered after the due date was set: the answer decides, from the review card B became.
    const answered = review('2026-03-30T10:00:00', 3);
    c.importForeign([foreign(B, [answered], { dueSets: [{ at: setAt, due }], modifiedAt: answered.reviewedAt })], NOW);
    expect(c.card(B)!.schedule).toMatchObject({ state: 'review', reps: 1, lastReview: answered.reviewedAt });
    expect(c.card(B)!.schedule.stability).toBeGreaterThan(2.3065);
    expect(c.reviewLog([B])[0]).toMatchObject({ stateBefore: 'review', elapsedDays: 19 });
    expect(checked(c)).toEqual([]);
  });

  it("Recall answers from Anki are the word's history, not its card's; a mature Recall card makes the word known", () => {
    const c = collection();
    const word = deck.cards[0].word;
    const recallAnswers = [review('2026-03-02T09:05:00', 4), review('2026-03-11T09:05:00', 4)];
    const recall = { reviews: recallAnswers, stability: 45.5, modifiedAt: at('2026-03-11T09:05:00') };
    expect(c.importForeign([foreign(A, [], { recall, modifiedAt: T0 })], NOW))
      .toEqual({ matched: 1, reviewsAdded: 0, rescheduled: 0, recallReviewsAdded: 2, cardsUpdated: 1 });
    expect(c.card(A)!.schedule).toMatchObject({ state: 'new', reps: 0 });
    expect(c.reviewLog([A])).toEqual([]);
    expect(c.stats(NOW).reviews.total).toBe(2);
    const m = openManager(homeOf.get(c)!);
    try {
      expect(m.isKnown(word)).toBe(true);
      expect(m.detail(A, NOW)!.recall).toEqual({ stability: 45.5, history: recallAnswers.map((r) => ({ time: r.reviewedAt, grade: r.grade, durationMs: 3000 })) });
      // Again: nothing. An older state of the Recall card there changes nothing either.
      expect(c.importForeign([foreign(A, [], { recall, modifiedAt: T0 })], NOW)).toMatchObject({ recallReviewsAdded: 0, cardsUpdated: 0 });
      expect(c.importForeign([foreign(A, [], { recall: { ...recall, stability: 3, modifiedAt: at('2026-03-03T09:00:00') }, modifiedAt: T0 })], NOW))
        .toMatchObject({ cardsUpdated: 0 });
      expect(m.removeKnown([word], NOW)[0].mature).toEqual([{ id: A, stability: 45.5, recall: true }]);
      m.forget([A], at('2026-03-15T09:00:00'));
      expect(m.isKnown(word)).toBe(false);
    } finally {
      m.close();
    }
    // The package again after the forget: still forgotten; a later Recall answer there brings it back.
    c.importForeign([foreign(A, [], { recall, modifiedAt: T0 })], NOW);
    expect(c.stats(NOW).reviews.total).toBe(2);
    const later = { reviews: [...recallAnswers, review('2026-03-18T09:00:00', 3)], stability: 60, modifiedAt: at('2026-03-18T09:00:00') };
    expect(c.importForeign([foreign(A, [], { recall: later, modifiedAt: T0 })], NOW)).toMatchObject({ recallReviewsAdded: 1, cardsUpdated: 1 });
    const m2 = openManager(homeOf.get(c)!);
    try {
      expect(m2.isKnown(word)).toBe(true);
    } finally {
      m2.close();
    }
  });

  it('replays the whole log when reviews from elsewhere fall between its own', () => {
    const c = collection();
    const here = collection();
    const own = [historyA[0], historyA[1], historyA[4]];
    const theirs = [historyA[2], historyA[3]];
    for (const [t, g] of own) c.answer(A, g, at(t), 3000);
    for (const [t, g] of historyA) here.answer(A, g, at(t), 3000);
    expect(c.importForeign([foreign(A, theirs.map(([t, g]) => review(t, g)))], NOW)).toMatchObject({ reviewsAdded: 2, cardsUpdated: 1 });
    expect(c.card(A)!.schedule).toEqual(here.card(A)!.schedule);
    const rows = (log: ReturnType<typeof c.reviewLog>) => log.map((l) => [l.reviewedAt.toISOString(), l.stateBefore, l.stateAfter, l.stabilityAfter, l.dueAfter.toISOString()]);
    expect(rows(c.reviewLog([A]))).toEqual(rows(here.reviewLog([A])));
  });

  it('suspended and buried follow the side that changed the card last', () => {
    const c = collection();
    c.suspend(A, at('2026-03-10T09:00:00'));
    c.suspend(B, at('2026-03-10T09:00:00'));
    c.retire(C, at('2026-03-10T09:00:00'));
    const counts = c.importForeign([
      foreign(A, [], { suspended: false, modifiedAt: at('2026-03-09T09:00:00') }), // older there: stays suspended
      foreign(B, [], { suspended: false, modifiedAt: at('2026-03-11T09:00:00') }), // unsuspended there later
      foreign(C, [], { suspended: true, modifiedAt: at('2026-03-11T09:00:00') }), // "I know this" stays
      foreign(D, [], { buriedUntil: at('2026-03-21T04:00:00'), modifiedAt: at('2026-03-20T09:00:00') }),
    ], NOW);
    expect(counts).toEqual({ matched: 4, reviewsAdded: 0, rescheduled: 0, recallReviewsAdded: 0, cardsUpdated: 2 });
    expect(c.card(A)!.suspended).toBe(true);
    expect(c.card(B)!.suspended).toBe(false);
    expect(c.card(C)).toMatchObject({ retired: true, suspended: false });
    expect(c.card(D)!.buriedUntil).toEqual(at('2026-03-21T04:00:00'));
    expect(c.todayQueue({ now: NOW }).new).toBe(1); // B only
    // Active again there, after "I know this" here: studied again.
    c.importForeign([foreign(C, [], { suspended: false, modifiedAt: at('2026-03-12T09:00:00') })], NOW);
    expect(c.card(C)).toMatchObject({ retired: false, suspended: false });
  });

  it('a bury that has ended is no change; a package without scheduling changes no flag', () => {
    const c = collection();
    c.suspend(A, at('2026-03-10T09:00:00'));
    expect(c.importForeign([
      foreign(B, [], { buriedUntil: at('2026-03-12T04:00:00'), modifiedAt: at('2026-03-11T09:00:00') }),
      foreign(A, [], { modifiedAt: null }),
    ], NOW)).toEqual({ matched: 2, reviewsAdded: 0, rescheduled: 0, recallReviewsAdded: 0, cardsUpdated: 0 });
    expect(c.card(A)!.suspended).toBe(true);
  });

  it('is one transaction: a failure part way leaves nothing written', () => {
    const c = collection();
    const bad = foreign(B, [{ ...review('2026-03-03T09:00:00', 3), grade: 7 as Grade }]);
    expect(() => c.importForeign([foreign(A, historyA.map(([t, g]) => review(t, g))), bad], NOW)).toThrow();
    expect(c.reviewLog()).toEqual([]);
    expect(c.card(A)!.schedule.state).toBe('new');
  });
});
