import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

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
