import { describe, expect, it } from 'vitest';
import { classify, dropDebris } from '../../src/text/debris.js';
import { evidenceOf } from '../../src/text/paragraph-evidence.js';

const P1 = '会议指出，就业是最基本的民生，事关人民群众切身利益，事关经济社会发展大局。今年以来，各地区各部门认真贯彻党中央决策部署，就业形势总体稳定。';
const P2 = '会议强调，要坚持把就业工作摆在突出位置，强化就业优先政策，落实落细各项稳岗扩就业措施，支持自主创业和灵活就业。';
const P3 = '会议要求，各地区要压实稳就业责任，加强政策宣传解读，优化公共就业服务，确保政策红利及时惠及企业和劳动者。';

describe('each paragraph on its own evidence', () => {
  const table: Array<[string, string]> = [
    [P1, 'good'],
    ['• 新闻云南彝良地震遇难人数升至80人', 'bad'],
    ['1. 1周克华被击毙处成景点 游客倒地装死', 'short'],
    ['首页 新闻 体育 综艺 纪录 电视剧 动画 直播', 'bad'],
    ['人民网>>时政>>正文', 'bad'],
    ['2012年09月08日23:42  公安部网站', 'bad'],
    ['来源：新华网 2023-04-14', 'bad'],
    ['【责任编辑：王晓明】', 'bad'],
    ['分享到：微信 微博 QQ空间', 'bad'],
    ['京ICP备10000000号-1 京公网安备11010502000000号', 'bad'],
    ['新浪公司 版权所有', 'bad'],
    ['Copyright © 1996-2012 SINA Corporation, All Rights Reserved', 'bad'],
    ['【打印】 【关闭窗口】', 'bad'],
    ['上一篇：国务院印发意见', 'bad'],
    ['登录 | 注册', 'bad'],
    ['一、总体要求', 'short'],
    ['会议还研究了其他事项。', 'near'],
    ['加快建设农业强国 扎实推进乡村振兴', 'short'],
    ['About Sina', 'bad'],
  ];
  it.each(table)('%s → %s', (paragraph, expected) => {
    expect(classify(evidenceOf(paragraph))).toBe(expected);
  });

  it('prose is never judged by furniture words it happens to contain', () => {
    const prose = '会议要求，各地要完善企业登记注册制度，推动政务服务网上办理，对群众反映的问题实行首问负责，切实做到件件有着落、事事有回音。';
    expect(classify(evidenceOf(prose))).toBe('good');
  });
});

describe('dropDebris: context and position', () => {
  it('keeps section headings between good paragraphs', () => {
    const doc = ['一、总体要求', P1, '二、主要任务', P2, '（一）稳定就业岗位', P3];
    expect(dropDebris(doc)).toEqual([P1, '二、主要任务', P2, '（一）稳定就业岗位', P3]);
  });

  it('keeps a short closing sentence after the body, drops the signature-less tail', () => {
    expect(dropDebris([P1, P2, '会议还研究了其他事项。', '(完)'])).toEqual([P1, P2, '会议还研究了其他事项。']);
  });

  it('drops everything after the share bar once the body is behind it', () => {
    const comment = '网友甲：这个政策很好，希望各地认真落实，真正让老百姓得到实惠，也希望加强监督检查，防止走过场。';
    const doc = [P1, P2, P3, '分享到：', '网友评论', comment, comment];
    expect(dropDebris(doc)).toEqual([P1, P2, P3]);
  });

  it('a share bar at the top of the page ends nothing', () => {
    expect(dropDebris(['分享到：微信 微博', P1, P2, P3])).toEqual([P1, P2, P3]);
  });

  it('a numbered headline list and a bulleted one are dropped', () => {
    const doc = [
      P1,
      P2,
      '热点排行',
      '1. 春耕备耕有序推进 多地抢抓农时',
      '2. 多地发布楼市新政',
      '3. 冬奥冠军进校园',
      '• 习近平主持召开中央全面深化改革委员会会议',
      '• 国务院任命副部长',
    ];
    expect(dropDebris(doc)).toEqual([P1, P2]);
  });

  it('a ticker and a row of links before the body are dropped', () => {
    const doc = ['滚动新闻 | 国务院任命副部长 | 多地发布楼市新政 | 冬奥冠军进校园', '首页 | 时政 | 国际 | 财经 | 社会', P1, P2];
    expect(dropDebris(doc)).toEqual([P1, P2]);
  });

  it('a long row of headlines without punctuation is not prose', () => {
    const row = '国务院常务会议研究部署推动外贸稳规模优结构 人社部多措并举促进高校毕业生就业 一季度城镇新增就业人数同比增加';
    expect(dropDebris([P1, row, P2])).toEqual([P1, P2]);
  });

  it('is linear: 100 000 paragraphs in one pass', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => (i % 3 === 0 ? '• 国务院任命副部长' : P1));
    expect(dropDebris(many)).toHaveLength(66_666);
  });
});

describe('dropDebris: several saved pages in one file', () => {
  it('a new body after a page tail is kept, each tail dropped', () => {
    const page = [P1, P2, P3, '分享到：', '网友评论', '网友甲：说得好！', '• 国务院任命副部长', '新浪公司 版权所有'];
    expect(dropDebris([...page, ...page, ...page])).toEqual([P1, P2, P3, P1, P2, P3, P1, P2, P3]);
  });
});
