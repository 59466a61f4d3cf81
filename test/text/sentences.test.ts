import { describe, expect, it } from 'vitest';
import { clauseAround, splitClauses, splitSentences } from '../../src/text/sentences.js';

describe('splitSentences', () => {
  const table: Array<[string, string[]]> = [
    [
      '会议强调，要坚持依法办事。各级公安机关要积极适应新变化！你准备好了吗？',
      ['会议强调，要坚持依法办事。', '各级公安机关要积极适应新变化！', '你准备好了吗？'],
    ],
    [
      // The closing quote stays with the sentence it ends.
      '他说：“要坚决扛起粮食安全政治责任。”会议随后闭幕。',
      ['他说：“要坚决扛起粮食安全政治责任。”', '会议随后闭幕。'],
    ],
    ['坚持统筹国内国际两个大局；有效应对各类风险……切实维护稳定', ['坚持统筹国内国际两个大局；', '有效应对各类风险……', '切实维护稳定']],
    // Half-width marks after Han, as browser copies have them; 8.5 and 23:42 do not cut.
    ['印尼发生8.5级地震!时间是23:42,暂无伤亡报告.', ['印尼发生8.5级地震!', '时间是23:42,暂无伤亡报告.']],
    ['  \n', []],
    ['没有句末标点的标题', ['没有句末标点的标题']],
  ];
  it.each(table)('%s', (paragraph, expected) => {
    expect(splitSentences(paragraph)).toEqual(expected);
  });
});

describe('splitClauses', () => {
  const table: Array<[string, string[]]> = [
    [
      '孟建柱指出，今年以来，各级公安机关坚持人民利益至上。',
      ['孟建柱指出，', '今年以来，', '各级公安机关坚持人民利益至上。'],
    ],
    ['转变工作理念、推动机制创新、强化科技应用', ['转变工作理念、', '推动机制创新、', '强化科技应用']],
    ['他强调:要坚持一切立足实战,一切服务实战。', ['他强调:', '要坚持一切立足实战,', '一切服务实战。']],
    ['产量保持在1,300亿斤以上，比上年增长0.5%。', ['产量保持在1,300亿斤以上，', '比上年增长0.5%。']],
    ['对群众深恶痛绝的事“零容忍”，对群众急需急盼的事“零懈怠”。', ['对群众深恶痛绝的事“零容忍”，', '对群众急需急盼的事“零懈怠”。']],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(splitClauses(sentence)).toEqual(expected);
  });
});

describe('clauseAround', () => {
  const long =
    '各级公安机关要积极适应当前执法环境的新变化，坚持不懈地推进执法规范化建设，从实体上、程序上完善执法制度、规范执法活动，切实把公正文明规范的执法理念贯穿到公安工作的各个环节。';

  it('returns a short sentence whole', () => {
    expect(clauseAround('会议还研究了其他事项。', 2)).toBe('会议还研究了其他事项。');
  });

  it('keeps whole clauses around the word, within the limit', () => {
    const at = long.indexOf('规范化');
    const out = clauseAround(long, at);
    expect(out).toContain('规范化');
    expect(out.length).toBeLessThanOrEqual(40);
    expect(long).toContain(out);
    expect(out).toBe('坚持不懈地推进执法规范化建设，从实体上、程序上完善执法制度、规范执法活动');
  });

  it('the first clause, for a word at the start', () => {
    expect(clauseAround(long, 0, 25)).toBe('各级公安机关要积极适应当前执法环境的新变化');
  });

  it('the last clause keeps its full stop', () => {
    const at = long.indexOf('各个环节');
    expect(clauseAround(long, at, 30)).toBe('切实把公正文明规范的执法理念贯穿到公安工作的各个环节。');
  });

  it('cuts a clause longer than the limit around the word, marking the cuts', () => {
    const clause = '各省自治区直辖市和新疆生产建设兵团公安厅局长各省会市副省级市公安局长公安部部属局级单位主要负责同志参加会议。';
    const at = clause.indexOf('副省级');
    const out = clauseAround(clause, at, 20, 3);
    expect(out).toContain('副省级');
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out.replace(/…/g, '').length).toBeLessThanOrEqual(20);
  });

  it('never splits a surrogate pair', () => {
    const s = '𠮷'.repeat(30) + '会议' + '𠮷'.repeat(30);
    const out = clauseAround(s, s.indexOf('会议'), 11, 2);
    expect(out).toContain('会议');
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
