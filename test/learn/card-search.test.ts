import { describe, expect, it } from 'vitest';
import { matchRank, parseQuery, searchKey } from '../../src/learn/card-search.js';

const card = (word: string, traditional: string, pinyinNumbered: string, ...definitions: string[]) =>
  searchKey({ word, traditional, pinyinNumbered, definitions });

const zhifa = card('执法', '執法', 'zhi2 fa3', 'to enforce a law', 'law enforcement');
const lvshi = card('律师', '律師', 'lu:4 shi1', 'lawyer');
const chaoxian = card('朝鲜', '朝鮮', 'Chao2 xian3', 'North Korea');
const kunnan = card('困难', '困難', 'kun4 nan5', 'difficult', 'difficulty');
const fazhan = card('发展', '發展', 'fa1 zhan3', 'development', 'to develop');

const rank = (key: ReturnType<typeof searchKey>, q: string) => matchRank(key, parseQuery(q)!);

describe('card search: what a query matches', () => {
  it('keys a card by its numbered reading (ü as v), letters and meanings', () => {
    expect(lvshi).toEqual({ word: '律师', traditional: '律師', reading: 'lv4 shi1', letters: 'lvshi', meanings: 'lawyer' });
    expect(chaoxian.reading).toBe('chao2 xian3');
  });

  it.each([
    // Characters: the word, its start, inside it, the traditional form.
    [zhifa, '执法', 0], [zhifa, '执', 1], [zhifa, '法', 2], [zhifa, '執法', 0], [zhifa, '执 法', 0], [zhifa, '治', null],
    // Pinyin without tones, with tone numbers, with tone marks, spaced or not, by syllables.
    [zhifa, 'zhifa', 0], [zhifa, 'zhi fa', 0], [zhifa, 'zhi2 fa3', 0], [zhifa, 'zhi2fa3', 0], [zhifa, 'zhí fǎ', 0],
    [zhifa, 'ZHÍFǍ', 0], [zhifa, 'zhi2fa', 0], [zhifa, 'zhi', 1], [zhifa, 'zh', 1], [zhifa, 'fa3', 2], [zhifa, 'fa', 2],
    // A tone given must agree; letters inside a syllable do not start a match.
    [zhifa, 'zhi4 fa3', null], [zhifa, 'zhì', null], [zhifa, 'fa4', null], [zhifa, 'hifa', null], [zhifa, 'ifa', null],
    // ü as v, u: or ü; the neutral tone as 5, 0 or unmarked.
    [lvshi, 'lvshi', 0], [lvshi, 'lu:4 shi1', 0], [lvshi, 'lǜ shī', 0], [lvshi, 'lü', 1], [lvshi, 'lushi', null],
    [kunnan, 'kun4 nan5', 0], [kunnan, 'kun4 nan0', 0], [kunnan, 'kùn nan', 0], [kunnan, 'kun4 nan2', null],
    // Proper nouns are found in lower case.
    [chaoxian, 'chaoxian', 0], [chaoxian, 'Cháo', 1],
    // A meaning word: whole words before word starts; never inside a word.
    [zhifa, 'law', 2], [zhifa, 'enforce', 2], [zhifa, 'enforc', 3], [zhifa, 'law enforcement', 2], [lvshi, 'law', 3],
    [lvshi, 'awyer', null], [fazhan, 'develop', 2], [kunnan, 'difficult', 2],
  ] as const)('%o matches %j with rank %s', (key, q, expected) => {
    expect(rank(key, q)).toBe(expected);
  });

  it('reads an empty query as every card and a query of symbols as nothing to match', () => {
    expect(parseQuery('  ')).toBeNull();
    expect(parseQuery('#!')).toEqual({ han: null, reading: null, meaning: null });
    expect(matchRank(zhifa, parseQuery('#!')!)).toBeNull();
  });
});
