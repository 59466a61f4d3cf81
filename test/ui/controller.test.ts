import { afterEach, describe, expect, it } from 'vitest';
import { openCollection, type Collection } from '../../src/store/collection.js';
import { collectionController } from '../../src/ui/controller.js';
import { tempDir } from '../helpers/cli.js';
import { loadUiDeck } from '../store/helpers.js';

const deck = loadUiDeck();
// A fixed morning, well inside the learner's day.
const T0 = new Date('2026-01-05T09:00:00');
const at = (sec: number) => new Date(T0.getTime() + sec * 1000);

let collection: Collection | null = null;
afterEach(() => {
  collection?.close();
  collection = null;
});

function fresh(): Collection {
  collection = openCollection(tempDir());
  collection.addDeck(deck, T0);
  return collection;
}

describe('collection controller (real SQLite collection)', () => {
  it('overview counts each deck; start shows the first card with its intervals and source title', () => {
    const c = fresh();
    const ctl = collectionController(c);
    expect(ctl.overview(T0)).toEqual([{ name: deck.name, new: 8, learning: 0, review: 0 }]);
    const step = ctl.start(null, T0);
    expect(step.item?.card.word).toBe('执法');
    expect(step.item?.sourceTitle).toBe('2024年国务院政府工作报告（节选）');
    expect(step.item?.deckName).toBe(deck.name);
    expect(step.item?.state).toBe('new');
    // Intervals come a moment later, from details(), so the card is drawn first.
    expect(step.item?.intervals).toBeNull();
    expect(step.counts).toEqual({ new: 8, learning: 0, review: 0 });
    const details = ctl.details(step.item!.card.id, T0);
    expect(details.intervals?.[1]).toBe('1m');
    expect(details.counts).toEqual({ new: 8, learning: 0, review: 0 });
  });

  it('answers are in the collection when answer() returns; undo takes the last one back and shows it again', () => {
    const c = fresh();
    const ctl = collectionController(c);
    const first = ctl.start([deck.name], T0);
    const second = ctl.answer(first.item!.card.id, 3, at(5), 5000);
    expect(second.item?.card.word).toBe('局长');
    // After the first card, a step carries the counts and the next card's intervals at once.
    expect(second.counts).toEqual({ new: 7, learning: 1, review: 0 });
    expect(second.item?.intervals?.[3]).toBe('10m');
    // A second connection sees the answer: it is on disk, not only in this process.
    expect(c.reviewLog().map((e) => [e.cardId, e.grade, e.durationMs])).toEqual([[first.item!.card.id, 3, 5000]]);
    const undone = ctl.undo(at(6));
    expect(undone?.item?.card.word).toBe('执法');
    expect(c.reviewLog()).toEqual([]);
    expect(ctl.undo(at(7))).toBeNull();
  });

  it('suspend, bury and "I know this" take the card out of today', () => {
    const c = fresh();
    const ctl = collectionController(c);
    let step = ctl.start(null, T0);
    step = ctl.suspend(step.item!.card.id, at(1));
    step = ctl.bury(step.item!.card.id, at(2));
    step = ctl.retire(step.item!.card.id, at(3));
    expect(step.item?.card.word).toBe('监督');
    expect(ctl.details(null, at(4)).counts.new).toBe(5);
    expect(c.card(deck.cards[0]!.id)?.suspended).toBe(true);
    expect(c.card(deck.cards[2]!.id)?.retired).toBe(true);
  });

  it('session limits apply; a card still learning counts as due tomorrow, new cards do not', () => {
    const c = fresh();
    const ctl = collectionController(c, { newLimit: 1 });
    const s = ctl.start(null, T0);
    expect(ctl.details(null, T0).counts.new).toBe(1);
    expect(ctl.dueTomorrow(T0)).toBe(0);
    ctl.answer(s.item!.card.id, 3, at(3), 3000);
    expect(ctl.details(null, at(3)).counts).toEqual({ new: 0, learning: 1, review: 0 });
    expect(ctl.dueTomorrow(at(20))).toBe(1);
  });
});
