import { describe, expect, it } from 'vitest';
import { chooseReading, sentencePinyin } from '../../src/lexicon/index.js';

/** The reading of `word` where it first stands in `sentence`. */
function read(word: string, sentence: string) {
  const offset = sentence.indexOf(word);
  expect(offset, `${word} in ${sentence}`).toBeGreaterThanOrEqual(0);
  return chooseReading(word, sentence, offset);
}

describe('chooseReading: CC-CEDICT citation readings of official vocabulary', () => {
  // [sentence, word, pinyin it must get]
  const table: [string, string, string][] = [
    ['全国公安厅局长座谈会在辽宁大连举行。', '局长', 'jú zhǎng'],
    ['国务院副秘书长肖亚庆出席会议。', '秘书长', 'mì shū zhǎng'],
    ['市公安局治安处处长参加了调研。', '处长', 'chù zhǎng'],
    ['朝鲜将发射卫星。', '朝鲜', 'Cháo xiǎn'],
    ['监控拍下老人被卷入车底。', '卷入', 'juǎn rù'],
    ['扩大粮食种植面积，确保国家粮食安全。', '种植', 'zhòng zhí'],
    ['各地要率先垂范，一切从实际出发。', '率先', 'shuài xiān'],
    ['要坚持一切立足实战、一切服务实战。', '一切', 'yī qiè'],
    ['帮助困难群众解决实际困难。', '困难', 'kùn nan'],
    ['这是一项重要任务，要重新部署。', '重要', 'zhòng yào'],
    ['这是一项重要任务，要重新部署。', '重新', 'chóng xīn'],
    ['严格执行中央八项规定精神，推动行业健康发展。', '执行', 'zhí xíng'],
    ['严格执行中央八项规定精神，推动行业健康发展。', '行业', 'háng yè'],
    ['严格执行中央八项规定精神，推动行业健康发展。', '发展', 'fā zhǎn'],
    ['中国人民银行决定下调存款准备金率。', '下调', 'xià tiáo'],
    ['发挥好银行业的重要作用。', '银行业', 'yín háng yè'],
    ['依法处理违纪问题，给予党内警告处分。', '处理', 'chǔ lǐ'],
    ['依法处理违纪问题，给予党内警告处分。', '处分', 'chǔ fèn'],
    ['依法处理违纪问题，给予党内警告处分。', '给予', 'jǐ yǔ'],
    ['积极稳妥处置风险隐患。', '处置', 'chǔ zhì'],
    ['着力解决群众反映强烈的突出问题。', '着力', 'zhuó lì'],
    ['着眼长远，统筹兼顾。', '着眼', 'zhuó yǎn'],
    ['着眼长远，统筹兼顾。', '长远', 'cháng yuǎn'],
    ['深入基层调研，及时调整工作思路。', '调研', 'diào yán'],
    ['深入基层调研，及时调整工作思路。', '调整', 'tiáo zhěng'],
    ['调动各方面积极性。', '调动', 'diào dòng'],
    ['长期以来，经济保持较快增长。', '增长', 'zēng zhǎng'],
    ['这是一个重大问题，要还原事实真相。', '重大', 'zhòng dà'],
    ['这是一个重大问题，要还原事实真相。', '还原', 'huán yuán'],
    ['充分了解民意，广泛参加社会实践。', '了解', 'liǎo jiě'],
    ['充分了解民意，广泛参加社会实践。', '参加', 'cān jiā'],
    ['加强会计监督，规范财务管理。', '会计', 'kuài jì'],
    ['他曾任省长、省委书记。', '省长', 'shěng zhǎng'],
    ['加大对重点行业的监管力度。', '重点', 'zhòng diǎn'],
    ['各地区各部门要高度重视。', '重视', 'zhòng shì'],
    ['相关单位要切实履行职责。', '单位', 'dān wèi'],
    ['相关单位要切实履行职责。', '履行', 'lǚ xíng'],
    ['召开党组会议传达学习会议精神。', '传达', 'chuán dá'],
    ['落实地方政府属地责任。', '属地', 'shǔ dì'],
    ['少数干部作风漂浮。', '少数', 'shǎo shù'],
    ['少数干部作风漂浮。', '干部', 'gàn bù'],
    ['这一系列举措得到了群众的普遍好评。', '得到', 'dé dào'],
    ['单于是匈奴的君主。', '单于', 'chán yú'],
    ['人参是名贵药材。', '人参', 'rén shēn'],
  ];
  it.each(table)('%s: %s → %s', (sentence, word, pinyin) => {
    expect(read(word, sentence).pinyin).toBe(pinyin);
  });
});

describe('chooseReading: single characters read by their context', () => {
  const table: [string, string, string][] = [
    ['部长', '长', 'zhǎng'],
    ['这条路很长', '长', 'cháng'],
    ['任务很重', '重', 'zhòng'],
    ['重来一遍', '重', 'chóng'],
    ['各行各业', '行', 'háng'],
    ['这样不行', '行', 'xíng'],
    ['他曾担任局长', '曾', 'céng'],
    ['还要进一步加强', '还', 'hái'],
    ['首都北京', '都', 'dū'],
    ['大家都要参加', '都', 'dōu'],
    ['西藏自治区', '藏', 'zàng'],
    ['强调指出', '强', 'qiáng'],
  ];
  it.each(table)('%s: %s → %s', (sentence, char, pinyin) => {
    expect(read(char, sentence).pinyin).toBe(pinyin);
  });
});

describe('chooseReading: weak entries', () => {
  it('never picks a surname-only reading when a real one exists', () => {
    // CC-CEDICT lists 张 Zhang1 "surname Zhang" first, 曾 Zeng1 "surname Zeng" first.
    const zhang = read('张', '发放一张证书');
    expect(zhang.pinyin).toBe('zhāng');
    expect(zhang.entry?.weak).toBe(false);
    expect(zhang.entry?.definitions.join(' ')).not.toMatch(/surname/);
    const ceng = read('曾', '他曾担任局长');
    expect(ceng.entry?.definitions).toContain('once');
  });
  it('uses a weak reading when it is the only one (一点儿: erhua variant of 一点)', () => {
    const r = read('一点儿', '再快一点儿');
    expect(r.pinyin).toBe('yī diǎn r');
    expect(r.entry?.definitions).toContain('a bit; a little bit');
  });
  it('keeps the chosen reading’s definitions only', () => {
    const r = read('处分', '给予党内警告处分');
    expect(r.entry?.pinyinNumbered).toBe('chu3 fen4');
    expect(r.entry?.definitions.length).toBeGreaterThan(0);
  });
  it('falls back to pinyin-pro for words no dictionary has', () => {
    const r = read('公安厅', '全国公安厅局长座谈会');
    expect(r.entry).toBeNull();
    expect(r.pinyin).toBe('gōng ān tīng');
    expect(r.pinyinNumbered).toBe('gong1 an1 ting1');
  });
  it('reads a word without context', () => {
    expect(chooseReading('困难', '', 0).pinyin).toBe('kùn nan');
    expect(chooseReading('困难', '困难', 0).pinyinNumbered).toBe('kun4 nan5');
  });
});

describe('sentencePinyin', () => {
  it('reads a clause word by word with dictionary readings, punctuation kept', () => {
    expect(sentencePinyin('全国公安厅局长座谈会在辽宁大连举行。')).toBe(
      'quán guó gōng ān tīng jú zhǎng zuò tán huì zài Liáo níng Dà lián jǔ xíng 。',
    );
  });
  it('keeps digits and Latin as they are', () => {
    expect(sentencePinyin('2012年，QQ群')).toBe('2012 nián ， QQ qún');
  });
});
