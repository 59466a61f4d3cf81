import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GuanhuaError } from '../../src/errors.js';
import { openCollection, type Collection } from '../../src/store/collection.js';
import { collectionWith, loadDeck, syntheticDeck, tempHome } from './helpers.js';

const T0 = new Date('2026-11-27T10:00:00Z'); // UTC zone in these tests: learner day 11-27 began 04:00Z
const min = (n: number) => new Date(T0.getTime() + n * 60_000);
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);
const idOf = (c: Collection, deck: string, word: string) => c.cardsOfDeck(deck).find((s) => s.card.word === word)!.card.id;

let open: Collection[] = [];
const track = (c: Collection) => (open.push(c), c);
afterEach(() => {
  for (const c of open) c.close();
  open = [];
});

describe('decks: one card per id across the collection', () => {
  it('a word in two decks keeps one schedule, belongs to both and gathers their examples', () => {
    const home = tempHome();
    const c = track(openCollection(home));
    expect(c.addDeck(loadDeck('report-2024'), T0)).toEqual({ deck: 'report-2024', added: 5, shared: 0, updated: 0, unchanged: 0 });
    expect(c.addDeck(loadDeck('governance'), min(5))).toEqual({ deck: 'governance', added: 2, shared: 2, updated: 0, unchanged: 0 });
    expect(c.deckNames()).toEqual(['report-2024', 'governance']);
    const fazhan = c.cardsOfDeck('governance').find((s) => s.card.word === '发展')!;
    expect(fazhan.decks).toEqual(['report-2024', 'governance']);
    // The copy added last leads; examples from every deck, each once.
    expect(fazhan.card.examples).toEqual(['发展是第一要务', '坚持高质量发展']);
    expect(c.cardsOfDeck('governance').find((s) => s.card.word === '经济')!.card.examples).toEqual(['经济运行总体平稳']);

    c.answer(fazhan.card.id, 3, min(10), 2500);
    const inReport = c.cardsOfDeck('report-2024').find((s) => s.card.word === '发展')!;
    expect(inReport.schedule.state).toBe('learning');
    expect(inReport.schedule.reps).toBe(1);
    expect(c.stats(min(10)).cards.total).toBe(7);
    expect(c.deckByName('governance')).toMatchObject({ name: 'governance', title: '推进国家治理体系', cardCount: 4 });
    expect(c.deckByName('nope')).toBeUndefined();
  });

  it('re-adding a regenerated deck keeps progress, adds new cards and updates content', () => {
    const { c } = collectionWith(['report-2024'], T0);
    track(c);
    const gaige = idOf(c, 'report-2024', '改革');
    c.answer(gaige, 3, min(1), 1000);
    const before = c.card(gaige)!.schedule;
    expect(c.addDeck(loadDeck('report-2024'), min(2))).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    // v2: 局长 new; 发展 gained a definition; 改革, 推进 moved in the ranking (and keyness); 建设 dropped.
    expect(c.addDeck(loadDeck('report-2024-v2'), min(3))).toEqual({ deck: 'report-2024', added: 1, shared: 0, updated: 3, unchanged: 1 });
    expect(c.card(gaige)!.schedule).toEqual(before);
    const cards = c.cardsOfDeck('report-2024');
    expect(cards.map((s) => s.card.word)).toEqual(['发展', '经济', '局长', '改革', '推进', '建设']);
    expect(cards[0].card.definitions).toEqual(['development', 'to develop', 'growth']);
    expect(c.reviewLog().length).toBe(1);
  });
});

describe('answers, the review log and undo', () => {
  it('every answer appends a log row with state before and after, duration and time', () => {
    const { c } = collectionWith(['report-2024'], T0);
    track(c);
    const id = idOf(c, 'report-2024', '发展');
    const r = c.answer(id, 1, min(1), 4200);
    expect(r.schedule).toMatchObject({ state: 'learning', reps: 1, lapses: 0 });
    expect(r.schedule.due.toISOString()).toBe(min(2).toISOString()); // Again: first learning step, 1m
    c.answer(id, 3, min(2), 1800);
    const log = c.reviewLog([id]);
    expect(log.map((l) => [l.grade, l.stateBefore, l.stateAfter, l.durationMs, l.reviewedAt.toISOString()])).toEqual([
      [1, 'new', 'learning', 4200, min(1).toISOString()],
      [3, 'learning', 'learning', 1800, min(2).toISOString()],
    ]);
    expect(log[1].dueAfter.toISOString()).toBe(min(12).toISOString()); // Good: second step, 10m
    expect(() => c.answer('gh-none', 3, min(3), 0)).toThrow(GuanhuaError);
  });

  it('undo restores each card exactly and removes its log row, several steps back', () => {
    const { c } = collectionWith(['report-2024'], T0);
    track(c);
    const [a, b] = [idOf(c, 'report-2024', '发展'), idOf(c, 'report-2024', '经济')];
    const snapshots = [c.card(a)!, c.card(b)!];
    c.answer(a, 3, min(1), 1000);
    const afterFirst = c.card(a)!;
    c.answer(a, 3, min(12), 1000); // graduates to review
    c.answer(b, 4, min(13), 1000);
    c.retire(b, min(14));
    expect(c.undo()).toMatchObject({ action: 'retire', cardId: b });
    expect(c.card(b)!.retired).toBe(false);
    expect(c.undo()).toMatchObject({ action: 'answer', cardId: b });
    expect(c.card(b)).toEqual(snapshots[1]);
    expect(c.undo()!.card).toEqual(afterFirst);
    expect(c.undo()!.card).toEqual(snapshots[0]);
    expect(c.undo()).toBeUndefined();
    expect(c.reviewLog()).toEqual([]);
    expect(c.stats(min(20)).reviews).toEqual({ total: 0, today: 0 });
  });
});

