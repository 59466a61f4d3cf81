import { describe, expect, it } from 'vitest';
import { asideSentences, isAside } from '../../src/text/asides.js';
import { dropLeadIn } from '../../src/text/lead-ins.js';
import { splitSentences } from '../../src/text/sentences.js';

describe('a report without the lead-in that says who filed it', () => {
  const table: Array<[string, string]> = [
    ['新华社北京4月14日电　国务院总理主持召开国务院常务会议。', '国务院总理主持召开国务院常务会议。'],
    ['新华社巴黎12月9日电（记者唐霁）法国全国大罢工9日进入第五天。', '法国全国大罢工9日进入第五天。'],
    ['本报北京2月13日电　中共中央、国务院近日印发意见。', '中共中央、国务院近日印发意见。'],
    ['本报讯（记者 王晓明）全省秋粮收获进度超过八成。', '全省秋粮收获进度超过八成。'],
    ['央视网消息（新闻联播）：全国秋粮收获近八成，各地加快秋季农业生产进度。', '全国秋粮收获近八成，各地加快秋季农业生产进度。'],
    ['央视网消息（新闻联播）：', ''],
    // Prose that merely holds a date, or opens with one, stays whole.
    ['6月20日，公安部召开电视电话会议，部署开展夏季治安打击整治行动。', '6月20日，公安部召开电视电话会议，部署开展夏季治安打击整治行动。'],
    ['全国公安厅局长座谈会9月7日在辽宁大连举行。', '全国公安厅局长座谈会9月7日在辽宁大连举行。'],
    ['据新华社消息，会议还研究了其他事项。', '据新华社消息，会议还研究了其他事项。'],
  ];
  it.each(table)('%s → %s', (paragraph, body) => expect(dropLeadIn(paragraph)).toBe(body));
});

describe('lines that are not the body: captions, reprint notes and headings', () => {
  const table: Array<[string, boolean]> = [
    ['9月7日,全国公安厅局长座谈会在辽宁大连举行。国务委员、公安部部长孟建柱出席会议并讲话。图为座谈会前,孟建柱与各省市区公安厅局长合影。', true],
    ['省长卢东亮在省十四届人大五次会议上作政府工作报告。本报记者阮洋摄', true],
    ['9月17日，山西品牌丝路行（南美站）在巴西圣保罗启动。（新华社记者 张三 摄）', true],
    ['原标题：法国全国大罢工再次严重影响交通', true],
    // Headings: a section's title in a notice, an item's headline in a day's 新闻联播 transcript.
    ['三、重点抽查', true],
    ['（一）着力扩大内需', true],
    ['7月份国民经济持续稳定恢复', true],
    ['两会部长通道开启：聚焦经济发展 回应热点关切', true],
    ['会议指出，要绘好蓝图，画好地图，确保意图落到实处。', false],
    ['各级公安机关要坚持依法办事，切实提升执法公信力。', false],
    ['特此通知。', false],
    // A lead-in to a list below it is no body sentence either.
    ['本期节目主要内容：', true],
  ];
  it.each(table)('%s → %s', (paragraph, aside) => expect(isAside(paragraph, splitSentences(paragraph))).toBe(aside));

  it('a heading is an aside, the prose under it is not', () => {
    const heading = '三、重点抽查';
    const body = '省政府将对省级重点部门、重点地区稳增长促改革调结构惠民生政策措施落实情况开展抽查，了解掌握具体情况。';
    expect(asideSentences('关于立即开展落实民生19项核查点情况意见通知', [heading, body], splitSentences)).toEqual(
      new Set(['关于立即开展落实民生19项核查点情况意见通知', heading]),
    );
  });

  it("a numbered item's short first sentence is its heading, the sentences after it are body", () => {
    // test/fixtures/articles/govcn-2018-12-27-gov-new-media.html
    const item = '3.坚持互联融合。按照前台多样、后台联通的要求，推动各类政务新媒体互联互通、整体发声、协同联动。';
    const section = '（一）推进政务公开，强化解读回应。各地区、各部门要积极运用政务新媒体，及时准确传递党和政府声音。';
    const long = '1.各地区、各部门要将政务新媒体工作情况列入年度绩效考核，制定考核评价办法。';
    expect(asideSentences('关于推进政务新媒体健康有序发展的意见', [item, section, long], splitSentences)).toEqual(
      new Set(['关于推进政务新媒体健康有序发展的意见', '3.坚持互联融合。', '（一）推进政务公开，强化解读回应。']),
    );
  });

  it('the aside sentences are the title and every sentence of a caption', () => {
    const caption = '座谈会结束后,孟建柱来到大连市公安局调研。图为孟建柱在大连市西岗区365市民大楼服务中心调研。';
    const body = '各级公安机关要坚持依法办事，切实提升执法公信力。';
    expect(asideSentences('孟建柱:积极回应民众期待', ['孟建柱:积极回应民众期待', caption, body], splitSentences)).toEqual(
      new Set(['孟建柱:积极回应民众期待', '座谈会结束后,孟建柱来到大连市公安局调研。', '图为孟建柱在大连市西岗区365市民大楼服务中心调研。']),
    );
  });
});
