import { describe, expect, it } from 'vitest';
import { toneMarks } from '../../src/lexicon/index.js';

describe('toneMarks', () => {
  const table: [string, string][] = [
    ['ju2 zhang3', 'jú zhǎng'],
    ['mi4 shu1 zhang3', 'mì shū zhǎng'],
    ['kun4 nan5', 'kùn nan'],
    ['Chao2 xian3', 'Cháo xiǎn'],
    ['lu:4 se4', 'lǜ sè'], // CC-CEDICT writes ü as u:
    ['nu:3 er2', 'nǚ ér'],
    ['lv4', 'lǜ'], // and some sources as v
    ['Lu:3', 'Lǚ'],
    ['lu:e4', 'lüè'], // a/e take the mark even after ü
    ['shou3 dou1', 'shǒu dōu'], // ou: the o
    ['gui1 liu2', 'guī liú'], // otherwise the last vowel
    ['shuai4 xian1', 'shuài xiān'],
    ['er2 r5', 'ér r'], // erhua: neutral r
    ['A1 la1 bo2', 'Ā lā bó'],
    ['E2', 'É'],
    ['m2', 'm'], // no vowel: nothing to mark
    ['san1 C', 'sān C'], // letters without a tone pass through
    ['yi1  qie4 ', 'yī qiè'], // extra spaces collapse
    ['Zhong1 guo2 · xi4', 'Zhōng guó · xì'],
    ['de0', 'de'], // pinyin-pro's neutral tone
  ];
  it.each(table)('%s → %s', (numbered, marked) => {
    expect(toneMarks(numbered)).toBe(marked);
  });
});
