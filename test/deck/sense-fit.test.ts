import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allGlosses, cardMeaning } from '../../src/deck/card-meaning.js';
import { articleProfile, profileFirst } from '../../src/deck/article-profile.js';
import * as lexicon from '../../src/lexicon/index.js';
import type { LexiconPort } from '../../src/model/lexicon-port.js';

const lex: LexiconPort = lexicon;

/** The first gloss a card of `word` gets from this one sentence of an article. */
function firstGloss(word: string, sentence: string): string {
  const offset = sentence.indexOf(word);
  const tag = lex.segment(sentence).find((t) => t.word === word)?.pos ?? 'x';
  const meaning = cardMeaning(word, tag, lex.chooseReading(word, sentence, offset), [{ sentence, offset }], lex);
  return meaning!.definitions[0];
}

// Word, a sentence of official prose, the sense it has there (a teacher's reading).
describe('the sense the article uses comes first', () => {
  it.each([
    ['提升', '各级公安机关要坚持依法办事，切实提升执法公信力。', /to raise|to improve/],
    ['切实', '各级公安机关要坚持依法办事，切实提升执法公信力。', /earnestly/],
    ['机关', '各级公安机关要坚持依法办事，切实提升执法公信力。'.replace('公安机关', '机关'), /office; agency; organ/],
    ['落实', '要认真落实各项政策措施。', /^to implement|^to carry out/],
    ['统筹', '统筹推进五位一体总体布局。', /^to plan/],
    ['规范', '要规范执法行为。', /^to (?:fix rules|regulate)/],
    ['有序', '有序推进复工复产。', /order/],
    ['开放', '坚持对外开放。', /^to open/],
    ['渠道', '拓宽群众诉求表达渠道。', /channel/],
    ['引领', '以党建引领基层治理。', /^to lead/],
    ['回望', '回望过去五年，我们走过了不平凡的历程。', /look back at \(the past\)/],
    ['伟业', '实现中华民族伟大复兴的伟业。', /great undertaking/],
    ['分区', '实行分区分级管理。', /^district/],
    ['组织', '加强基层党的组织建设。', /^organization/],
    ['组织', '认真组织开展专项行动。', /^to organize/],
    ['发展', '推动高质量发展。', /^development/],
    ['协议', '双方签署合作协议。', /^agreement/],
    ['监督', '推动完善党和国家监督体系。', /^to supervise/],
    ['中央', '全会由中央政治局主持。', /^central/],
    ['排头兵', '也是发展对华关系的排头兵。', /^leader/],
    ['总领馆', '中国驻圣保罗总领馆副总领事在致辞中说。', /^consulate general/],
    // Sentences of test/fixtures/articles: a word before a noun or a verb is a modifier unless
    // its main use is a verb (the HSK list's parts of speech).
    ['稳定', '维护国家安全和社会稳定，开展深入贯彻中央八项规定精神学习教育。', /^stable|^steady|^stability/],
    ['综合', '综合改革试点进展顺利，五大基地建设取得积极成效。', /^comprehensive/],
    ['试点', '综合改革试点进展顺利，五大基地建设取得积极成效。', /^test point|^pilot scheme/],
    ['落实', '落实省委十二届十次、十一次全会和省委经济工作会议部署。', /^to implement/],
    ['落实', '坚定有序推进转型发展，落实带薪错峰休假。', /^to implement|^to carry out/],
    ['巩固', '全会提出，建设现代化产业体系，巩固壮大实体经济根基。', /^to consolidate/],
    ['罢工', '法国9日再次爆发全国跨行业大罢工，反对政府进行退休制度改革。', /^a strike/],
    ['规范', '进一步改进执法方式、规范执法行为。', /^to (?:fix rules|regulate)/],
    // 的 after a noun is a possessive, not a sign of an adjective.
    ['正义', '积极回应人民群众对社会平安、公共服务、公平正义的新期待。', /^justice/],
    // The words beside it choose among senses of one part of speech (工程 "engineering; project").
    ['项目', '抓好629个省级重点工程项目，按季度调整优化项目清单。', /^project/],
    // A noun's right neighbour is the head it modifies, no sense of its own.
    ['中资', '这里聚集了超过90%的在巴中国移民和近200家中资企业。', /^Chinese capital/],
    // 随访 of the teacher's list: beside 患者 "patient" the doctor's follow-up, not "to accompany".
    ['随访', '医生定期对出院患者进行随访。', /follow-up/],
    // What is compared is a noun.
    ['增速', '民间投资增长较快，居民收入增速高于经济增速。', /growth rate/],
    // 的 and an adjective before a word: the head of a noun phrase.
    ['期待', '积极回应人民群众对社会平安、公共服务、公平正义的新期待。', /^expectation/],
    ['讲话', '认真贯彻总书记在研讨班上的重要讲话。', /^a speech/],
    ['要求', '面对新形势新任务提出的新要求。', /^requirement/],
    // The subject of a modal or of 得到 is a noun (test/fixtures/articles/govcn-2018-12-27-gov-new-media.html).
    ['诉求', '对于群众诉求要限时办结、及时反馈。', /^demand; wish; request/],
    ['诉求', '确保合理诉求得到有效解决。', /^demand; wish; request/],
    // 的 before a word that modifies the noun after it says nothing of a noun sense.
    ['主管', '国务院办公厅是全国政务新媒体工作的主管单位。', /^in charge/],
    ['指导', '接受宣传、网信部门的有关业务统筹指导和宏观管理。', /^to guide/],
    // …but a noun's parenthesis saying what it is of is (黄河 "Yellow River", 网络 "network").
    ['上游', '加快建设黄河上游生态功能带。', /^upper reaches \(of a river\)/],
    ['枢纽', '深化全国一体化算力网络国家枢纽节点建设。', /^hub/],
    // A noun's parentheses are not what its neighbours must match (民生 has nothing of "business or media").
    ['生态', '切实抓好民生保障和生态环境保护。', /^ecological state/],
    // …and the rest of the clause, where a verb's object stands (纪录 "record").
    ['刷新', '山西品牌丝路行首次登陆巴西，刷新“走出去”的最远纪录。', /^to break \(a record\)/],
  ])('%s in %s', (word, sentence, sense) => {
    expect(firstGloss(word, sentence)).toMatch(sense);
  });

  it('keeps every sense, the others after the fitting one', () => {
    const all = lex.lookup('落实')[0].definitions;
    const sentence = '要认真落实各项政策措施。';
    const meaning = cardMeaning('落实', 'a', lex.chooseReading('落实', sentence, 4), [{ sentence, offset: 4 }], lex)!;
    expect([...meaning.definitions].sort()).toEqual([...all].sort());
    expect(meaning.composed).toBe(false);
  });

  it('composes a meaning for a word no dictionary lists, and marks it', () => {
    const sentence = '充分发挥基层党组织战斗堡垒作用。';
    const meaning = cardMeaning('党组织', 'nt', lex.chooseReading('党组织', sentence, 6), [{ sentence, offset: 6 }], lex)!;
    expect(meaning).toEqual({ definitions: ['party + organization'], composed: true });
  });

  it('no card for a piece jieba cut from a longer term the article repeats (设区 of 设区市)', () => {
    // shanxi-gov-work-report-2026-part1.txt writes 设区市 "city divided into districts" three times.
    const file = new URL('../fixtures/articles/shanxi-gov-work-report-2026-part1.txt', import.meta.url);
    const sentences = readFileSync(file, 'utf8').split(/[。；\n]/).filter((s) => s.includes('设区市'));
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    const contexts = sentences.map((sentence) => ({ sentence, offset: sentence.indexOf('设区') }));
    const reading = lex.chooseReading('设区', contexts[0].sentence, contexts[0].offset);
    expect(cardMeaning('设区', 'v', reading, contexts, lex)).toBeNull();
    // Once only, or before a character that begins the next word (全人类共同), it is still composed.
    expect(cardMeaning('设区', 'v', reading, contexts.slice(0, 1), lex)?.composed).toBe(true);
    const common = ['构建人类命运共同体，增进全人类共同价值。', '弘扬全人类共同价值。'].map((sentence) => ({ sentence, offset: sentence.indexOf('全人类') }));
    expect(cardMeaning('全人类', 'n', lex.chooseReading('全人类', common[0].sentence, common[0].offset), common, lex)?.composed).toBe(true);
  });
});

