import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHere, renderInWorker, runPinyin, type PinyinOptions } from '../../src/commands/pinyin.js';
import { guanhua, root, tempDir } from '../helpers/cli.js';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** Runs the command in process on a file holding `content`; returns what it wrote. */
async function pinyin(content: string | Buffer, opts: PinyinOptions = {}): Promise<string> {
  const file = path.join(dir, `in-${files++}.txt`);
  fs.writeFileSync(file, content);
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  await runPinyin(file, opts, { home: dir, stdout, stderr: new PassThrough(), color: false, now: new Date() });
  return out;
}

interface JsonToken {
  text: string;
  pinyin: string | null;
  numbered: string | null;
}
const jsonLines = (out: string) => out.trimEnd().split('\n').map((l) => (JSON.parse(l) as { tokens: JsonToken[] }).tokens);

describe('guanhua pinyin --json', () => {
  it('gives one object per input line, whose tokens concatenate to the line', async () => {
    const text = '全国公安厅局长座谈会在辽宁大连举行。\n\n2012年，QQ群里有人说：“A股涨了。”\n';
    const lines = jsonLines(await pinyin(text, { json: true }));
    expect(lines.map((tokens) => tokens.map((t) => t.text).join(''))).toEqual([
      '全国公安厅局长座谈会在辽宁大连举行。',
      '',
      '2012年，QQ群里有人说：“A股涨了。”',
    ]);
  });

  it('one syllable per Han character, null for tokens without one, numbered with 5 for neutral', async () => {
    const [tokens] = jsonLines(await pinyin('我们帮助群众解决绿色出行的问题，A股。', { json: true }));
    for (const t of tokens) {
      const han = Array.from(t.text).filter((c) => /\p{Script=Han}/u.test(c)).length;
      if (han === 0) {
        expect(t.pinyin).toBeNull();
        expect(t.numbered).toBeNull();
      } else {
        expect(t.numbered!.split(' ')).toHaveLength(han);
        expect(t.pinyin!.split(' ')).toHaveLength(han);
      }
    }
    const token = (text: string) => tokens.find((t) => t.text === text);
    expect(token('我们')).toEqual({ text: '我们', pinyin: 'wǒ men', numbered: 'wo3 men5' });
    // CC-CEDICT's notation for ü, as the deck's pinyinNumbered has it.
    expect(token('绿色')).toEqual({ text: '绿色', pinyin: 'lǜ sè', numbered: 'lu:4 se4' });
    expect(token('股')?.numbered).toBe('gu3');
    const [names] = jsonLines(await pinyin('座谈会在辽宁大连举行。', { json: true }));
    expect(names.find((t) => t.text === '辽宁')).toEqual({ text: '辽宁', pinyin: 'Liáo níng', numbered: 'liao2 ning2' });
    expect(token('A')).toEqual({ text: 'A', pinyin: null, numbered: null });
  });

  it('reads GB18030 and CRLF like every other command', async () => {
    const lines = jsonLines(await pinyin(iconv.encode('局长讲话。\r\n困难群众\r\n', 'gb18030'), { json: true }));
    expect(lines).toHaveLength(2);
    expect(lines[0][0]).toEqual({ text: '局长', pinyin: 'jú zhǎng', numbered: 'ju2 zhang3' });
  });
});

describe('guanhua pinyin (plain and --html)', () => {
  it('puts each line’s pinyin under it, line for line, debris and all', async () => {
    const out = await pinyin('首页 | 新闻中心\n局长讲话。\n\nEnglish only\n');
    expect(out).toBe('首页 | 新闻中心\nshǒu yè | xīn wén zhōng xīn\n局长讲话。\njú zhǎng jiǎng huà 。\n\nEnglish only\n');
  });

  it('writes <ruby> markup, a paragraph per line, text escaped', async () => {
    const out = await pinyin('局长<b>讲话</b> & 我们\n', { html: true });
    expect(out).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8">/);
    expect(out).toContain(
      '<p><ruby>局<rt>jú</rt>长<rt>zhǎng</rt></ruby>&lt;b&gt;<ruby>讲<rt>jiǎng</rt>话<rt>huà</rt></ruby>&lt;/b&gt; &amp; <ruby>我<rt>wǒ</rt>们<rt>men</rt></ruby></p>',
    );
    expect(out).not.toContain('<b>');
  });
});

describe('guanhua pinyin on a long text: two threads', () => {
  it('write exactly what one thread writes, in every format', async () => {
    const articles = ['communique-20th-cc-4th-plenum-2025.md', 'shanxi-gov-work-report-2026-part1.txt', 'xwlb-2025-10-23-domestic.md']
      .map((f) => fs.readFileSync(path.join(root, 'test/fixtures/articles', f), 'utf8'))
      .join('\n');
    // More lines than one batch handed to the worker (500), some of them empty.
    const text = [articles, articles, articles, articles].join('\n\n');
    expect(text.split('\n').length).toBeGreaterThan(500);
    for (const format of ['json', 'html', 'plain'] as const) {
      expect((await renderInWorker(text, format)).join('\n') === renderHere(text, format).join('\n'), format).toBe(true);
    }
  }, 120_000);
});

describe('guanhua pinyin: bad input (CLI)', () => {
  it.each([
    ['a missing file', ['pinyin', path.join(dir, 'missing.txt')], undefined, /^guanhua: cannot read .*missing\.txt: no such file\n$/],
    ['text with no Chinese', ['pinyin', '-'], 'hello\n', /^guanhua: standard input has no Chinese text to read: .*\n$/],
    ['empty input', ['pinyin', '-', '--json'], '', /^guanhua: standard input is empty: .*\n$/],
  ])('%s: one line, exit 1, nothing on stdout', (_what, args, input, message) => {
    const r = guanhua(args, { input });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('--json and --html together are a usage error', () => {
    const r = guanhua(['pinyin', '-', '--json', '--html'], { input: '局长' });
    expect(r.status).toBe(2);
  });
});
