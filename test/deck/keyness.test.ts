import { describe, expect, it } from 'vitest';
import { logLikelihood } from '../../src/deck/keyness.js';

describe('logLikelihood', () => {
  it('matches the textbook G² value (Rayson & Garside 2000 worked example)', () => {
    // a=10 in 1,000 words vs b=100 in 1,000,000: E1 = 1000*110/1001000 = 0.10989…
    const expected = 2 * (10 * Math.log(10 / (1000 * 110 / 1001000)) + 100 * Math.log(100 / (1000000 * 110 / 1001000)));
    expect(logLikelihood(10, 1000, 100, 1_000_000)).toBeCloseTo(expected, 9);
  });
  it('is negative when the text uses the word less than the corpus does', () => {
    expect(logLikelihood(1, 1000, 50_000, 1_000_000)).toBeLessThan(0);
  });
  it('rewards a word the corpus lacks', () => {
    expect(logLikelihood(3, 1000, 0, 60_000_000)).toBeGreaterThan(logLikelihood(3, 1000, 3000, 60_000_000));
  });
  it('is 0 for a word that does not occur', () => {
    expect(logLikelihood(0, 1000, 10, 1000)).toBe(0);
  });
});
