import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headlineIndex, headlineName, isSiteName, openingName, pageHeadline, stripSiteName } from '../../src/text/headline.js';
import { readArticle } from '../../src/text/read-article.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('a page title without the site, channel and section names', () => {
  const table: Array<[string, string]> = [
    ['国务院常务会议部署进一步稳就业举措_新华网', '国务院常务会议部署进一步稳就业举措'],
    ['李强主持召开国务院常务会议-新华网', '李强主持召开国务院常务会议'],
    ['多地出台稳岗扩就业新政 高校毕业生就业形势总体稳定_网易新闻', '多地出台稳岗扩就业新政 高校毕业生就业形势总体稳定'],
    ['关于做好2024年春季农业生产工作的通知 - 山西省人民政府门户网站', '关于做好2024年春季农业生产工作的通知'],
    ['三大指数集体收涨 沪指重回3000点-股票频道-和讯网', '三大指数集体收涨 沪指重回3000点'],
    ['国务院办公厅关于印发新污染物治理行动方案的通知_政策_中国政府网', '国务院办公厅关于印发新污染物治理行动方案的通知'],
    ['中共中央 国务院关于做好2023年全面推进乡村振兴重点工作的意见_中央有关文件_中国政府网', '中共中央 国务院关于做好2023年全面推进乡村振兴重点工作的意见'],
    ['全国春季农业生产工作会议召开_新闻频道_央视网(cctv.com)', '全国春季农业生产工作会议召开'],
    ['加快建设农业强国 扎实推进乡村振兴--时政--人民网', '加快建设农业强国 扎实推进乡村振兴'],
    ['加快建设农业强国 扎实推进乡村振兴--人民网－人民日报', '加快建设农业强国 扎实推进乡村振兴'],
    ['公安部部署开展夏季治安打击整治行动 - 中华人民共和国公安部', '公安部部署开展夏季治安打击整治行动'],
    ['国家统计局：一季度国内生产总值同比增长5.3%|中国经济网', '国家统计局：一季度国内生产总值同比增长5.3%'],
    ['新华网 | 习近平在江苏考察时强调', '习近平在江苏考察时强调'],
    // Separators inside the headline stay: a score, a subtitle after ——.
    ['世预赛-英格兰5-0胜', '世预赛-英格兰5-0胜'],
    ['坚持人民至上——写在全国公安厅局长座谈会召开之际-新华网', '坚持人民至上——写在全国公安厅局长座谈会召开之际'],
    ['孟建柱:积极回应民众期待提升服务百姓能力', '孟建柱:积极回应民众期待提升服务百姓能力'],
    // A headline that merely ends like a channel name is kept when no site name follows.
    ['央视网 | 今年前三季度我国经济运行稳中向好新闻', '今年前三季度我国经济运行稳中向好新闻'],
    ['新华网', '新华网'],
  ];
  it.each(table)('%s → %s', (title, headline) => {
    expect(stripSiteName(title)).toBe(headline);
  });

  it.each(['新华网', '网易新闻', '山西省人民政府门户网站', '股票频道', '和讯网', '人民日报', '央视网(cctv.com)', 'www.gov.cn', 'CCTV'])(
    '%s is a site name',
    (name) => expect(isSiteName(name)).toBe(true),
  );
  it.each(['国务院常务会议部署进一步稳就业举措', '英格兰5-0胜', '会议强调，要加强就业'])('%s is no site name', (name) => {
    expect(isSiteName(name)).toBe(false);
  });
});

describe('the page headline from <title>, og:title and <h1>', () => {
  it('the h1 that agrees with the title minus its site name', () => {
    expect(pageHeadline('稳就业举措 部署会议召开_新华网', ['', '新华网', '稳就业举措　部署会议召开'])).toBe('稳就业举措　部署会议召开');
  });
  it('og:title when the <title> was cut short', () => {
    expect(pageHeadline('国务院常务会议部署进一步稳就业…_新华网', ['国务院常务会议部署进一步稳就业举措'])).toBe('国务院常务会议部署进一步稳就业举措');
  });
  it('the <title> when no h1 agrees (a logo, a section name)', () => {
    expect(pageHeadline('国务院常务会议部署进一步稳就业举措-新华网', ['新华网', '时政要闻'])).toBe('国务院常务会议部署进一步稳就业举措');
  });
  it('the h1 when the <title> is only the site name', () => {
    expect(pageHeadline('山西省人民政府门户网站', ['山西省人民政府门户网站', '关于做好春季农业生产工作的通知'])).toBe('关于做好春季农业生产工作的通知');
  });
});

