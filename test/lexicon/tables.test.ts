import { describe, expect, it } from 'vitest';
import { corpusFrequency, corpusTotal, has, lookup, wordSummary } from '../../src/lexicon/index.js';

describe('lookup (CC-CEDICT)', () => {
  it('gives every reading of a simplified word, with traditional form and glosses', () => {
    expect(lookup('局长')).toEqual([
      { traditional: '局長', simplified: '局长', pinyinNumbered: 'ju2 zhang3', definitions: ['bureau chief', 'measure word: 位 wèi, 个 gè'], classes: 'nq', use: 'n', bound: '', weak: false },
    ]);
    expect(lookup('行').map((e) => e.pinyinNumbered)).toEqual(expect.arrayContaining(['hang2', 'xing2']));
  });
  it('marks surname-only and variant-only readings weak', () => {
    const zhang = lookup('张');
    expect(zhang.find((e) => e.pinyinNumbered === 'Zhang1')?.weak).toBe(true);
    expect(zhang.find((e) => e.pinyinNumbered === 'zhang1')?.weak).toBe(false);
    // 爲 rows ("variant of 為") are merged into 为's real readings, which keep 為.
    const wei = lookup('为');
    expect(wei.every((e) => !e.weak && e.traditional === '為')).toBe(true);
    expect(wei.flatMap((e) => e.definitions).join(' ')).not.toMatch(/variant of/);
  });
  it('strips pointers from real readings and follows "see X" to X’s definitions', () => {
    expect(lookup('朝鲜')[0].definitions).toEqual(['North Korea', 'Korea as geographic term']);
    const dalian = lookup('大连')[0]; // CC-CEDICT: "see 大連市|大连市[Da4 lian2 Shi4]"
    expect(dalian.weak).toBe(false);
    expect(dalian.definitions[0]).toMatch(/^Dalian/);
  });
  it('gives a variant-only reading its target’s meanings but keeps it weak', () => {
    const yidianr = lookup('一点儿'); // "erhua variant of 一點|一点[yi1 dian3]"
    expect(yidianr[0].weak).toBe(true);
    expect(yidianr[0].definitions).toContain('a bit; a little bit');
    const qiyu = lookup('器宇'); // "(literary) variant of 氣宇|气宇[qi4 yu3]"
    expect(qiyu[0].weak).toBe(true);
    expect(qiyu[0].definitions.join(' ')).not.toMatch(/variant of/);
  });
  it('merges rows of one reading (了解/瞭解) without repeating glosses', () => {
    const liaojie = lookup('了解');
    expect(liaojie).toHaveLength(1);
    expect(new Set(liaojie[0].definitions).size).toBe(liaojie[0].definitions.length);
  });
  it('answers has() and empty lookups', () => {
    expect(has('公信力')).toBe(true);
    expect(has('出席会议')).toBe(false);
    expect(lookup('出席会议')).toEqual([]);
    expect(lookup('')).toEqual([]);
    expect(lookup('QQ')).toEqual([]);
  });
});

describe('HSK levels (wordSummary)', () => {
  const table: [string, number | null, number | null][] = [
    ['发展', 4, 3],
    ['政府', 5, 4],
    ['的', 1, 1],
    ['与时俱进', null, 7],
    ['公信力', null, null],
    ['出席会议', null, null],
  ];
  it.each(table)('%s: HSK 2.0 %s, HSK 3.0 %s', (word, v2, v3) => {
    expect(wordSummary(word).hsk).toEqual({ v2, v3 });
  });
});

describe('what CC-CEDICT has of a word (wordSummary)', () => {
  const table: [string, string][] = [
    ['执法', 'real'],
    // capitalised only: a place…
    ['大连', 'proper'],
    ['内蒙古', 'proper'],
    ['大连市', 'proper'],
    // …but a name spelled by common words names a policy, a programme or a body, not a place
    ['一带一路', 'real'],
    ['世界卫生组织', 'real'],
    ['公信力', 'real'],
    ['栗', 'real'],
  ];
  it.each(table)('%s: %s', (word, cedict) => expect(wordSummary(word).cedict).toBe(cedict));
});

describe('corpusFrequency (jieba dictionary counts)', () => {
  it('orders common, official and rare words', () => {
    const de = corpusFrequency('的');
    const zhengfu = corpusFrequency('政府');
    const gongxinli = corpusFrequency('公信力');
    expect(de.zipf).toBeGreaterThan(zhengfu.zipf);
    expect(zhengfu.zipf).toBeGreaterThan(gongxinli.zipf);
    expect(gongxinli.zipf).toBeGreaterThan(0);
    expect(zhengfu.count).toBe(23452);
    expect(zhengfu.zipf).toBeCloseTo(Math.log10((23452 / corpusTotal()) * 1e9), 10);
  });
  it('flags jieba’s placeholder count 3 (an entry added without a corpus count)', () => {
    expect(corpusFrequency('公安机关')).toMatchObject({ count: 3, placeholder: true });
    expect(corpusFrequency('政府').placeholder).toBe(false);
  });
  it('is zero for words jieba does not list', () => {
    expect(corpusFrequency('新媒体')).toEqual({ count: 0, zipf: 0, placeholder: false });
    expect(corpusTotal()).toBe(60101983);
  });
});
