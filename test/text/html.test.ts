import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/text/html.js';
import { readArticle } from '../../src/text/read-article.js';

const P1 = '会议指出，就业是最基本的民生，事关人民群众切身利益，事关经济社会发展大局。今年以来，各地区各部门认真贯彻党中央决策部署，就业形势总体稳定。';
const P2 = '会议强调，要坚持把就业工作摆在突出位置，强化就业优先政策，落实落细各项稳岗扩就业措施，支持自主创业和灵活就业。';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-html-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('extractHtml', () => {
  it('takes the title from <title> without the site name when there is no h1', () => {
    const html = `<html><head><title>国务院常务会议部署稳就业举措_新华网</title></head><body><p>${P1}</p><p>${P2}</p></body></html>`;
    const { title, paragraphs } = extractHtml(html);
    expect(title).toBe('国务院常务会议部署稳就业举措');
    expect(paragraphs).toEqual([P1, P2]);
  });

  it('a logo <h1> does not pass for the headline', () => {
    const html = `<html><head><title>稳就业举措_新华网</title></head><body><h1>新华网</h1><div><h1>稳就业举措</h1><p>${P1}</p><p>${P2}</p></div></body></html>`;
    expect(extractHtml(html).title).toBe('稳就业举措');
  });

  it('splits paragraphs at <br> and block elements, ignoring scripts and styles', () => {
    const html = `<html><body><div id="content">　　${P1}<br><br>　　${P2}<script>var x = "脚本里的中文";</script><style>p{}</style></div></body></html>`;
    expect(extractHtml(html).paragraphs).toEqual([P1, P2]);
  });

  it('inline markup inside a paragraph does not split it', () => {
    const html = `<html><body><p>会议指出，<b>就业是最基本的民生</b>，事关人民群众<a href="#">切身利益</a>，事关经济社会发展大局。今年以来，各地区各部门认真贯彻党中央决策部署。</p></body></html>`;
    expect(extractHtml(html).paragraphs).toEqual([
      '会议指出，就业是最基本的民生，事关人民群众切身利益，事关经济社会发展大局。今年以来，各地区各部门认真贯彻党中央决策部署。',
    ]);
  });

  it('falls back to the body blocks, minus nav and footer, when Readability finds nothing', () => {
    const html = `<html><body><nav><a>首页</a><a>时政</a></nav><table><tr><td>${P1}</td></tr></table><footer>Copyright © 2024 版权所有</footer></body></html>`;
    const { paragraphs } = extractHtml(html);
    expect(paragraphs).toEqual([P1]);
  });
});

describe('link density', () => {
  it('a block of adjacent links reads as separate items and is dropped as a link list', () => {
    const links = '<div><a>国务院常务会议研究部署推动外贸稳规模优结构</a><a>人社部多措并举促进高校毕业生就业</a></div>';
    const html = `<html><body>${links}<div>${P1}</div>${links}<div>${P2}</div></body></html>`;
    expect(extractHtml(html).paragraphs).toEqual([P1, P2]);
  });

  it('a link inside prose neither splits nor spaces it', () => {
    const html = `<html><body><p>据<a href="#">新华社</a>报道，会议指出，就业是最基本的民生，事关人民群众切身利益，事关经济社会发展大局。</p></body></html>`;
    expect(extractHtml(html).paragraphs).toEqual(['据新华社报道，会议指出，就业是最基本的民生，事关人民群众切身利益，事关经济社会发展大局。']);
  });
});

describe('a page saved as a fragment (no <html>, <head> or <body>)', () => {
  // A crawler's content column, as gov.cn's policy pages keep it: a document table, then the text.
  const fragment = `<div class="wrap"><table><tr><td><b>索 引 号：</b></td><td>000014349/2018-00221</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">国务院关于推进稳就业工作的意见</td></tr>
<tr><td><b>发文字号：</b></td><td>国发〔2018〕1号</td></tr></table>
<table><tr><td id="UCAP-CONTENT"><p>${P1}</p><p>${P2}</p></td></tr></table><div>扫一扫在手机打开当前页</div></div>`;

  it('is read as a page body', () => {
    expect(extractHtml(fragment).paragraphs).toEqual(expect.arrayContaining([P1, P2]));
  });

  it('takes the title its document table labels 标题 when it has no <title> or <h1>', () => {
    expect(extractHtml(fragment).title).toBe('国务院关于推进稳就业工作的意见');
    expect(extractHtml(`<div><p>标题：关于做好稳就业工作的通知</p><p>${P1}</p></div>`).title).toBe('关于做好稳就业工作的通知');
  });

  it('a <title> still comes first', () => {
    expect(extractHtml(`<html><head><title>稳就业举措_新华网</title></head><body>${fragment}</body></html>`).title).toBe('稳就业举措');
  });
});

describe('HTML files through readArticle', () => {
  it('a GB2312 page saved byte for byte, with <meta charset>', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>稳就业举措 - 中国政府网</title></head><body><h1>稳就业举措</h1><p>${P1}</p><p>${P2}</p><p>【责任编辑：王晓明】</p></body></html>`;
    const file = path.join(tmp, 'gb.htm');
    fs.writeFileSync(file, iconv.encode(html, 'gbk'));
    const article = await readArticle(file);
    expect(article.title).toBe('稳就业举措');
    expect(article.paragraphs).toEqual(['稳就业举措', P1, P2]);
  });

  it('a bare site name for a title is neither the headline nor a paragraph: the file names the deck', async () => {
    const file = path.join(tmp, 'site.html');
    fs.writeFileSync(file, `<html><head><title>新华网</title></head><body><p>${P1}</p><p>${P2}</p></body></html>`);
    const article = await readArticle(file);
    expect(article.title).toBe('site');
    expect(article.paragraphs).toEqual([P1, P2]);
  });

  it('a UTF-16 page with a BOM', async () => {
    const html = `<html><head><title>稳就业举措</title></head><body><p>${P1}</p><p>${P2}</p></body></html>`;
    const file = path.join(tmp, 'u16.html');
    fs.writeFileSync(file, iconv.encode(html, 'utf16le', { addBOM: true }));
    const article = await readArticle(file);
    expect(article.paragraphs).toEqual(['稳就业举措', P1, P2]);
  });
});
