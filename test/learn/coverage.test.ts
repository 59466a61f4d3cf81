import { describe, expect, it } from 'vitest';
import { coverage, wordsToReach, type WordTally } from '../../src/learn/coverage.js';
import { bandOf, hskProfile } from '../../src/learn/hsk-profile.js';

const tally = (word: string, count: number, kind: 'known' | 'free' | 'unknown', first = 0): WordTally =>
  ({ word, count, first, known: kind === 'known', free: kind === 'free' });

// A 100-token article: 的 30 (function), 执法 20 known, 社会 15, 群众 15, 座谈会 10, 公信力 6, 孟建柱 4 (name).
const article = [
  tally('的', 30, 'free', 0), tally('执法', 20, 'known', 1), tally('社会', 15, 'unknown', 2), tally('群众', 15, 'unknown', 3),
  tally('座谈会', 10, 'unknown', 4), tally('公信力', 6, 'unknown', 5), tally('孟建柱', 4, 'free', 6),
];

describe('coverage arithmetic', () => {
  it('counts known and never-card tokens as read, ranks the rest by tokens, earliest first on ties', () => {
    const c = coverage(article);
    expect(c).toMatchObject({ tokens: 100, knownTokens: 20, freeTokens: 34, share: 0.54 });
    expect(c.unknown).toEqual([
      { word: '社会', count: 15, gain: 0.15 },
      { word: '群众', count: 15, gain: 0.15 },
      { word: '座谈会', count: 10, gain: 0.1 },
      { word: '公信力', count: 6, gain: 0.06 },
    ]);
  });

  it.each([
    // target, new words: 54 → 69 → 84 → 94 → 100
    [0.5, 0],
    [0.54, 0],
    [0.69, 1],
    [0.7, 2],
    [0.84, 2],
    [0.95, 4],
    [0.98, 4],
    [1, 4],
  ])('to reach %s the learner needs %i new words', (target, n) => {
    expect(wordsToReach(coverage(article), target)).toBe(n);
  });

  it('exactly 95 % is reached without a floating-point miss', () => {
    const c = coverage([tally('的', 95, 'free'), tally('社会', 5, 'unknown')]);
    expect(c.share).toBe(0.95);
    expect(wordsToReach(c, 0.95)).toBe(0);
    expect(wordsToReach(c, 0.98)).toBe(1);
  });

  it('an article without words covers nothing and needs nothing', () => {
    const c = coverage([]);
    expect(c).toMatchObject({ tokens: 0, share: 0, unknown: [] });
    expect(wordsToReach(c, 0.95)).toBe(0);
  });
});

describe('HSK profile', () => {
  it.each([
    [1, '1'], [6, '6'], [7, '7-9'], [null, 'none'],
  ] as const)('HSK 3.0 level %s is band %s', (v3, band) => {
    expect(bandOf(v3)).toBe(band);
  });

  it('gives every band in order, as token shares', () => {
    const rows = hskProfile([{ count: 3, v3: 1 }, { count: 1, v3: 7 }, { count: 4, v3: null }, { count: 2, v3: 1 }]);
    expect(rows.map((r) => r.level)).toEqual(['1', '2', '3', '4', '5', '6', '7-9', 'none']);
    expect(Object.fromEntries(rows.map((r) => [r.level, r.tokens]))).toMatchObject({ 1: 5, 2: 0, '7-9': 1, none: 4 });
    expect(rows.find((r) => r.level === '1')!.share).toBe(0.5);
  });
});
