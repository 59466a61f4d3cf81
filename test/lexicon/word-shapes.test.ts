import { describe, expect, it } from 'vitest';
import { cutRaw, resolveToken, segment } from '../../src/lexicon/index.js';
import { tableFacts } from '../../src/lexicon/table-facts.js';
import { splitFreeCombination } from '../../src/lexicon/free-combination.js';
import { isSetPhrase } from '../../src/lexicon/set-phrases.js';
import { listedNames } from '../../src/lexicon/name-tags.js';
import { expectWords, hanWords as words } from '../helpers/words.js';

describe('free combinations are cut into their parts', () => {
  // [sentence, the parts it must give in order, the combination that must not be a word]
  const table: [string, string[], string][] = [
    ['记者拿到两张照片。', ['两', '张', '照片'], '两张'],
    ['他发表了一篇文章。', ['一', '篇', '文章'], '一篇'],
    ['五年来粮食播种面积稳定在十七亿亩以上。', ['五', '年', '亿', '亩'], '五年'],
    ['这条道路全长万公里。', ['这', '条', '道路', '万', '公里'], '这条'],
    ['我省已为企业减负十亿元。', ['我', '省', '已', '为', '企业'], '我省'],
    ['使改革更具针对性。', ['更', '具', '针对性'], '更具'],
    ['推动经济更快更好发展。', ['更', '快', '更', '好', '发展'], '更快'],
    ['群众打来电话反映问题。', ['打', '来', '电话'], '打来'],
    ['这辆车刚转走了。', ['转', '走'], '转走'],
    // 较 grades like 更 (新闻联播, 2023-08-15)
    ['服务业保持较快增长，现代服务业增势较好。', ['较', '快', '增长'], '较快'],
    // a number's multiplier belongs to its digits, not to the noun after them (新闻联播, 2022-03-05)
    ['城镇新增就业1100万人以上。', ['万', '人', '以上'], '万人'],
    ['全年接待游客3.5万人次。', ['万', '人次'], '万人次'],
    // …and so do 余 and 多 "and more" (Shanxi government work report, 2026)
    ['新建寄宿制学校1700余所。', ['余', '所'], '余所'],
    ['来自30多个国家和地区。', ['多', '个', '国家'], '多个'],
    // a noun said twice is "every one" (same report)
    ['公办托育机构实现县县全覆盖。', ['县', '县', '全'], '县县'],
    // …and a day to its date (新闻联播, 2022-12-07: not 日至 "solstice")
    ['会议定于明年1月9日至11日召开。', ['日', '至', '日'], '日至'],
    // a preposition glued to the determiner of the next noun (a Sichuan government notice, 2014)
    ['对本地区贯彻实施情况开展逐项自查。', ['对', '本', '地区'], '对本'],
    // a numeral or 首 "first" and a classifier, whatever jieba tags the pair (新闻联播 2024-03-05,
    // Gansu government work report 2026)
    ['完成一期工程建设。', ['一', '期', '工程'], '一期'],
    ['十四届全国人大二次会议首场“代表通道”开启。', ['首', '场', '代表'], '首场'],
    // a negation and the verb or adjective it negates (Gansu report)
    ['我们要做到焦点不散、劲头不松、力度不减。', ['焦点', '不', '散', '劲头', '不', '松', '力度', '不', '减'], '不减'],
    // a verb and the goal or role it reaches (新闻联播 2024-03-05)
    ['从开通初期的日均运行2列增至现在日均20列。', ['增', '至'], '增至'],
    ['将今年经济增长目标定为5%左右。', ['目标', '定', '为'], '定为'],
    // 化 and 式 belong to the word before them, not to the one after (Gansu report)
    ['推动现代寒旱特色农业全链式、集群化发展。', ['集群化', '发展'], '化发展'],
    // the particle 的 is no part of a word before it (Shanxi government work report, 2026: not 零的 "small change")
    ['国家级人力资源服务产业园实现“零的突破”。', ['实现', '零', '的', '突破'], '零的'],
    // two words jieba lacks, cut across (a gov.cn opinion, 2018): not 追 责问 责
    ['对突出问题，要严肃追责问责。', ['严肃', '追责', '问责'], '责问'],
  ];
  it.each(table)('%s', (sentence, must, combination) => expectWords(sentence, must, [combination]));

  // Strings jieba's dictionary lists as words, judged alone.
  it.each([
    ['两张', ['两', '张']],
    ['一通', ['一', '通']],
    ['万公里', ['万', '公里']],
    ['亿亩', ['亿', '亩']],
    ['这条', ['这', '条']],
    ['我省', ['我', '省']],
    ['更好', ['更', '好']],
    ['开过', ['开', '过']],
    ['已为', ['已', '为']],
    ['较晚', ['较', '晚']],
    ['村村', ['村', '村']],
    ['一期', ['一', '期']],
    ['首场', ['首', '场']],
    ['不减', ['不', '减']],
    ['增至', ['增', '至']],
    ['新一届', ['新', '一届']],
    ['所涉', ['所', '涉']],
    ['上一年', ['上', '一年']],
  ])('%s → %s', (word, pieces) => {
    expect(splitFreeCombination(word, tableFacts)?.pieces).toEqual(pieces);
  });
});