describe("today's queue (fixed now, fuzz off)", () => {
  const drain = (c: Collection, q: ReturnType<Collection['todayQueue']>, now: Date, grade: 1 | 3 | 4 = 3) => {
    const seen: string[] = [];
    for (let i = 0; i < 100; i++) {
      const item = q.next(now);
      if (!item) break;
      seen.push(`${item.kind}:${item.card.card.word}`);
      c.answer(item.card.card.id, grade, now, 1000);
    }
    return seen;
  };

  it('new cards in deck order and rank order, limited per day and counted against what was done', () => {
    const { c, home } = collectionWith(['report-2024', 'governance'], T0, { newPerDay: 3 });
    track(c);
    const q = c.todayQueue({ now: T0 });
    expect([q.new, q.learning, q.review]).toEqual([3, 0, 0]);
    expect(q.next(T0)!.card.card.word).toBe('发展');
    // Easy graduates at once, so nothing stays in learning.
    expect(drain(c, q, T0, 4)).toEqual(['new:发展', 'new:经济', 'new:改革']);
    c.close();
    // Another session on the same day: the day's allowance is used up.
    const again = track(openCollection(home));
    expect(again.todayQueue({ now: min(60) }).new).toBe(0);
    // --new 2 for one session gives two more.
    expect(drain(again, again.todayQueue({ now: min(61), newLimit: 2 }), min(61), 4)).toEqual(['new:推进', 'new:建设']);
    // The next learner day starts at 04:00: three more, the report deck first, then governance.
    expect(drain(again, again.todayQueue({ now: new Date('2026-11-28T04:00:00Z') }), new Date('2026-11-28T04:00:00Z'), 4))
      .toEqual(['new:治理', 'new:创新']);
  });

  it('a deck chosen alone gives its own cards in its own rank order', () => {
    const { c } = collectionWith(['report-2024', 'governance'], T0);
    track(c);
    const q = c.todayQueue({ decks: ['governance'], now: T0 });
    expect(q.new).toBe(4);
    expect(drain(c, q, T0, 4)).toEqual(['new:治理', 'new:发展', 'new:创新', 'new:经济']);
    expect(() => c.todayQueue({ decks: ['missing'], now: T0 })).toThrow(/no deck named 'missing'/);
  });

  it('learning cards due now come first; within 20 minutes they wait for the rest', () => {
    const { c } = collectionWith(['report-2024'], T0);
    track(c);
    const q = c.todayQueue({ now: T0 });
    c.answer(q.next(T0)!.card.card.id, 1, T0, 1000); // 发展: Again, due in 1 minute
    expect(q.counts(T0)).toEqual({ new: 4, learning: 1, review: 0 });
    // Not yet due: new cards go first, 发展 waits in the learn-ahead window.
    expect(q.next(new Date(T0.getTime() + 30_000))!.card.card.word).toBe('经济');
    // Due: it comes before the new cards.
    expect(q.next(min(1))).toMatchObject({ kind: 'learning', card: { card: { word: '发展' } } });
    // Once nothing else is left, it is shown early (learn-ahead).
    expect(drain(c, q, T0, 4)).toEqual(['new:经济', 'new:改革', 'new:推进', 'new:建设', 'learning:发展']);
    // Beyond the 20-minute window it is not shown; the empty queue says when it comes back.
    const jingji = idOf(c, 'report-2024', '经济');
    c.answer(jingji, 1, T0, 1000); // a lapse: relearning, due in 10 minutes
    const early = new Date(T0.getTime() - 11 * 60_000); // 21 minutes before it is due
    const q2 = c.todayQueue({ now: early });
    expect(q2.next(early)).toBeUndefined();
    expect(q2.nextLearningDue()!.toISOString()).toBe(min(10).toISOString());
    expect(q2.next(min(-10))).toMatchObject({ kind: 'learning', card: { card: { word: '经济' } } });
  });

  it('due reviews by due date, new cards spread among them, review limit counted per day', () => {
    const home = tempHome({ newPerDay: 2, reviewsPerDay: 4 });
    const c = track(openCollection(home));
    c.addDeck(syntheticDeck('old', 6), T0);
    for (const s of c.cardsOfDeck('old')) c.answer(s.card.id, 4, T0, 1000); // Easy: review, due in days
    c.addDeck(syntheticDeck('fresh', 3), T0);
    const later = days(60); // every 'old' card is due
    const q = c.todayQueue({ now: later });
    expect([q.new, q.learning, q.review]).toEqual([2, 0, 4]);
    const order = drain(c, q, later, 4).map((s) => s.split(':')[0]);
    expect(order).toEqual(['review', 'review', 'new', 'review', 'review', 'new']);
    expect(c.todayQueue({ now: later }).review).toBe(0);
    expect(c.todayQueue({ now: new Date(later.getTime() + 60_000), reviewLimit: 1 }).review).toBe(1);
  });

  it('suspended, buried and retired cards are left out; buried ones return the next day at 04:00', () => {
    const { c } = collectionWith(['governance'], T0);
    track(c);
    const [zhili, fazhan, chuangxin] = ['治理', '发展', '创新'].map((w) => idOf(c, 'governance', w));
    c.suspend(zhili, T0);
    c.bury(fazhan, T0);
    c.retire(chuangxin, T0);
    expect(c.todayQueue({ now: T0 }).new).toBe(1);
    expect(c.card(fazhan)!.buriedUntil!.toISOString()).toBe('2026-11-28T04:00:00.000Z');
    expect(c.todayQueue({ now: new Date('2026-11-28T03:59:00Z') }).new).toBe(1);
    expect(c.todayQueue({ now: new Date('2026-11-28T04:00:00Z') }).new).toBe(2);
    expect(c.stats(T0).cards).toEqual({ total: 4, new: 2, learning: 0, review: 0, suspended: 1, known: 1 });
    c.unsuspend(zhili, T0);
    expect(c.todayQueue({ now: new Date('2026-11-28T04:00:00Z') }).new).toBe(3);
  });

  it('an undone card is shown again at once', () => {
    const { c } = collectionWith(['report-2024'], T0);
    track(c);
    const q = c.todayQueue({ now: T0 });
    const first = q.next(T0)!;
    c.answer(first.card.card.id, 4, T0, 1000);
    expect(q.next(T0)!.card.card.word).toBe('经济');
    c.undo();
    expect(q.next(T0)!.card.card.word).toBe('发展');
  });

  it('previews the four answers with their intervals', () => {
    const { c } = collectionWith(['report-2024'], T0);
    track(c);
    const p = c.previewIntervals(idOf(c, 'report-2024', '发展'), T0);
    expect([p[1].label, p[2].label, p[3].label]).toEqual(['Again · 1m', 'Hard · 6m', 'Good · 10m']);
    expect(p[4].label).toMatch(/^Easy · \d+d$/);
    expect(p[3].due.toISOString()).toBe(min(10).toISOString());
  });
});

