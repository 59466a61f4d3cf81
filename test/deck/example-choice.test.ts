import { describe, expect, it } from 'vitest';
import { chooseExamples } from '../../src/deck/example-choice.js';
import * as lexicon from '../../src/lexicon/index.js';
import { exampleClauses } from '../../src/text/example-clause.js';
import { splitSentences } from '../../src/text/sentences.js';

/** Real sentences (the seed, test/fixtures/articles), real jieba: which example a card shows first. */
const text = { splitSentences, exampleClauses };
const contexts = (word: string, sentences: string[]) => sentences.map((sentence) => ({ sentence, offset: sentence.indexOf(word) }));
const first = (word: string, sentences: string[], asides: string[] = []) =>
  chooseExamples(word, contexts(word, sentences), lexicon, text, () => true, new Set(), new Set(asides)).examples[0];

const NAMES =
  '国务院副秘书长肖亚庆,公安部党委委员、副部长孟宏伟、陈智敏、黄明,辽宁省委常委、大连市委书记唐军,辽宁省委常委、政法委书记苏宏章,辽宁省副省长、公安厅厅长薛恒,辽宁省政协副主席李文喜,大连市市长李万才参加有关活动。';
const ATTENDANCE = '各省、自治区、直辖市和新疆生产建设兵团公安厅局长,各省会市、副省级市公安局长,公安部部属局级单位主要负责同志参加会议。';

describe('the first example a card shows', () => {
  it('from the body, not the headline or a caption that hold the word too', () => {
    const caption = '国务委员、公安部部长孟建柱出席会议并讲话。';
    const body = '全国公安厅局长座谈会9月7日在辽宁大连举行,国务委员、公安部部长孟建柱出席会议并讲话。';
    expect(first('国务委员', [caption, body], [caption])).toBe(body);
    const title = '孟建柱:积极回应民众期待提升服务百姓能力';
    expect(first('回应', [title, '他强调,各级公安机关要敏锐把握时代脉搏,积极回应群众期待,转变工作理念、推动机制创新、强化科技应用,进一步增强公安工作的主动性、创造性。'], [title])).toBe(
      '积极回应群众期待',
    );
  });

  it('only from the headline when the body lacks the word', () => {
    const title = '孟建柱:积极回应民众期待提升服务百姓能力';
    expect(first('民众', [title], [title])).toBe(title);
  });

  it('a prepositional clause leans on the next: a sentence where the word stands alone comes first', () => {
    const lean = '根据当前疫情形势和病毒变异情况，为更加科学精准防控，切实解决防控工作中存在的突出问题，国务院联防联控机制今天（12月7日）发布通知。';
    const stands = '国家卫生健康委有关负责人表示，我国一直密切关注病毒和疾病的变化，不断优化完善防控措施，科学精准做好疫情防控工作。';
    expect(first('病毒', [lean, stands])).toBe('我国一直密切关注病毒和疾病的变化');
  });

  it('a list of people before its verb is taken whole, from its first item', () => {
    expect(first('省会市', [ATTENDANCE])).toBe(ATTENDANCE);
  });

  it('a list of a dozen officials before its one verb is taken whole, not as an orphan item (up to 160 characters)', () => {
    expect(first('常委', [NAMES])).toBe(NAMES);
    expect(first('副秘书长', [NAMES])).toBe(NAMES);
  });

  it('names jieba cut into adjectives (孟 宏伟, 黄 明) are no predicate: the list item does not stand alone', () => {
    expect(first('副部长', [NAMES])).toBe(NAMES);
  });

  it('a phrase with no predicate, where no other sentence holds the word, is shown in its whole sentence, not headless', () => {
    const lean = '根据当前疫情形势和病毒变异情况，为更加科学精准防控，切实解决防控工作中存在的突出问题，国务院联防联控机制今天（12月7日）发布进一步优化落实新冠肺炎疫情防控措施的通知，并邀请有关部门负责人和专家就进一步优化落实疫情防控情况进行了介绍。';
    expect(first('形势', [lean])).toBe(lean);
  });

  it('a clause ending in a verb of saying is widened to what was said', () => {
    const s = '但法国总理菲利普8日在接受法国《星期日报》采访时表示，不管面对何种压力，他都会将法国总统马克龙提出的退休制度积分制计划推行到底。';
    expect(first('总理', [s])).toBe(s);
  });
});