describe('the headline of a text is its first headline-shaped line', () => {
  const table: Array<[string, string[], number]> = [
    ['the first line', ['孟建柱:积极回应民众期待提升服务百姓能力', '', '2012年09月08日23:42 公安部网站', '9月7日,全国公安厅局长座谈会在辽宁大连举行。国务委员、公安部部长孟建柱出席会议并讲话。'], 0],
    [
      'not the date of adoption under it, though longer',
      ['中华人民共和国民营经济促进法', '（2025年4月30日第十四届全国人民代表大会常务委员会第十五次会议通过）', '第一章 总则', '第一条 为优化民营经济发展环境，保证各类经济组织公平参与市场竞争，制定本法。'],
      0,
    ],
    [
      'not a later sub-line, though longer',
      ['深化改革开放 推动高质量发展', '——国务院新闻办公室就一季度国民经济运行情况举行新闻发布会', '国家统计局新闻发言人今天介绍，一季度国民经济开局良好，主要指标好于预期。'],
      0,
    ],
    ['past a site banner and a section name', ['新华网', '新闻中心', '国务院常务会议部署进一步稳就业举措', '会议指出，就业是最基本的民生，事关人民群众切身利益。'], 2],
    ['past a short section name', ['时政要闻', '国务院常务会议部署进一步稳就业举措', '会议指出，就业是最基本的民生，事关人民群众切身利益。'], 1],
    ['past a breadcrumb, with its genre tag', ['新闻联播 > 正文 > 视频文字稿', '[视频]全国春季农业生产工作会议召开', '来源：央视网 2024年03月05日 19:38'], 1],
    [
      'past a browser copy\'s buttons, not its sub-line with the date',
      ['下载', '打印', '全屏', '收藏', '【字号：', '加大', '还原', '减小', '】', '2026年山西省政府工作报告', '——2026年2月2日在山西省第十四届人民代表大会第五次会议上', '来源：山西日报', '时间：2026-02-09', '省长 卢东亮', '各位代表：'],
      9,
    ],
    ['a long 新闻联播 headline in spaced parts', ['中共中央政治局召开会议 分析研究2023年经济工作 研究部署党风廉政建设和反腐败工作 中共中央总书记习近平主持会议', '央视网消息（新闻联播）：中共中央政治局12月6日召开会议，分析研究2023年经济工作。'], 0],
    ['none: the text opens with a sentence', ['各级公安机关要坚持依法办事，切实提升执法公信力。', '要切实加强对执法突出问题的经常性治理。'], -1],
    ['none: only a date', ['（2023年1月2日）', '党的二十大擘画了以中国式现代化全面推进中华民族伟大复兴的宏伟蓝图。'], -1],
  ];
  it.each(table)('%s', (_, lines, at) => {
    expect(headlineIndex(lines)).toBe(at);
  });
});

describe('a headline line as a deck name', () => {
  it.each([
    ['[视频]全国春季农业生产工作会议召开', '全国春季农业生产工作会议召开'],
    ['三、2026年工作安排', '2026年工作安排'],
    ['（一）着力实施扩大内需战略', '着力实施扩大内需战略'],
    ['国务院常务会议部署进一步稳就业举措_新华网', '国务院常务会议部署进一步稳就业举措'],
  ])('%s → %s', (line, name) => expect(headlineName(line)).toBe(name));

  it('a Markdown heading comes before a bold line and the date of adoption', () => {
    const lines = ['中国共产党第二十届中央委员会第四次全体会议公报', '央视网消息（新闻联播）：', '中国共产党第二十届中央委员会第四次全体会议公报', '（2025年10月23日中国共产党第二十届中央委员会第四次全体会议通过）'];
    expect(headlineIndex(lines, new Set([lines[0]]))).toBe(0);
  });
});

describe('a text without a headline is named by its opening words', () => {
  const table: Array<[string[], string]> = [
    [['各级公安机关要坚持依法办事，切实提升执法公信力。'], '各级公安机关要坚持依法办事'],
    // a clause too short to name anything takes the next
    [['会议指出，要绘好蓝图，画好地图，确保意图落到实处。'], '会议指出，要绘好蓝图'],
    // a long opening is cut, and says so
    [['生态文明建设是关系中华民族永续发展的根本大计，是关系党的使命宗旨的重大政治问题。'], '生态文明建设是关系中华民族永续发展的根本大计'],
    [
      ['中共中央政治局常委、全国人大常委会委员长栗战书5日下午来到他所在的江西代表团，同代表们一起审议政府工作报告。'],
      '中共中央政治局常委、全国人大常委会委员长栗战书…',
    ],
    // lines without Han first (a date, a number) are passed over
    [['2023-08-15', '全国划定生态保护红线面积约319万平方公里。'], '全国划定生态保护红线面积约319万平方公里'],
  ];
  it.each(table)('%s → %s', (paragraphs, name) => expect(openingName(paragraphs)).toBe(name));
});

describe('the deck names of real articles (test/fixtures/articles, the seed)', () => {
  const table: Array<[string, string]> = [
    ['communique-20th-cc-4th-plenum-2025.md', '中国共产党第二十届中央委员会第四次全体会议公报'],
    ['shanxi-gov-2019-09-18-silk-road.html', '山西品牌丝路行（南美站）正式启动'],
    ['shanxi-gov-work-report-2026-part1.txt', '2026年山西省政府工作报告'],
    ['shanxi-gov-work-report-2026-tasks.txt', '2026年工作安排'],
    ['xinhuanet-2019-12-10-france-strike.html', '法国全国大罢工再次严重影响交通'],
    ['xwlb-2022-10-23.md', '《新闻联播》 (20221023)'],
    ['xwlb-2022-12-07-excerpt.md', '中共中央政治局召开会议 分析研究2023年经济工作 研究部署党风廉政建设和反腐败工作 中共中央总书记习近平主持会议'],
    ['xwlb-2025-10-23-domestic.md', '全国秋粮收获近八成 各地多措并举保丰收'],
    ['xwlb-2023-08-15-excerpt.md', '《新闻联播》 (20230815)'],
    ['sichuan-gov-notice-2014-self-inspection.txt', '关于立即开展落实民生19项核查点情况意见通知'],
    ['../../../decks/000_50515ac5e261a18b.txt', '孟建柱:积极回应民众期待提升服务百姓能力'],
  ];
  it.each(table)('%s → %s', async (file, name) => {
    const article = await readArticle(path.join(root, 'test/fixtures/articles', file));
    expect(article.title).toBe(name);
    expect(article.paragraphs[0]).toBe(name);
  });
});
