import { describe, expect, it } from 'vitest';
import { allowance, newComesNext, pickNext, type QueueCandidates } from '../../src/srs/queue.js';

const NOW = Date.parse('2026-11-27T10:00:00Z');
const MIN = 60_000;
const AHEAD = 20 * MIN;

const cands = (c: Partial<QueueCandidates>): QueueCandidates => ({ learning: [], reviews: [], fresh: [], sinceLastNew: 0, ...c });

describe('pickNext: which card comes next', () => {
  it.each<[string, Partial<QueueCandidates>, { id: string; kind: string } | undefined]>([
    ['nothing at all', {}, undefined],
    ['a learning card due now beats reviews and new cards',
      { learning: [{ id: 'L', due: NOW - MIN }], reviews: ['R'], fresh: ['N'] }, { id: 'L', kind: 'learning' }],
    ['a learning card due exactly now counts as due', { learning: [{ id: 'L', due: NOW }], reviews: ['R'] }, { id: 'L', kind: 'learning' }],
    ['a learning card due in 5 minutes waits while reviews remain',
      { learning: [{ id: 'L', due: NOW + 5 * MIN }], reviews: ['R'] }, { id: 'R', kind: 'review' }],
    ['…and is shown (learn-ahead) when nothing else is left', { learning: [{ id: 'L', due: NOW + 5 * MIN }] }, { id: 'L', kind: 'learning' }],
    ['a learning card due in 21 minutes is beyond the 20-minute learn-ahead', { learning: [{ id: 'L', due: NOW + 21 * MIN }] }, undefined],
    ['reviews before new cards when reviews outnumber them', { reviews: ['R1', 'R2', 'R3'], fresh: ['N1'] }, { id: 'R1', kind: 'review' }],
    ['new cards alone, in the given (rank) order', { fresh: ['N1', 'N2'] }, { id: 'N1', kind: 'new' }],
    ['as many new as reviews: the review first', { reviews: ['R1'], fresh: ['N1'] }, { id: 'R1', kind: 'review' }],
    ['an undone card comes back first', { learning: [{ id: 'L', due: NOW }], reviews: ['R1'], fresh: ['N1'], requeued: ['R1'] }, { id: 'R1', kind: 'review' }],
    ['a requeued card no longer due is skipped', { reviews: ['R1'], requeued: ['gone'] }, { id: 'R1', kind: 'review' }],
  ])('%s', (_what, c, expected) => {
    expect(pickNext(cands(c), NOW, AHEAD)).toEqual(expected);
  });
});

describe('new cards are spread among reviews', () => {
  /** Plays the queue out, answering every card so it leaves the queue. */
  function play(reviews: number, fresh: number): string {
    const c = cands({
      reviews: Array.from({ length: reviews }, (_, i) => `R${i}`),
      fresh: Array.from({ length: fresh }, (_, i) => `N${i}`),
    });
    let out = '';
    for (;;) {
      const p = pickNext(c, NOW, AHEAD);
      if (!p) return out;
      out += p.kind === 'new' ? 'n' : 'r';
      if (p.kind === 'new') {
        c.fresh = c.fresh.slice(1);
        c.sinceLastNew = 0;
      } else {
        c.reviews = c.reviews.slice(1);
        c.sinceLastNew++;
      }
    }
  }

  it.each([
    [0, 3, 'nnn'],
    [3, 0, 'rrr'],
    [2, 2, 'rnrn'],
    [1, 3, 'rnnn'],
    [4, 2, 'rrnrrn'],
    [10, 5, 'rrnrrnrrnrrnrrn'],
    [6, 1, 'rrrrrrn'],
    [9, 3, 'rrrnrrrnrrrn'],
  ])('%i reviews, %i new: %s', (reviews, fresh, pattern) => {
    expect(play(reviews, fresh)).toBe(pattern);
  });

  it('newComesNext never shows new when none are left, always when only new are left', () => {
    expect(newComesNext(0, 5, 10)).toBe(false);
    expect(newComesNext(3, 0, 0)).toBe(true);
  });
});

describe('daily allowances', () => {
  it.each([
    // daily limit, done today, session limit, done in session, left
    [20, 0, undefined, 0, 20],
    [20, 7, undefined, 7, 13],
    [20, 25, undefined, 25, 0],
    [20, 20, 5, 0, 5],
    [20, 3, 5, 2, 3],
    [200, 0, 0, 0, 0],
  ])('limit %i, %i done today, session %s (%i done): %i left', (limit, today, session, inSession, left) => {
    expect(allowance(limit, today, session, inSession)).toBe(left);
  });
});
