import { describe, expect, it } from 'vitest';
import { comparePinyin, suggestGrade } from '../../src/ui/pinyin-compare.js';
import { parseSyllables, tonesOf } from '../../src/ui/pinyin.js';

describe('pinyin parsing', () => {
  it.each([
    ['zhi2 fa3', [['zhi', 2], ['fa', 3]]],
    ['zhí fǎ', [['zhi', 2], ['fa', 3]]],
    ['zhi2fa3', [['zhi', 2], ['fa', 3]]],
    ['lu:4 shi1', [['lv', 4], ['shi', 1]]],
    ['lǜ shī', [['lv', 4], ['shi', 1]]],
    ['Cháo xiǎn', [['chao', 2], ['xian', 3]]],
    ['ma5', [['ma', 5]]],
    ['de', [['de', 5]]],
  ])('%s', (text, expected) => {
    expect(parseSyllables(text).map((s) => [s.letters, s.tone])).toEqual(expected);
  });

  it('gives the tones of a marked reading', () => {
    expect(tonesOf('yán gé guī fàn gōng zhèng')).toEqual([2, 2, 1, 4, 1, 4]);
  });
});

describe('typed pinyin against the card (执法 zhi2 fa3)', () => {
  it.each([
    ['zhi2 fa3', true, 3],
    ['zhí fǎ', true, 3],
    ['zhífǎ', true, 3],
    ['ZHI2FA3', true, 3],
    ['zhi2 fa4', false, 2],
    ['zhi1 fa4', false, 1],
    ['zi2 fa3', false, 1],
    ['zhi2', false, 1],
    ['', false, 1],
    ['zhi2 fa3 le', false, 1],
  ])('%s → correct %s, grade %i', (typed, correct, grade) => {
    const c = comparePinyin('zhi2 fa3', typed);
    expect(c.correct).toBe(correct);
    expect(suggestGrade(c)).toBe(grade);
  });

  it('marks each syllable: letters right but tone wrong', () => {
    const c = comparePinyin('ju2 zhang3', 'ju2 zhang4');
    expect(c.syllables.map((s) => [s.lettersOk, s.toneOk])).toEqual([
      [true, true],
      [true, false],
    ]);
  });

  it('accepts ü as v, u: or ü (律师 lu:4 shi1)', () => {
    for (const typed of ['lv4 shi1', 'lu:4 shi1', 'lü4 shi1', 'lǜ shī']) expect(comparePinyin('lu:4 shi1', typed).correct).toBe(true);
  });
});
