import { afterEach, describe, expect, it } from 'vitest';
import type { Grade } from '../../src/srs/types.js';
import { openCollection, type Collection } from '../../src/store/collection.js';
import type { TodayQueueImpl } from '../../src/store/today-queue.js';
import { syntheticDeck, tempHome } from './helpers.js';

/**
 * The review session's queue is read once and then kept up to date in memory from the changes
 * its collection reports (src/srs/queue-update.ts). Whatever the learner does, it must hold what
 * a queue read afresh from the file holds, card for card and in order.
 */

const DAY = 86_400_000;
const T0 = new Date('2026-11-27T10:00:00Z'); // UTC: the learner's day began at 04:00Z
const at = (ms: number) => new Date(T0.getTime() + ms);

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let open: Collection[] = [];
afterEach(() => {
  for (const c of open) c.close();
  open = [];
});

/** Three decks (b shares cards with a; c's examples hold a's words, so its order follows what is known), history over 40 days. */
function history(): Collection {
  const c = openCollection(tempHome({ newPerDay: 6, reviewsPerDay: 9 }));
  open.push(c);
  const a = syntheticDeck('a', 30);
  const b = syntheticDeck('b', 8, 'a');
  const cDeck = syntheticDeck('c', 20);
  cDeck.cards.forEach((card, i) => {
    card.word = `词c${i + 1}`;
    card.exampleWords = [[`词${(i % 10) + 1}`], [`词${(i % 7) + 11}`]];
    card.examples = [`例${i}`, `又例${i}`];
  });
  c.addDeck(a, at(-40 * DAY));
  c.addDeck(b, at(-40 * DAY));
  c.addDeck(cDeck, at(-40 * DAY));
  // Cards of a reviewed over the past weeks: some are due today, some mature (known words).
  for (let i = 1; i <= 24; i++) {
    c.answer(`a-${i}`, 4, at(-40 * DAY + i * 60_000), 2000);
    if (i % 2 === 0) c.answer(`a-${i}`, 4, at(-25 * DAY + i * 60_000), 2000);
    if (i % 4 === 0) c.answer(`a-${i}`, 3, at(-8 * DAY + i * 60_000), 2000);
  }
  return c;
}

type Live = TodayQueueImpl;
const liveQueue = (c: Collection, decks: string[] | undefined, now: Date) => c.todayQueue({ decks, now }) as Live;

describe('the live queue holds what a fresh read holds', () => {
  it.each([1, 2, 3])('through answers of every grade, suspend, bury, retire and undo (seed %i)', (seed) => {
    const c = history();
    const next = random(seed);
    const selections = [undefined, ['c'], ['a', 'b']];
    let now = T0.getTime();
    const queues = selections.map((decks) => liveQueue(c, decks, new Date(now)));
    let crossed = 0;
    for (let step = 0; step < 60; step++) {
      now += Math.floor(next() * 5 * 60_000);
      const q = queues[step % queues.length];
      const item = q.next(new Date(now));
      if (item === undefined) continue;
      const id = item.card.card.id;
      const mature = (c.card(id)!.schedule.stability >= 21);
      const r = next();
      if (r < 0.06) c.suspend(id, new Date(now));
      else if (r < 0.1) c.bury(id, new Date(now));
      else if (r < 0.13) c.retire(id, new Date(now));
      else c.answer(id, (1 + Math.floor(next() * 4)) as Grade, new Date(now), 1500);
      if (next() < 0.08) c.undo();
      if (mature !== c.card(id)!.schedule.stability >= 21) crossed++;
      selections.forEach((decks, i) => {
        const fresh = liveQueue(c, decks, new Date(now));
        expect(queues[i].candidates(new Date(now)), `step ${step}, decks ${String(decks)}`).toEqual(fresh.candidates(new Date(now)));
        expect(queues[i].counts(new Date(now))).toEqual(fresh.counts(new Date(now)));
      });
    }
    // The run met what the memory must follow: the known words changed on the way.
    expect(crossed).toBeGreaterThan(0);
  });

  it('follows another process: a commit from elsewhere makes it read again', () => {
    const c = history();
    const q = liveQueue(c, undefined, T0);
    const first = q.next(T0)!.card.card.id;
    const other = openCollection(c.file!.replace(/\/collection\.sqlite$/, ''));
    open.push(other);
    other.suspend(first, T0);
    expect(q.candidates(T0)).toEqual(liveQueue(c, undefined, T0).candidates(T0));
    expect(q.next(T0)!.card.card.id).not.toBe(first);
  });

  it('starts a new day afresh: the next day brings its own allowance', () => {
    const c = history();
    const q = liveQueue(c, ['c'], T0);
    for (let i = 0; i < 6; i++) c.answer(q.next(T0)!.card.card.id, 3, T0, 1000);
    expect(q.counts(T0).new).toBe(0);
    const tomorrow = at(DAY);
    expect(q.counts(tomorrow)).toEqual(liveQueue(c, ['c'], tomorrow).counts(tomorrow));
    expect(q.counts(tomorrow).new).toBe(6);
  });
});
