import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/lexicon/index.js';
import { mainUse, usageOrder } from '../../src/lexicon/usage-class.js';

describe("the word's use orders its senses (the HSK list's parts of speech)", () => {
  it('moves the verb senses of a word used as a verb before a first non-verb sense', () => {
    // 落实: practical, to implement, workable, to carry out; used as v.
    expect(usageOrder('nvav', [1.4, 0.8, 0.7, 0.5], ['v'])).toEqual([1, 3, 0, 2]);
  });

  it('moves a non-verb sense first for a word never used as a verb', () => {
    expect(usageOrder('vn', [1, 0.5], ['n'])).toEqual([1, 0]);
  });

  it('leaves the order where the first sense fits a use, where the use is unknown, or where the other sense ranks far lower', () => {
    expect(usageOrder('anv', [2, 1, 1], ['a', 'an', 'v', 'ad'])).toEqual([0, 1, 2]);
    expect(usageOrder('nv', [2, 1], [])).toEqual([0, 1]);
    expect(usageOrder('av', [2, 0.5], ['v'])).toEqual([0, 1]);
  });

  it('names the main use only where the most frequent tag is sure', () => {
    expect(mainUse(['v', 'vn'])).toBe('v');
    expect(mainUse(['a', 'an', 'v', 'ad'])).toBe('a');
    expect(mainUse(['vn', 'v'])).toBeNull();
    expect(mainUse(undefined)).toBeNull();
  });

  it.each([
    ['落实', /^to implement/, 'v'],
    ['巩固', /^to consolidate/, 'v'],
    ['稳定', /^stable|^steady/, 'a'],
    ['统筹', /./, 'v'],
  ])('the index gives %s its first sense %s and its main use %s', (word, first, use) => {
    const entry = lookup(word).find((e) => !e.weak)!;
    expect(entry.definitions[0]).toMatch(first);
    expect(entry.use).toBe(use);
  });
});
