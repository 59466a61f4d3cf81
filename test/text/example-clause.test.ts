import { describe, expect, it } from 'vitest';
import { clauseSpans, exampleClauses } from '../../src/text/example-clause.js';

const shortest = (sentence: string, word: string) => exampleClauses(sentence, sentence.indexOf(word), word.length)[0];

describe('the example around a word: whole clauses, never a cut inside one', () => {
  // Sentences of real articles (the seed, test/fixtures/articles), the word, the clause a card shows.
  const table: Array<[string, string, string]> = [
    // Up to 50 characters, the sentence is one thought: shown whole.
    ['会议还研究了其他事项。', '事项', '会议还研究了其他事项。'],
    ['坚持依法办事、公正执法,事关社会公平正义、事关社会和谐稳定、事关党和政府公信力。', '执法', '坚持依法办事、公正执法,事关社会公平正义、事关社会和谐稳定、事关党和政府公信力。'],
    // Longer: the clause holding the word, a 、 list whole (not from its second item on).
    [
      '各级公安机关要积极适应当前执法环境的新变化，坚持不懈地推进执法规范化建设，从实体上、程序上完善执法制度、规范执法活动，切实把公正文明规范的执法理念贯穿到公安工作的各个环节。',
      '规范执法活动',
      '从实体上、程序上完善执法制度、规范执法活动',
    ],
    [
      '他强调,各级公安机关和广大公安民警要认真贯彻胡锦涛总书记在省部级主要领导干部专题研讨班上的重要讲话和周永康同志重要批示精神,敏锐把握时代脉搏,积极回应群众期待,转变工作理念、推动机制创新、强化科技应用,进一步增强公安工作的主动性、创造性,着力提升守护平安、服务百姓的能力和水平。',
      '强化',
      '转变工作理念、推动机制创新、强化科技应用',
    ],
    // A quotation is never split, though it holds commas.
    [
      '全会提出，坚持“两个毫不动摇”，“十五五”时期经济社会发展必须遵循以下原则：坚持党的全面领导，坚持以人民为中心，坚持高质量发展，坚持全面深化改革。',
      '毫不动摇',
      '坚持“两个毫不动摇”',
    ],
    [
      '要准确把握现代新闻传播规律，对群众深恶痛绝的事“零容忍，不手软”，对群众急需急盼的事“零懈怠”，全力维护社会治安稳定。',
      '零容忍',
      '对群众深恶痛绝的事“零容忍，不手软”',
    ],
    // A clause too short to say anything alone takes the next one; a colon's lead-in too.
    [
      '座谈会结束后,孟建柱还来到大连市公安局、大连市西岗区365市民大楼服务中心,就公安机关能力建设、社会管理创新等工作进行了深入调研。',
      '座谈会',
      '座谈会结束后,孟建柱还来到大连市公安局、大连市西岗区365市民大楼服务中心',
    ],
    [
      '会议强调：要坚持把就业工作摆在突出位置，强化就业优先政策，落实落细各项稳岗扩就业措施，支持自主创业和灵活就业，确保就业形势总体稳定。',
      '会议',
      '会议强调：要坚持把就业工作摆在突出位置',
    ],
    // A report's summary line loses its dash; the full stop stays, a trailing comma goes.
    ['——经济运行稳中有进。', '运行', '经济运行稳中有进。'],
    [
      '今年前11个月，我国外贸进出口总值同比增长8.6%，外贸继续保持平稳运行，海关总署今天（12月7日）公布了有关数据，进出口规模再创新高。',
      '同比',
      '我国外贸进出口总值同比增长8.6%',
    ],
  ];
  it.each(table)('%s: %s → %s', (sentence, word, example) => {
    const out = shortest(sentence, word);
    expect(out).toBe(example);
    expect(out).not.toContain('…');
    expect(sentence).toContain(out.replace(/。$/u, ''));
  });

  it('wider windows follow, the next clause first, up to the whole sentence', () => {
    const s = '孟建柱要求，要认真总结成功经验，深刻反思工作不足，坚持统筹国内国际两个大局，有效应对、妥善处置好各类重大突发事件，切实维护社会大局稳定。';
    const windows = exampleClauses(s, s.indexOf('统筹'), 2);
    expect(windows[0]).toBe('坚持统筹国内国际两个大局');
    expect(windows[1]).toBe('坚持统筹国内国际两个大局，有效应对、妥善处置好各类重大突发事件');
    expect(windows.at(-1)).toBe(s);
    for (let i = 1; i < windows.length; i++) expect(windows[i].length).toBeGreaterThan(windows[i - 1].length);
  });
});

describe('clause spans', () => {
  const table: Array<[string, string[]]> = [
    ['孟建柱指出，今年以来，各级公安机关坚持人民利益至上。', ['孟建柱指出，', '今年以来，', '各级公安机关坚持人民利益至上。']],
    ['转变工作理念、推动机制创新、强化科技应用', ['转变工作理念、推动机制创新、强化科技应用']],
    ['他强调:要坚持一切立足实战,一切服务实战。', ['他强调:', '要坚持一切立足实战,', '一切服务实战。']],
    ['产量保持在1,300亿斤以上，时间是23:42，比上年增长0.5%。', ['产量保持在1,300亿斤以上，', '时间是23:42，', '比上年增长0.5%。']],
    // A full-width colon between digits is a time (a Sichuan government notice, 2014).
    [
      '各市（州）于6月20日18：00前通过全省政府系统公文无纸化传输平台向省政府报送自查报告（含电子文档）。',
      ['各市（州）于6月20日18：00前通过全省政府系统公文无纸化传输平台向省政府报送自查报告（含电子文档）。'],
    ],
    ['时间：１８：３０，地点：人民大会堂。', ['时间：', '１８：３０，', '地点：', '人民大会堂。']],
    ['审议通过了《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》。', ['审议通过了《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》。']],
    ['31个省（自治区、直辖市）和新疆生产建设兵团报告新增病例，其中境外输入病例。', ['31个省（自治区、直辖市）和新疆生产建设兵团报告新增病例，', '其中境外输入病例。']],
    // A sentence that began inside a quotation: its closing mark is no opening.
    ['零懈怠”，全力维护社会治安稳定。', ['零懈怠”，', '全力维护社会治安稳定。']],
  ];
  it.each(table)('%s', (text, clauses) => {
    expect(clauseSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(clauses);
  });
});
