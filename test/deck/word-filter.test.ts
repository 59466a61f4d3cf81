import { describe, expect, it } from 'vitest';
import { skipReason, type CandidateFacts } from '../../src/deck/word-filter.js';

const facts = (word: string, pos: string, over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  word,
  pos,
  hsk: { v2: null, v3: null },
  inCedict: true,
  onlyWeak: false,
  corpusCount: 1000,
  ...over,
});

describe('skipReason', () => {
  it.each([
    ['的', 'uj', 'function'],
    ['了', 'ul', 'function'],
    ['在', 'p', 'function'],
    ['和', 'c', 'function'],
    ['因此', 'c', 'function'],
    ['吗', 'y', 'function'],
    ['我们', 'r', 'function', { hsk: { v2: 1, v3: 1 } }],
    ['个', 'q', 'function'],
    ['三', 'm', 'number'],
    ['第一', 'm', 'number'],
    ['一年', 'm', 'number'],
    ['两次', 'm', 'number'],
    ['孟建柱', 'nr', 'name'],
    ['陈智敏', 'x', 'unknown', { inCedict: false, corpusCount: 0 }],
  ] as const)('%s (%s) is left out as %s', (word, pos, reason, over?: Partial<CandidateFacts>) => {
    expect(skipReason(facts(word, pos, over), false)).toBe(reason);
  });

  it.each([
    ['公信力', 'n'],
    ['规范化', 'n'],
    ['统筹', 'v'],
    ['切实', 'ad'],
    ['大连', 'd'], // jieba tags 大连 as an adverb: tags alone must not drop content words
    ['一系列', 'm'],
    ['各级', 'r'],
    ['一切', 'r', { hsk: { v2: 4, v3: 3 } }],
    ['辽宁', 'ns'],
  ] as const)('%s (%s) is a content word', (word, pos, over?: Partial<CandidateFacts>) => {
    expect(skipReason(facts(word, pos, over), false)).toBeNull();
  });

  it('keeps names when asked', () => {
    expect(skipReason(facts('孟建柱', 'nr'), true)).toBeNull();
  });
});

describe('single characters', () => {
  it('drops the basic ones (HSK 3.0 levels 1–2) and keeps the rest', () => {
    expect(skipReason(facts('要', 'v', { hsk: { v2: 2, v3: 1 } }), false)).toBe('function');
    expect(skipReason(facts('党', 'n', { hsk: { v2: 6, v3: 6 } }), false)).toBeNull();
  });
});