describe('lexicalised words stay whole', () => {
  it.each(['一定', '这样', '更新', '最好', '过来', '开放', '各级', '一系列', '看来', '最高', '人人', '多年'])('%s', (word) => {
    expect(splitFreeCombination(word, tableFacts)).toBeNull();
  });
  it.each([
    ['人民生活水平一定会更好。', '一定'],
    ['这样的情况并不少见。', '这样'],
    ['各级公安机关要更新观念。', '更新'],
    ['最好的办法是扩大开放。', '开放'],
    ['他一个人在开幕式讲话。', '开幕式'],
    ['人民大会堂万人大礼堂气氛隆重热烈。', '万人'],
    ['要找出问题的根本原因。', '根本'],
    ['为此我们召开了座谈会。', '为此'],
  ])('%s keeps %s', (sentence, word) => {
    expect(words(sentence)).toContain(word);
  });
});

describe('official set phrases are one word', () => {
  const table: [string, string[]][] = [
    ['对密切接触者做到应收尽收、应治尽治。', ['应收尽收', '应治尽治']],
    ['困难群众做到能保尽保。', ['能保尽保']],
    ['坚持联防联控、群防群治，推动复工复产。', ['联防联控', '群防群治', '复工复产']],
    ['深入开展扫黑除恶专项斗争。', ['扫黑除恶']],
    ['推进中国式现代化，发展新质生产力。', ['中国式现代化', '新质生产力']],
    ['扎实推动共同富裕。', ['共同富裕']],
    ['推动疫情防控常态化、规范化。', ['常态化', '规范化']],
    ['要抓紧抓好春耕生产。', ['抓紧抓好']],
    ['推动城乡基础设施共建共享。', ['共建共享']],
    ['各部门要认真开展自查自纠。', ['自查自纠']],
  ];
  it.each(table)('%s', (sentence, phrases) => expectWords(sentence, phrases, []));

  it.each(['联防联控', '复工复产', '应收尽收', '扫黑除恶', '中国式现代化', '新质生产力', '常态化', '集约式'])('%s is a set phrase', (w) => {
    expect(isSetPhrase(w, tableFacts)).toBe(true);
  });
});

describe('words CC-CEDICT lists and jieba lacks are whole', () => {
  it.each([
    ['共建一带一路倡议。', ['一带一路'], ['一带', '一路']],
    ['法国总统马克龙表示。', ['马克龙'], ['龙']],
    // a first piece of one character too, a noun, verb or adjective (新闻联播, 2023-08-15; the seed)
    ['积极稳妥推进碳达峰碳中和。', ['碳中和'], ['中和']],
    ['省委副书记出席会议。', ['副书记'], ['书记']],
    ['推动可持续发展。', ['可持续发展'], ['持续']],
    // not after a preposition or an adverb
    ['经济损失以亿计。', ['以'], ['以亿计']],
    // CC-CEDICT also lists phrases of words a learner reads apart
    ['交通几乎完全瘫痪。', ['几乎', '完全'], ['几乎完全']],
    ['推动经济发展。', ['经济', '发展'], ['经济发展']],
  ] as [string, string[], string[]][])('%s', (sentence, must, mustNot) => expectWords(sentence, must, mustNot));
});

