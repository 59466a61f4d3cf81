import { describe, expect, it } from 'vitest';
import { isHanWord, segment } from '../../src/lexicon/index.js';
import { jiebaRow } from '../../src/lexicon/frequency.js';
import { tableFacts } from '../../src/lexicon/table-facts.js';
import { expectWords, hanWords as words } from '../helpers/words.js';
import { decodeResolution, resolveHan } from '../../src/lexicon/token-rules.js';


function posOf(text: string, word: string): string | undefined {
  return segment(text).find((t) => t.word === word)?.pos;
}

describe('segment: jieba glued tokens are split into dictionary words', () => {
  // [sentence, the words it must contain in this order, tokens that must not appear]
  const table: [string, string[], string[]][] = [
    ['全国公安厅局长座谈会在辽宁大连举行。', ['辽宁', '大连'], ['辽宁大连']],
    ['国务委员、公安部部长孟建柱出席会议并讲话。', ['出席', '会议'], ['出席会议']],
    ['各级公安机关和广大公安民警要认真贯彻胡锦涛总书记重要讲话精神。', ['公安', '民警', '认真', '贯彻'], ['认真贯彻', '公安民警']],
    ['有效应对、妥善处置好各类重大突发事件。', ['妥善', '处置'], ['妥善处置']],
    ['严格执行中央八项规定精神。', ['严格', '执行'], ['严格执行']],
    ['还要进一步加强宣传教育。', ['宣传', '教育'], ['宣传教育']],
    ['事关党和政府公信力。', ['党', '和', '政府', '公信力'], ['党和政府']],
    ['要坚持传统办法与现代科技相结合。', ['相', '结合'], ['相结合']],
    ['切实维护人民群众合法权益。', ['合法', '权益'], ['合法权益']],
    ['图为座谈会前，孟建柱与各省市区公安厅局长合影。', ['图', '为', '座谈会'], ['图为']],
  ];
  it.each(table)('%s', (sentence, must, mustNot) => expectWords(sentence, must, mustNot));
});

describe('segment: real multi-character terms stay whole', () => {
  const table: [string, string][] = [
    ['事关党和政府公信力。', '公信力'],
    ['坚持不懈地推进执法规范化建设。', '规范化'],
    ['对群众深恶痛绝的事“零容忍”。', '深恶痛绝'],
    ['要以与时俱进的精神审视自己。', '与时俱进'],
    ['全国公安厅局长座谈会在辽宁大连举行。', '座谈会'],
    ['全国公安厅局长座谈会在辽宁大连举行。', '公安厅'],
    ['认真贯彻胡锦涛总书记的重要讲话。', '总书记'],
    ['探索建立网上公安局、网上派出所。', '派出所'],
    ['探索建立网上警务室。', '警务室'],
    ['在省部级主要领导干部专题研讨班上的讲话。', '省部级'],
    ['在省部级主要领导干部专题研讨班上的讲话。', '研讨班'],
    ['进一步增强公安工作的主动性、创造性。', '主动性'],
    ['切实满足公众知情权。', '知情权'],
    ['坚持社会主义市场经济改革方向。', '社会主义'],
    ['坚持和发展中国特色社会主义。', '中国特色社会主义'],
    ['提高应对重大突发事件的能力。', '突发事件'],
  ];
  it.each(table)('%s keeps %s', (sentence, word) => {
    expect(words(sentence)).toContain(word);
  });
});

describe('segment: names', () => {
  it('keeps a personal name jieba recognises whole, tagged nr', () => {
    expect(posOf('孟建柱强调，坚持依法办事。', '孟建柱')).toBe('nr');
    expect(posOf('周永康同志重要批示精神。', '周永康')).toBe('nr');
  });
  it('tags a name jieba only guessed (HMM) as nr instead of x', () => {
    expect(posOf('省人大常委会主任王珉参加调研。', '王珉')).toBe('nr');
  });
  it('does not take common words jieba tags nr/ns for names', () => {
    expect(posOf('不断提升人民群众的安全感和满意度。', '安全感')).toBe('n');
    expect(posOf('不断提升人民群众的安全感和满意度。', '满意度')).toBe('n');
    expect(posOf('全力维护社会治安稳定。', '治安')).toBe('n');
  });
});

describe('segment: digits, Latin and punctuation', () => {
  it('round-trips the text exactly, newlines included', () => {
    const text = '9月7日，全国公安厅局长座谈会在辽宁大连举行。\r\n\n  孟建柱出席会议并讲话。QQ群 2012年';
    expect(
      segment(text)
        .map((t) => t.word)
        .join(''),
    ).toBe(text);
  });
  it('tags numbers m (full-width as one token), Latin eng, punctuation x', () => {
    const tokens = segment('2012年发射了１２颗卫星，民警微博、QQ群。');
    const pos = Object.fromEntries(tokens.map((t) => [t.word, t.pos]));
    expect(pos['2012']).toBe('m');
    expect(pos['１２']).toBe('m');
    expect(pos['QQ']).toBe('eng');
    expect(pos['，']).toBe('x');
    expect(pos['、']).toBe('x');
    expect(pos['微博']).not.toBe('x');
  });
  it('isHanWord accepts only Han characters', () => {
    expect(isHanWord('公信力')).toBe(true);
    expect(isHanWord('QQ群')).toBe(false);
    expect(isHanWord('１２')).toBe(false);
    expect(isHanWord('，')).toBe(false);
    expect(isHanWord('')).toBe(false);
  });
  it('cuts a very long line for jieba without losing or changing text', () => {
    const text = '全国公安厅局长座谈会在辽宁大连举行。'.repeat(600) + '深化改革'.repeat(1500);
    const tokens = segment(text);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    expect(tokens.filter((t) => t.word === '座谈会')).toHaveLength(600);
  });
  it('segments a whole seed-length text line by line', () => {
    const text = '全国公安厅局长座谈会在辽宁大连举行。\n'.repeat(200);
    expect(segment(text).filter((t) => t.word === '座谈会')).toHaveLength(200);
  });
});

describe('build-time resolutions agree with the rules run on the tables', () => {
  it.each([
    '辽宁大连', '出席会议', '严格执行', '党和政府', '相结合', '安全感', '治安', '大连', '孟建柱', '公安厅', '警务室', '公信力',
    '两张', '更好', '我省', '群防群治', '工作日内', '新闻联播', '共同富裕', '抓紧抓好', '较快', '较晚',
  ])(
    '%s',
    (word) => {
      const row = jiebaRow(word);
      expect(row).not.toBeNull();
      const stored = row![3] ? decodeResolution(row![3]) : [{ word, pos: row![2] }];
      expect(stored).toEqual(resolveHan(word, tableFacts));
    },
  );
});
