import { describe, expect, it } from 'vitest';
import { MASK, asksSomething, maskGloss, recallPrompt } from '../../src/anki/recall-prompt.js';
import type { NoteContent } from '../../src/deck/note-content.js';

const content = (word: string, traditional: string, pinyin: string, pinyinNumbered: string, definitions: string[]): NoteContent => ({
  word, traditional, pinyin, pinyinNumbered, definitions,
  example: '', examplePinyin: '', hsk: { v2: null, v3: null }, frequency: { article: 1, corpus: 0 }, tags: [],
});

const minjing = (defs: string[]) => content('民警', '民警', 'mín jǐng', 'min2 jing3', defs);
const changwei = (defs: string[]) => content('常委', '常委', 'cháng wěi', 'chang2 wei3', defs);

describe('Recall fronts never show the answer', () => {
  it.each([
    // CC-CEDICT's own notation (the bundled deck's cards).
    ['民警: a cross-reference to the full form', minjing(['civil police', 'PRC police', 'abbr. for 人民警察']), 'civil police; PRC police; abbr. for ～'],
    ['常委: trad|simp[reading]', changwei(['standing committee (abbr. for 常務委員會|常务委员会[chang2 wu4 wei3 yuan2 hui4])']), 'standing committee (abbr. for ～)'],
    ['副: the pair, and the English after it stays', content('副', '副', 'fù', 'fu4', ['deputy', 'abbr. for 副詞|副词 adverb']), 'deputy; abbr. for ～ adverb'],
    ['辽宁: other places stay, the abbreviation goes', content('辽宁', '遼寧', 'Liáo níng', 'Liao2 ning2', ['Liaoning Province, capital Shenyang 瀋陽市|沈阳市[Shen3 yang2 Shi4] (abbr. to 遼|辽[Liao2])']),
      'Liaoning Province, capital Shenyang 瀋陽市|沈阳市[Shen3 yang2 Shi4] (abbr. to ～)'],
    ['致辞: the traditional form in a reference', content('致辞', '致辭', 'zhì cí', 'zhi4 ci2', ['to make a speech', 'same as 致詞|致词']), 'to make a speech; same as ～'],
    ['意识: a reference to another word stays', content('意识', '意識', 'yì shí', 'yi4 shi2', ['(usu. followed by 到[dao4]) to be aware of']), '(usu. followed by 到[dao4]) to be aware of'],
    // Glosses rewritten with tone-marked readings (issue 10).
    ['民警: reference with its reading', minjing(['civil police', 'abbr. for 人民警察 rén mín jǐng chá']), 'civil police; abbr. for ～'],
    ['常委: reading in tone marks', changwei(['standing committee (abbr. for 常务委员会 cháng wù wěi yuán huì)']), 'standing committee (abbr. for ～)'],
    ['个人: a classifier of its own character', content('个人', '個人', 'gè rén', 'ge4 ren2', ['individual', 'measure word: 个 gè']), 'individual; measure word: ～'],
    ['会议: a classifier of other characters stays', content('会议', '會議', 'huì yì', 'hui4 yi4', ['meeting', 'CL:個|个[ge4]']), 'meeting; CL:個|个[ge4]'],
    // The word's own pinyin, wherever it stands.
    ['own reading in tone marks', minjing(['police (mín jǐng)']), 'police (～)'],
    ['own reading numbered, without spaces', minjing(['see min2jing3 for more']), 'see ～ for more'],
    ['a toneless reading is English: left alone', content('的', '的', 'de', 'de5', ['de facto marker']), 'de facto marker'],
  ])('%s', (_name, c, expected) => {
    expect(recallPrompt(c)).toBe(expected);
    for (const ch of [...c.word, ...c.traditional]) expect(recallPrompt(c)).not.toContain(ch);
  });

  it.each([
    ['only a masked reference', content('致词', '致詞', 'zhì cí', 'zhi4 ci2', ['variant of 致辭|致辞[zhi4 ci2]'])],
    ['only its own classifier', content('个', '個', 'gè', 'ge4', ['measure word: 个 gè', 'CL:個|个[ge4]'])],
    ['no meaning at all (公安厅)', content('公安厅', '公安廳', 'gōng ān tīng', 'gong1 an1 ting1', [])],
  ])('nothing left to ask: no prompt, so no Recall card (%s)', (_name, c) => {
    expect(recallPrompt(c)).toBe('');
  });

  it('a masked gloss asks something when a word of meaning is left', () => {
    expect(asksSomething(`abbr. for ${MASK}`)).toBe(false);
    expect(asksSomething(`old variant of ${MASK}[zhi4 ci2]`)).toBe(false);
    expect(asksSomething(`see also ${MASK} (Tw)`)).toBe(false);
    expect(asksSomething(`classifier for pairs`)).toBe(true);
    expect(asksSomething(`${MASK} district of Dalian 大連市|大连市[Da4 lian2 shi4]`)).toBe(true);
  });

  it('masks runs, not single characters: the whole reference goes', () => {
    expect(maskGloss('abbr. for 人民警察', minjing([]))).toBe('abbr. for ～');
  });
});