describe('neighbours that only look like set phrases stay apart', () => {
  const table: [string, string[], string[]][] = [
    // X Y X Z of nouns and adverbs
    ['全国全面推进乡村振兴。', ['全国', '全面'], ['全国全面']],
    // two everyday verbs side by side (V A V A, both dictionary words)
    ['不断提高加快发展的能力。', ['提高', '加快'], ['提高加快']],
    // X Y X Z of two dictionary verbs: each half is a card of its own (新闻联播, 2023-08-15)
    ['河北生产生活秩序加快恢复。', ['生产', '生活', '秩序'], ['生产生活']],
    ['加强进口商品检查检验。', ['检查', '检验'], ['检查检验']],
    ['广大群众收听收看新闻联播。', ['收听', '收看'], ['收听收看']],
    // 式 of a ceremony before a plain noun
    ['他在开幕式讲话。', ['开幕式', '讲话'], ['开幕式讲话']],
    // an adjective and a morpheme that are a word together
    ['高校毕业生就业形势总体稳定。', ['高校', '毕业生'], ['高校毕业生']],
    // a determiner's tail takes back no classifier (这个 人, not 这 个人), nor a noun that
    // starts no word with what follows (我市 民营, not 我 市民 营)
    ['这个人很负责。', ['人'], ['个人']],
    ['我市民营经济发展迅速。', ['民营', '经济'], ['市民']],
    // jieba's nz phrases that end in a verb are phrases
    ['全会充分肯定了这项工作。', ['充分', '肯定'], ['充分肯定']],
    // …and so do those whose first word CC-CEDICT knows only as an adverb (jieba tags 大力 a noun)
    ['要大力发展养老事业和养老产业。', ['大力', '发展', '养老'], ['大力发展']],
  ];
  it.each(table)('%s', (sentence, must, mustNot) => expectWords(sentence, must, mustNot));
});

describe('no words made of fragments', () => {
  const table: [string, string[], string[]][] = [
    ['在三个工作日内办结。', ['工作日'], ['日内', '工作']],
    ['各省市区公安厅局长参加会议。', ['省市区', '公安厅'], ['市区', '各省']],
    ['各市县要落实责任。', ['市县'], ['各市']],
    ['央视网消息（新闻联播）：会议在北京召开。', ['新闻联播'], ['联播']],
    ['对密切接触者做到应收尽收。', ['应收尽收'], ['应收', '尽收']],
  ];
  it.each(table)('%s', (sentence, must, mustNot) => expectWords(sentence, must, mustNot));
});

describe('the repairs are the same however the text is cut for jieba', () => {
  const sentences = [
    '坚持联防联控、群防群治，推动复工复产。',
    '对密切接触者做到应收尽收、应治尽治。',
    '推进中国式现代化，发展新质生产力。',
    '各省市区公安厅局长在三个工作日内报告。',
    '深入开展扫黑除恶专项斗争，推动疫情防控常态化。',
  ];
  const resolved = (raws: string[]) => raws.flatMap((r) => resolveToken(r));
  it('one sentence at a time, a batch of them, and segment() agree', () => {
    const alone = sentences.flatMap((s) => segment(s));
    const batch = resolved(cutRaw(sentences.join('\n'))).filter((t) => t.word !== '\n');
    expect(batch).toEqual(alone);
    expect(sentences.flatMap((s) => resolved(cutRaw(s)))).toEqual(alone);
    expect(alone.map((t) => t.word).join('')).toBe(sentences.join(''));
  });
});

describe('the personal names a list gives', () => {
  it.each([
    // 新闻联播, 2024-03-05: a title heads the run, the last item runs on into the sentence.
    ['大会主席团常务主席、执行主席李鸿忠、王东明、肖捷、郑建邦、丁仲礼、洛桑江村、雪克来提·扎克尔、刘奇在主席台就座。', ['王东明', '肖捷', '郑建邦', '丁仲礼', '洛桑江村', '雪克来提·扎克尔']],
    ['在主席台就座的还有：马兴瑞、王毅、尹力、石泰峰、帕巴拉·格列朗杰、何厚铧，以及中央军委委员刘振立等。', ['王毅', '尹力', '石泰峰', '帕巴拉·格列朗杰']],
  ])('%s', (text, names) => {
    expect(listedNames(text)).toEqual(names);
  });
  it.each([
    '涉及教育、医疗、养老、住房、就业等领域。',
    '推进张掖、金昌、武威、酒泉、嘉峪关等地建设。',
    '王毅、李强出席。',
  ])('not a list of names: %s', (text) => {
    expect(listedNames(text)).toEqual([]);
  });
});
