import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { GuanhuaError } from '../../src/errors.js';
import { readArticle } from '../../src/text/read-article.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = path.join(root, 'test/fixtures/text');
const seedPath = path.join(root, 'decks/000_50515ac5e261a18b.txt');
const seed = fs.readFileSync(seedPath, 'utf8');
const SEED_TITLE = '孟建柱:积极回应民众期待提升服务百姓能力';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-text-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

async function refusal(input: string, opts?: Parameters<typeof readArticle>[1]): Promise<string> {
  const err = await readArticle(input, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GuanhuaError);
  expect((err as GuanhuaError).exitCode).toBe(1);
  const message = (err as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

const tidy = (s: string) => s.replace(/[ \t\u00a0\u3000]+/g, ' ').trim();

describe('the seed article comes out as its body only', async () => {
  const article = await readArticle(seedPath);
  const [body, debris] = seed.split('分享到:');
  const bodyLines = body.split('\n').map(tidy).filter((l) => l !== '');
  const debrisLines = ('分享到:' + debris).split('\n').map(tidy).filter((l) => l !== '');

  it('takes the headline as the title and first paragraph', () => {
    expect(article.title).toBe(SEED_TITLE);
    expect(article.paragraphs[0]).toBe(SEED_TITLE);
    expect(article.file).toBe('000_50515ac5e261a18b.txt');
  });

  it('keeps every body paragraph, the caption printed four times once', () => {
    const expected = bodyLines.filter((l) => !l.startsWith('2012年09月08日'));
    expect(article.paragraphs.slice(3)).toEqual(expected.slice(3));
    expect(article.paragraphs).toHaveLength(12);
    // Each caption line holds its caption twice, and both open with the same sentence.
    expect(expected[1]).toMatch(/合影。 9月7日,全国公安厅局长座谈会/);
    expect(article.paragraphs[1]).toBe('9月7日,全国公安厅局长座谈会在辽宁大连举行。国务委员、公安部部长孟建柱出席会议并讲话。图为座谈会前,孟建柱与各省市区公安厅局长合影。');
    expect(article.paragraphs[2]).toMatch(/^座谈会结束后,孟建柱来到大连市公安局、.*图为孟建柱在大连市西岗区365市民大楼服务中心调研。$/u);
    expect(article.text.split('全国公安厅局长座谈会在辽宁大连举行')).toHaveLength(2);
  });

  it('ends with the credit line of the last paragraph', () => {
    expect(article.paragraphs.at(-1)!.endsWith('参加会议。(文:徐灿 图:郝帆)')).toBe(true);
  });

  it('drops the dateline', () => {
    expect(article.text).not.toContain('23:42');
    expect(article.text).not.toContain('公安部网站');
  });

  it('keeps not one line of the debris', () => {
    expect(debrisLines.length).toBeGreaterThan(30);
    for (const line of debrisLines) {
      const core = line.replace(/^(?:•|\d+\.)\s*/, '');
      expect(article.text, line).not.toContain(core);
    }
    for (const word of ['分享', '周克华', '彝良', '新浪', '版权所有', 'Copyright', 'SINA', '黄岩岛']) {
      expect(article.text).not.toContain(word);
    }
  });

  it('text is the paragraphs joined by newlines', () => {
    expect(article.text).toBe(article.paragraphs.join('\n'));
  });
});

describe('the seed in every encoding and line ending reads the same', async () => {
  const reference = await readArticle(seedPath);
  const crlf = seed.replace(/\n/g, '\r\n');
  // GBK has no no-break space and no •: a page saved in GBK holds a space and · instead.
  const gbkSafe = crlf.replace(/\u00a0/g, ' ').replace(/•/g, '·');
  const table: Array<[string, Buffer]> = [
    ['gbk-crlf.txt', iconv.encode(gbkSafe, 'gbk')],
    ['gb18030.txt', iconv.encode(seed, 'gb18030')],
    ['utf16le.txt', iconv.encode(crlf, 'utf16le', { addBOM: true })],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(seed, 'utf16be')])],
    ['utf8-bom-crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)])],
  ];
  it.each(table)('%s', async (name, bytes) => {
    const article = await readArticle(write(name, bytes));
    expect(article.paragraphs).toEqual(reference.paragraphs);
    expect(article.title).toBe(SEED_TITLE);
  });

  it('from standard input', async () => {
    const article = await readArticle('-', { stdin: Readable.from([iconv.encode(crlf, 'gb18030')]) });
    expect(article.paragraphs).toEqual(reference.paragraphs);
    expect(article.file).toBe('-');
  });

  it('mostly valid UTF-8 with a few broken bytes: decoded, no U+FFFD anywhere', async () => {
    const bytes = Buffer.from(seed);
    const at = bytes.indexOf(Buffer.from('公信力'));
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe5, 0x85]), bytes.subarray(at + 3)]);
    const article = await readArticle(write('broken.txt', broken));
    expect(article.text).not.toContain('\ufffd');
    expect(article.text).toContain('信力');
    expect(article.paragraphs).toHaveLength(reference.paragraphs.length);
  });
});