describe('due: every deck at once', () => {
  it("each deck's counts equal that deck's own queue, the total equals the queue over all decks", () => {
    const { c } = collectionWith(['report-2024', 'governance'], T0, { newPerDay: 3 });
    track(c);
    const ids = c.cardsOfDeck('governance').map((s) => s.card.id);
    c.answer(ids[0], 4, T0, 1000);
    c.answer(ids[1], 1, T0, 1000);
    c.bury(ids[2], T0);
    for (const now of [min(1), days(3), days(30)]) {
      const due = c.due(now);
      for (const d of due.decks) expect({ new: d.new, learning: d.learning, review: d.review }).toEqual(c.todayQueue({ decks: [d.name], now }).counts(now));
      expect(due.total).toEqual(c.todayQueue({ now }).counts(now));
    }
    expect(c.due(min(1))).toEqual({
      decks: [{ name: 'report-2024', new: 2, learning: 1, review: 0 }, { name: 'governance', new: 1, learning: 1, review: 0 }],
      total: { new: 1, learning: 1, review: 0 },
    });
    // The total is counted, not listed: it still equals the queue over all decks with a card suspended.
    c.suspend(ids[3], T0);
    for (const now of [min(1), days(3), days(30)]) expect(c.due(now).total).toEqual(c.todayQueue({ now }).counts(now));
  });
});

describe('stats', () => {
  it('counts reviews today and in total, true retention and the due forecast', () => {
    const { c } = collectionWith(['report-2024'], T0);
    track(c);
    const ids = c.cardsOfDeck('report-2024').map((s) => s.card.id);
    for (const id of ids) c.answer(id, 4, T0, 1000);
    const later = days(40);
    c.answer(ids[0], 1, later, 1000); // a lapse
    c.answer(ids[1], 3, later, 1000);
    const s = c.stats(later);
    expect(s.reviews).toEqual({ total: 7, today: 2 });
    expect(s.retention).toMatchObject({ days: 30, reviews: 2, passed: 1, rate: 0.5 });
    expect(s.forecast).toHaveLength(30);
    expect(s.forecast[0].day).toBe('2027-01-06');
    // Today: three overdue reviews and the lapsed card (relearning in 10 minutes); the Good one is due later.
    expect(s.forecast[0].due).toBe(4);
    expect(s.heatmap).toEqual([{ day: '2026-11-27', reviews: 5 }, { day: '2027-01-06', reviews: 2 }]);
  });
});
