import { describe, expect, it } from 'vitest';
import { chooseReading, readText, sentencePinyin } from '../../src/lexicon/index.js';

/** The context reader's syllables for `word` where it first stands in `sentence`. */
function readingOf(word: string, sentence: string): string {
  const at = sentence.indexOf(word);
  expect(at, `${word} in ${sentence}`).toBeGreaterThanOrEqual(0);
  const syllables: string[] = [];
  let offset = 0;
  for (const t of readText(sentence)) {
    const end = offset + t.text.length;
    if (t.numbered !== null && end > at && offset < at + word.length) {
      const chars = Array.from(t.text);
      t.numbered.split(' ').forEach((s, i) => {
        const pos = offset + chars.slice(0, i).join('').length;
        if (pos >= at && pos < at + word.length) syllables.push(s);
      });
    }
    offset = end;
  }
  return syllables.join(' ');
}

describe('readText: polyphones the sentence decides, official register', () => {
  // [sentence, word, numbered reading it must get there]
  const table: [string, string, string][] = [
    ['图为国务院总理李强主持召开国务院常务会议。', '图为', 'tu2 wei2'],
    ['图为2024年3月5日拍摄的会场。', '图为', 'tu2 wei2'],
    ['下图为示意图。', '图为', 'tu2 wei2'],
    ['坚持以人民为中心的发展思想。', '为', 'wei2'],
    ['以经济建设为中心，以改革开放为动力。', '为', 'wei2'],
    ['以习近平新时代中国特色社会主义思想为指导。', '为', 'wei2'],
    ['以此为例，说明问题。', '为', 'wei2'],
    ['我以为他不来了。', '以为', 'yi3 wei2'],
    ['要为人民服务。', '为', 'wei4'],
    // 为…而 + verb: a purpose (an official text's closing formula); 以…为…而 stays wéi
    ['为全面建设社会主义现代化国家而奋斗。', '为', 'wei4'],
    ['为实现中华民族伟大复兴而不懈奋斗。', '为', 'wei4'],
    ['以人民为中心而展开。', '为', 'wei2'],
    ['对违法者处以罚款。', '处以', 'chu3 yi3'],
    ['处以五日以下拘留，并处五百元以下罚款。', '处以', 'chu3 yi3'],
    ['企业处于转型升级的关键期。', '处于', 'chu3 yu2'],
    ['市公安局治安处处长参加了调研。', '处长', 'chu4 zhang3'],
    ['实现质的有效提升和量的合理增长。', '量', 'liang4'],
    ['量的增长不等于质的提高。', '量', 'liang4'],
    ['做到应收尽收、应治尽治。', '应治尽治', 'ying1 zhi4 jin4 zhi4'],
    ['做到应收尽收、应治尽治。', '应收尽收', 'ying1 shou1 jin4 shou1'],
    ['困难群众应保尽保。', '应保尽保', 'ying1 bao3 jin4 bao3'],
    ['各地要积极应对风险挑战。', '应对', 'ying4 dui4'],
    ['各行各业都要参加。', '各行各业', 'ge4 hang2 ge4 ye4'],
    ['中国人民银行决定下调存款准备金率。', '下调', 'xia4 tiao2'],
    ['这项任务很重。', '重', 'zhong4'],
    // after a degree adverb, the one reading with an adjective's sense (cháng "long", not zhǎng)
    ['这条路很长。', '长', 'chang2'],
    ['审批时间太长了。', '长', 'chang2'],
    ['战线越来越长。', '长', 'chang2'],
    ['孩子长得很快。', '长', 'zhang3'],
    ['参加的人很少。', '少', 'shao3'],
    ['全国公安厅局长座谈会在辽宁大连举行。', '局长', 'ju2 zhang3'],
    ['银行行长出席了会议。', '行长', 'hang2 zhang3'],
    ['这个行业的长期发展', '行业', 'hang2 ye4'],
    ['他把钱还给了我。', '还', 'huan2'],
    ['还要进一步加强。', '还', 'hai2'],
    ['大家都要参加。', '都', 'dou1'],
    ['首都北京', '都', 'du1'],
    ['这首乐曲很好听。', '好', 'hao3'],
    ['音乐会很成功。', '乐', 'yue4'],
    ['中国人民银行决定下调存款准备金率。', '率', 'lu:4'],
    ['各地率先垂范。', '率', 'shuai4'],
    // a word CC-CEDICT lacks ends as the dictionary's longer words end (利用率, 覆盖率: lǜ "rate")
    ['进一步规范和提升12345热线服务，满意率95.4%', '满意率', 'man3 yi4 lu:4'],
    ['全省群众满意率达到98%。', '满意率', 'man3 yi4 lu:4'],
    // a word CC-CEDICT lacks reads as its dictionary parts (新闻联播, 2023-08-15: g2pM says zhuàn)
    ['做绿水青山就是金山银山理念的积极传播者和模范践行者。', '传播者', 'chuan2 bo1 zhe3'],
  ];
  it.each(table)('%s: %s → %s', (sentence, word, reading) => {
    expect(readingOf(word, sentence)).toBe(reading);
  });
});

describe('readText: what a reading is', () => {
  it('one syllable per Han character; tokens concatenate to the text', () => {
    const text = '2024年，GDP增长5.2%，“稳中求进”！';
    const tokens = readText(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of tokens) {
      const han = Array.from(t.text).filter((c) => /\p{Script=Han}/u.test(c)).length;
      if (han === 0) expect(t.numbered).toBeNull();
      else expect(t.numbered!.split(' ')).toHaveLength(Array.from(t.text).length);
    }
  });

  it('names keep CC-CEDICT’s capitals; common words are lower case even where a name shares them', () => {
    expect(readingOf('辽宁', '全国公安厅局长座谈会在辽宁大连举行。')).toBe('Liao2 ning2');
    expect(readingOf('朝鲜', '朝鲜将发射卫星。')).toBe('Chao2 xian3');
    expect(readingOf('新时代', '进入新时代。')).toBe('xin1 shi2 dai4');
  });

  it('follows CPP’s convention for a polyphone’s tone where the card keeps CC-CEDICT’s neutral one', () => {
    expect(readingOf('困难', '帮助困难群众解决实际困难。')).toBe('kun4 nan2');
    expect(chooseReading('困难', '帮助困难群众解决实际困难。', 2).pinyin).toBe('kùn nan');
    // A character that is no polyphone keeps the dictionary's neutral tone.
    expect(readingOf('我们', '我们要坚持下去。')).toBe('wo3 men5');
  });

  it('gives the examples their pinyin', () => {
    expect(sentencePinyin('图为会议现场。')).toBe('tú wéi huì yì xiàn chǎng 。');
    expect(sentencePinyin('坚持以人民为中心')).toBe('jiān chí yǐ rén mín wéi zhōng xīn');
  });
});