describe('pages shaped like real saved pages', () => {
  it('a Xinhua-style HTML page: the body, nothing of nav, share, editor, related, comments, ICP', async () => {
    const article = await readArticle(path.join(fixtures, 'xinhua-page.html'));
    expect(article.title).toBe('国务院常务会议部署进一步稳就业举措');
    expect(article.paragraphs).toHaveLength(6);
    // The dateline says who filed the report: it is not the report.
    expect(article.paragraphs[1]).toMatch(/^国务院总理主持召开国务院常务会议/);
    expect(article.text).not.toContain('新华社北京4月14日电');
    expect(article.paragraphs.at(-1)).toBe('会议还研究了其他事项。');
    for (const junk of ['责任编辑', '分享到', '相关新闻', '多地出台', '网友评论', '文明发言', 'ICP', '公网安备', '时政', '字号', '广告']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('a plain-text browser copy of a 人民网-style page', async () => {
    const article = await readArticle(path.join(fixtures, 'renmin-copy.txt'));
    expect(article.title).toBe('加快建设农业强国 扎实推进乡村振兴');
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs.at(-1)).toMatch(/在公共服务上优先安排。$/);
    for (const junk of ['人民网首页', '时政', '小字号', '责编', '推荐阅读', '一号文件', '热点排行', '春耕备耕', '版 权', 'Copyright']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('a 新闻联播-style transcript with a menu at the top', async () => {
    const article = await readArticle(path.join(fixtures, 'xwlb-transcript.txt'));
    expect(article.title).toBe('全国春季农业生产工作会议召开');
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[1]).toMatch(/^全国春季农业生产工作会议今天在北京召开。/);
    expect(article.text).not.toContain('央视网消息');
    for (const junk of ['栏目大全', '视频文字稿', '央视网 2024', '本期节目', '代表团', '责任编辑', '热门推荐', 'ICP']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('Markdown: syntax stripped, heading as title', async () => {
    const md = [
      '# 关于加强基层治理的意见',
      '',
      '> 本文件**自印发之日起**施行。',
      '',
      '各地区要[认真贯彻落实](https://example.org/doc)本意见，结合实际*制定*具体措施，确保各项任务落到实处。',
      '',
      '![配图](img/a.png)',
      '',
      '```',
      'const notChinese = "代码不是正文";',
      '```',
      '',
      '- 健全基层党组织领导的基层群众自治机制，完善基层民主协商制度。',
    ].join('\n');
    const article = await readArticle(write('opinion.md', md));
    expect(article.title).toBe('关于加强基层治理的意见');
    expect(article.paragraphs).toEqual([
      '关于加强基层治理的意见',
      '本文件自印发之日起施行。',
      '各地区要认真贯彻落实本意见，结合实际制定具体措施，确保各项任务落到实处。',
      '健全基层党组织领导的基层群众自治机制，完善基层民主协商制度。',
    ]);
  });

  it('Markdown: HTML blocks written inside it (a transcript\'s <p>…<br></p><p>…) are paragraphs', async () => {
    const md = [
      '### 国内联播快讯',
      '',
      '<p><strong>2023年我国锂电池行业总产值超1.4万亿元</strong><br></p><p>记者从工业和信息化部了解到，2023年，我国锂电池产业延续增长态势。<br></p><p>中老铁路已成为国际物流陆路运输的“黄金大通道”。</p>',
    ].join('\n');
    const article = await readArticle(write('flash.md', md));
    expect(article.paragraphs).toEqual([
      '国内联播快讯',
      '2023年我国锂电池行业总产值超1.4万亿元',
      '记者从工业和信息化部了解到，2023年，我国锂电池产业延续增长态势。',
      '中老铁路已成为国际物流陆路运输的“黄金大通道”。',
    ]);
  });

  it('HTML on standard input is recognised by its content', async () => {
    const html = fs.readFileSync(path.join(fixtures, 'xinhua-page.html'));
    const article = await readArticle('-', { stdin: Readable.from([html]) });
    expect(article.title).toBe('国务院常务会议部署进一步稳就业举措');
    expect(article.paragraphs).toHaveLength(6);
  });

  it('a saved page renamed .txt is still read as HTML', async () => {
    const html = fs.readFileSync(path.join(fixtures, 'xinhua-page.html'));
    const article = await readArticle(write('saved-page.txt', html));
    expect(article.title).toBe('国务院常务会议部署进一步稳就业举措');
    expect(article.text).not.toContain('ICP');
  });

  it('the headline is found past a site banner and a section name', async () => {
    const text = ['新华网', '新闻中心', '国务院常务会议部署进一步稳就业举措', '', '会议指出，就业是最基本的民生，事关人民群众切身利益，事关经济社会发展大局。'].join('\n');
    const article = await readArticle(write('banner.txt', text));
    expect(article.title).toBe('国务院常务会议部署进一步稳就业举措');
    expect(article.paragraphs).toHaveLength(2);
  });

  it('a column of similar-length headlines is not mistaken for wrapped prose', async () => {
    const heads = ['国务院常务会议研究部署推动外贸稳规模', '人社部多措并举促进高校毕业生就业工作', '一季度城镇新增就业人数同比增加明显', '多地出台稳岗扩就业新政措施引关注'];
    const text = ['全国春季农业生产工作会议在北京召开部署', '', '会议强调，要坚决扛起粮食安全政治责任，压紧压实各级各方责任，确保粮食播种面积稳定。', '', ...heads].join('\n');
    const article = await readArticle(write('column.txt', text));
    expect(article.paragraphs).toEqual([
      '全国春季农业生产工作会议在北京召开部署',
      '会议强调，要坚决扛起粮食安全政治责任，压紧压实各级各方责任，确保粮食播种面积稳定。',
    ]);
  });

  it('a text with no headline takes the file name as title', async () => {
    const article = await readArticle(write('notice.txt', '各地区要认真贯彻落实本通知精神，结合实际制定具体措施，确保各项任务落到实处。\n'));
    expect(article.title).toBe('notice');
    expect(article.paragraphs).toHaveLength(1);
  });

  it('hard-wrapped prose is joined back into paragraphs', async () => {
    const para = '各级公安机关要积极适应当前执法环境的新变化，坚持不懈地推进执法规范化建设，从实体上、程序上完善执法制度、规范执法活动，切实把公正文明规范的执法理念贯穿到公安工作的各个环节。';
    const next = '要切实加强对执法突出问题的经常性治理，从严查处群众反映强烈的执法不公正、不严格和执法不作为、乱作为等突出问题，进一步改进执法方式、规范执法行为。';
    const wrapped = [para, next].map((p) => p.match(/.{1,30}/gu)!.join('\n')).join('\n\n');
    const article = await readArticle(write('wrapped.txt', wrapped));
    expect(article.paragraphs).toEqual([para, next]);
  });
});

describe('a sentence or two is a text, not debris', () => {
  const S1 = '各级公安机关要坚持依法办事，切实提升执法公信力。';
  const S2 = '要切实加强对执法突出问题的经常性治理。';
  it('one sentence on standard input', async () => {
    const article = await readArticle('-', { stdin: Readable.from([Buffer.from(`${S1}\n`)]) });
    expect(article.paragraphs).toEqual([S1]);
    // No headline and no file name: the deck is named by the text's opening words.
    expect(article.title).toBe('各级公安机关要坚持依法办事');
  });
  it('a file without a headline is named after the file', async () => {
    expect((await readArticle(write('two-lines.txt', `${S1}\n${S2}\n`))).title).toBe('two-lines');
  });
  it('a file of two sentences, one a line', async () => {
    expect((await readArticle(write('two.txt', `${S1}\n${S2}\n`))).paragraphs).toEqual([S1, S2]);
  });
  it('a headline and one sentence', async () => {
    const article = await readArticle(write('short.txt', `公安部部署规范执法\n\n${S1}\n`));
    expect(article.title).toBe('公安部部署规范执法');
    expect(article.paragraphs).toEqual(['公安部部署规范执法', S1]);
  });
  it('a headline and a sentence without its full stop', async () => {
    const article = await readArticle(write('unstopped.txt', `公安部部署规范执法\n要切实加强对执法突出问题的经常性治理\n`));
    expect(article.paragraphs).toEqual(['公安部部署规范执法', '要切实加强对执法突出问题的经常性治理']);
  });
  it('a page holding one sentence among its furniture keeps the sentence only', async () => {
    const html = `<html><head><title>规范执法_新华网</title></head><body><ul><li><a>首页</a></li><li><a>登录</a></li></ul><p>${S1}</p><p>Copyright © 2024 版权所有</p></body></html>`;
    const article = await readArticle(write('one-sentence.html', html));
    expect(article.paragraphs).toEqual(['规范执法', S1]);
  });
});

describe('bad input: one line naming the file and what to do', () => {
  it('a missing file', async () => {
    const missing = path.join(tmp, 'nope.txt');
    expect(await refusal(missing)).toBe(`cannot read ${missing}: no such file`);
  });
  it('a directory', async () => {
    expect(await refusal(tmp)).toMatch(/is a directory/);
  });
  it('an empty file', async () => {
    expect(await refusal(write('empty.txt', ''))).toMatch(/empty\.txt is empty/);
  });
  it('whitespace only', async () => {
    expect(await refusal(write('blank.txt', '\r\n \u3000\t\n\n'))).toMatch(/only whitespace/);
  });
  it('empty standard input', async () => {
    expect(await refusal('-', { stdin: Readable.from([]) })).toMatch(/^standard input is empty/);
  });
  it('standard input that is a terminal', async () => {
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    expect(await refusal('-', { stdin: tty })).toMatch(/^standard input is a terminal: pipe the article in/);
  });
  it('a real PNG renamed .txt', async () => {
    expect(await refusal(path.join(fixtures, 'photo.txt'))).toMatch(/photo\.txt looks like an image \(PNG\), not text/);
  });
  it('binary bytes', async () => {
    const bin = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    expect(await refusal(write('data.txt', bin))).toMatch(/binary|NUL/);
  });
  it('English only', async () => {
    const english = 'The State Council held an executive meeting on Friday.\n\nIt discussed employment policy.\n';
    expect(await refusal(write('english.txt', english))).toMatch(/english\.txt has no Chinese text to learn from/);
  });
  it('punctuation and numbers only', async () => {
    expect(await refusal(write('numbers.txt', '2012-09-08 23:42\n。，！？ 1、2、3……\n（100%）\n'))).toMatch(
      /has no Chinese text to learn from/,
    );
  });
  it('an HTML page with only debris in Chinese', async () => {
    const html = '<html><body><ul><li><a>首页</a></li><li><a>登录</a></li></ul><p>Copyright © 2024 版权所有</p></body></html>';
    expect(await refusal(write('empty-page.html', html))).toMatch(/has no Chinese text to learn from/);
  });
});

describe('more pages of the kinds users bring', () => {
  it('a central document: its numbered headings stay with the body', async () => {
    const article = await readArticle(path.join(fixtures, 'central-document.txt'));
    expect(article.title).toBe('中共中央 国务院关于做好2023年全面推进乡村振兴重点工作的意见');
    expect(article.paragraphs).toContain('一、抓紧抓好粮食和重要农产品稳产保供');
    expect(article.paragraphs).toContain('1. 加强耕地保护和用途管控');
    expect(article.paragraphs).toHaveLength(9);
    expect(article.text).not.toContain('（2023年1月2日）');
  });

  it('an old table-layout ministry page in GB2312 with a sidebar of headlines', async () => {
    const html = fs.readFileSync(path.join(fixtures, 'ministry-table-page.html'), 'utf8');
    const article = await readArticle(write('mps.htm', iconv.encode(html, 'gbk')));
    expect(article.title).toBe('公安部部署开展夏季治安打击整治行动');
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs[1]).toMatch(/^6月20日，公安部召开电视电话会议/);
    expect(article.paragraphs.at(-1)).toMatch(/以实际行动取信于民。$/);
    for (const junk of ['最新发布', '新闻发布会', '当前位置', '发布时间', '字体', '打印', '关闭窗口', '版权所有', 'ICP', '主办']) {
      expect(article.text).not.toContain(junk);
    }
  });
});
