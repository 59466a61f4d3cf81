import { describe, expect, it } from 'vitest';
import { applyToCard, applyToTokens, combine, correctionFromJson, correctionToJson, mergeWords, parseReading, parseSplit } from '../../src/learn/corrections.js';
import type { Correction } from '../../src/model/corrections.js';
import { correctedLexicon } from '../../src/deck/corrected-lexicon.js';
import { GuanhuaError } from '../../src/errors.js';
import * as lexicon from '../../src/lexicon/index.js';
import { toneMarks } from '../../src/lexicon/tone-marks.js';
import type { DeckCard } from '../../src/model/deck.js';

const fixes = (...list: Correction[]) => new Map(list.map((c) => [c.word, c]));
const words = (tokens: { word: string }[]) => tokens.map((t) => t.word);

describe('a reading correction', () => {
  it.each([
    ['执法', 'zhi2 fa3', 'zhí fǎ'],
    ['朝鲜', 'Chao2 xian3', 'Cháo xiǎn'],
    ['绿', 'lv4', 'lǜ'],
    ['一会儿', 'yi1 hui4 r5', 'yī huì r'],
    ['执法', '  zhi2   fa3 ', 'zhí fǎ'],
  ])('%s --reading "%s" reads %s', (word, text, marked) => {
    expect(parseReading(word, text, toneMarks)!.marked).toBe(marked);
  });

  it.each([
    ['执法', 'zhi fa', /tone numbers/],
    ['执法', 'zhí fǎ', /tone numbers/],
    ['执法', 'zhi2', /1 syllables but 执法 has 2 characters/],
    ['执法', '', /tone numbers/],
  ])('%s --reading "%s" is refused', (word, text, message) => {
    expect(() => parseReading(word, text, toneMarks)).toThrow(GuanhuaError);
    expect(() => parseReading(word, text, toneMarks)).toThrow(message);
  });

  it('changes the pinyin, not the id (progress stays with the card), and tags it corrected', () => {
    const card = {
      id: 'gh-429fb5e52965edc4', word: '执法', pinyin: 'zhí fǎ', pinyinNumbered: 'zhi2 fa3', definitions: ['to enforce a law'], tags: [],
    } as unknown as DeckCard;
    const fixed = applyToCard(card, { word: '执法', reading: { numbered: 'zhi2 fa4', marked: 'zhí fà' }, meanings: ['law enforcement'] });
    expect(fixed).toMatchObject({ id: card.id, pinyin: 'zhí fà', pinyinNumbered: 'zhi2 fa4', definitions: ['law enforcement'], tags: ['corrected'] });
    expect(applyToCard(card, undefined)).toBe(card);
    expect(applyToCard(card, { word: '执法', split: ['执', '法'] })).toBe(card);
  });
});

describe('a split correction', () => {
  it.each([
    ['辽宁大连', '辽宁 大连', ['辽宁', '大连']],
    ['出席会议', '出席  会议', ['出席', '会议']],
    ['公安机关', '公安 机 关', ['公安', '机', '关']],
  ])('%s --split "%s"', (word, text, pieces) => {
    expect(parseSplit(word, text)).toEqual(pieces);
  });

  it.each([['辽宁大连', '辽宁大连'], ['辽宁大连', '辽宁 大'], ['辽宁大连', '大连 辽宁']])('%s --split "%s" is refused', (word, text) => {
    expect(() => parseSplit(word, text)).toThrow(/must cut 辽宁大连/);
  });

  it('cuts the token wherever it stands, keeping its tag; the text still concatenates back', () => {
    const tokens = [{ word: '在', pos: 'p' }, { word: '辽宁大连', pos: 'ns' }, { word: '召开', pos: 'v' }];
    const out = applyToTokens(tokens, fixes({ word: '辽宁大连', split: ['辽宁', '大连'] }));
    expect(out).toEqual([{ word: '在', pos: 'p' }, { word: '辽宁', pos: 'ns' }, { word: '大连', pos: 'ns' }, { word: '召开', pos: 'v' }]);
  });
});

describe('a merge correction', () => {
  it.each([
    // tokens, merges, result
    [['提升', '服务', '百姓', '能力'], ['服务百姓'], ['提升', '服务百姓', '能力']],
    [['服务', '百姓'], ['服务百姓'], ['服务百姓']],
    [['服务百姓', '能力'], ['服务百姓'], ['服务百姓', '能力']],
    [['服务', '百', '姓氏'], ['服务百姓'], ['服务', '百', '姓氏']],
    [['公正', '执法', '公正', '执法'], ['公正执法'], ['公正执法', '公正执法']],
    [['平安', '中国', '建设'], ['平安中国', '平安中国建设'], ['平安中国建设']],
  ])('%j with merges %j → %j', (tokens, merges, result) => {
    const map = fixes(...merges.map((word) => ({ word, merge: true })));
    expect(words(applyToTokens(tokens.map((word) => ({ word, pos: 'n' })), map))).toEqual(result);
  });

  it('longest merges first, so nested ones settle the same way every run', () => {
    expect(mergeWords(fixes({ word: '平安中国', merge: true }, { word: '平安中国建设', merge: true }, { word: '执法', reading: { numbered: 'zhi2 fa3', marked: 'zhí fǎ' } })))
      .toEqual(['平安中国建设', '平安中国']);
  });

  it('becomes one token in real segmentation (jieba user word; re-joined if the lexicon cuts it)', () => {
    const sentence = '积极回应民众期待提升服务百姓能力';
    expect(words(lexicon.segment(sentence))).not.toContain('服务百姓');
    const lex = correctedLexicon(lexicon, fixes({ word: '服务百姓', merge: true }, { word: '回应民众', merge: true }));
    const out = words(lex.segment(sentence));
    expect(out).toContain('服务百姓');
    expect(out).toContain('回应民众');
    expect(out.join('')).toBe(sentence);
  });
});

describe('stored corrections', () => {
  it('round-trip through JSON, and a later fix adds to an earlier one unless either is a split', () => {
    const c: Correction = { word: '执法', reading: { numbered: 'zhi2 fa3', marked: 'zhí fǎ' }, meanings: ['law enforcement'] };
    expect(correctionFromJson('执法', correctionToJson(c))).toEqual(c);
    expect(correctionFromJson('执法', '{"merge":"yes","meanings":[1,"x"]}')).toEqual({ word: '执法', meanings: ['x'] });
    expect(combine(c, { word: '执法', meanings: ['to enforce'] })).toEqual({ ...c, meanings: ['to enforce'] });
    expect(combine(c, { word: '执法', split: ['执', '法'] })).toEqual({ word: '执法', split: ['执', '法'] });
    expect(combine({ word: '执法', split: ['执', '法'] }, { word: '执法', merge: true })).toEqual({ word: '执法', merge: true });
  });
});
