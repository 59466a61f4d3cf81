import { describe, expect, it } from 'vitest';
import { applyChange, candidatesAt, snapshotCounts, type QueueSnapshot } from '../../src/srs/queue-update.js';

const NOW = Date.parse('2026-11-27T10:00:00Z');
const MIN = 60_000;
const DAY_END = Date.parse('2026-11-28T04:00:00Z');

const snap = (s: Partial<QueueSnapshot>): QueueSnapshot => ({
  learning: [], reviews: [], fresh: [], allowance: { fresh: 20, reviews: 200 }, dayEnd: DAY_END, ...s,
});

describe('applyChange: the queue after one saved change', () => {
  it('a new card answered Good goes to learning, by due time, and uses one of the day\'s new cards', () => {
    const s = snap({ learning: [{ id: 'L1', due: NOW + 2 * MIN }], fresh: ['N1', 'N2'], allowance: { fresh: 2, reviews: 10 } });
    const next = applyChange(s, { id: 'N1', answered: { stateBefore: 0, at: NOW }, after: { state: 1, due: NOW + MIN } });
    expect(next).toEqual({ ...s, learning: [{ id: 'N1', due: NOW + MIN }, { id: 'L1', due: NOW + 2 * MIN }], fresh: ['N2'], allowance: { fresh: 1, reviews: 10 } });
  });

  it('a review answered Good leaves the queue (due another day) and uses one review', () => {
    const s = snap({ reviews: [{ id: 'R1', due: NOW - MIN }, { id: 'R2', due: NOW }], allowance: { fresh: 0, reviews: 2 } });
    const next = applyChange(s, { id: 'R1', answered: { stateBefore: 2, at: NOW }, after: { state: 2, due: NOW + 3 * 86_400_000 } });
    expect(next).toMatchObject({ reviews: [{ id: 'R2', due: NOW }], allowance: { reviews: 1 } });
  });

  it('a review answered Again is relearned: it joins the learning cards', () => {
    const s = snap({ reviews: [{ id: 'R1', due: NOW - MIN }] });
    expect(applyChange(s, { id: 'R1', answered: { stateBefore: 2, at: NOW }, after: { state: 3, due: NOW + 10 * MIN } }))
      .toMatchObject({ learning: [{ id: 'R1', due: NOW + 10 * MIN }], reviews: [] });
  });

  it('a card suspended from a list cut at its allowance needs a read (the next card beyond the cut is unknown)', () => {
    const s = snap({ fresh: ['N1', 'N2'], allowance: { fresh: 2, reviews: 0 } });
    expect(applyChange(s, { id: 'N1', answered: null, after: null })).toBeNull();
  });

  it('a card suspended from a list shorter than its allowance just leaves it', () => {
    const s = snap({ fresh: ['N1', 'N2'], allowance: { fresh: 5, reviews: 0 } });
    expect(applyChange(s, { id: 'N1', answered: null, after: null })).toMatchObject({ fresh: ['N2'], allowance: { fresh: 5 } });
  });

  it('a card that became new again needs a read', () => {
    expect(applyChange(snap({}), { id: 'X', answered: null, after: { state: 0, due: NOW } })).toBeNull();
  });
});

describe('drawing from a snapshot', () => {
  it('offers learning cards within the learn-ahead window only, and counts the same way', () => {
    const s = snap({ learning: [{ id: 'L1', due: NOW + 5 * MIN }, { id: 'L2', due: NOW + 30 * MIN }], reviews: [{ id: 'R1', due: NOW }], fresh: ['N1'] });
    expect(candidatesAt(s, NOW, 20 * MIN)).toEqual({ learning: [{ id: 'L1', due: NOW + 5 * MIN }], reviews: ['R1'], fresh: ['N1'] });
    expect(snapshotCounts(s, NOW, 20 * MIN)).toEqual({ new: 1, learning: 1, review: 1 });
    expect(snapshotCounts(s, NOW + 15 * MIN, 20 * MIN).learning).toBe(2);
  });
});