describe("the article's own English chooses among senses of one part of speech", () => {
  const file = new URL('../fixtures/articles/xwlb-2022-12-07-excerpt.md', import.meta.url);
  const text = readFileSync(file, 'utf8');
  const words = [...new Set(lex.segment(text).map((t) => t.word).filter((w) => /\p{Script=Han}/u.test(w)))];
  const profile = articleProfile(words, (w) => allGlosses(lex, w));

  it.each([
    // 进口 "to import", 出口 "to export" and more: not "access point; opening …".
    ['进出口', '我国外贸进出口总值同比增长8.6%。', /^importation and exportation/],
    ['部署', '研究部署2023年党风廉政建设和反腐败工作。', /^to deploy/],
    // A sense restricted to what the article does not speak of gives way ("(of a musical
    // composition)"); one item restricted so does not ("(of a dignitary) to visit").
    ['基调', '坚持稳中求进工作总基调。', /^keynote/],
    ['主线', '要牢牢把握全面贯彻落实党的二十大精神这条主线。', /^central theme/],
    ['巡视', '更好发挥政治巡视利剑作用。', /^to inspect/],
    // Unchanged where the article's English says nothing clear.
    ['提升', '发展质量稳步提升。', /^\(fig\.\) to elevate/],
    ['群众', '关心困难群众生产生活。', /^the masses/],
  ])('%s in %s', (word, sentence, sense) => {
    const offset = sentence.indexOf(word);
    const tag = lex.segment(sentence).find((t) => t.word === word)?.pos ?? 'x';
    const meaning = cardMeaning(word, tag, lex.chooseReading(word, sentence, offset), [{ sentence, offset }], lex, (s) => lex.segment(s), { profile, words });
    expect(meaning!.definitions[0]).toMatch(sense);
  });

  it('reads a word by the body, not by the headline, where the body holds it', () => {
    const headline = '积极回应民众期待提升服务百姓能力';
    const body = '积极回应人民群众对社会平安、公共服务、公平正义的新期待。';
    const contexts = [headline, body].map((sentence) => ({ sentence, offset: sentence.indexOf('期待') }));
    const first = (asides: ReadonlySet<string>) =>
      cardMeaning('期待', 'v', lex.chooseReading('期待', body, contexts[1].offset), contexts, lex, (s) => lex.segment(s), { profile, words, asides })!.definitions[0];
    expect(first(new Set([headline]))).toMatch(/^expectation/);
    expect(first(new Set())).toMatch(/^to look forward to/);
  });

  it('leaves a short text alone', () => {
    const few = articleProfile(['外贸', '进口', '出口'], (w) => allGlosses(lex, w));
    expect(profileFirst(['access point', 'import-export'], 'nn', few)).toEqual(['access point', 'import-export']);
  });
});
