import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeHtmlBytes, sniffHtmlCharset } from '../../src/text/decode.js';
import { GuanhuaError } from '../../src/errors.js';

/** Official-register Chinese with characters outside GB2312 (镕, 堃) and a curly quote. */
const ZH = '全国公安厅局长座谈会在辽宁大连举行。\n朱镕基、王堃出席会议，对群众深恶痛绝的事“零容忍”。\n';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const bom = Buffer.from([0xef, 0xbb, 0xbf]);

function refusal(buf: Buffer, where = 'a.txt'): string {
  try {
    decodeBytes(buf, where);
  } catch (err) {
    expect(err).toBeInstanceOf(GuanhuaError);
    expect((err as GuanhuaError).exitCode).toBe(1);
    const message = (err as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain(where);
    return message;
  }
  throw new Error('expected a refusal');
}

describe('decodeBytes: every encoding a user has', () => {
  const crlf = ZH.replace(/\n/g, '\r\n');
  const table: Array<[string, Buffer]> = [
    ['UTF-8, LF', utf8(ZH)],
    ['UTF-8, CRLF', utf8(crlf)],
    ['UTF-8 with BOM, CRLF', Buffer.concat([bom, utf8(crlf)])],
    ['UTF-16 LE with BOM', iconv.encode(crlf, 'utf16le', { addBOM: true })],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ZH, 'utf16be')])],
    ['GB18030, CRLF', iconv.encode(crlf, 'gb18030')],
    ['GBK, LF', iconv.encode(ZH, 'gbk')],
    ['old Mac CR line ends', utf8(ZH.replace(/\n/g, '\r'))],
  ];
  it.each(table)('%s decodes to the same clean text', (_name, buf) => {
    expect(decodeBytes(buf, 'a.txt')).toBe(ZH);
  });

  it.each([
    ['UTF-16 LE without BOM', iconv.encode(ZH, 'utf16le')],
    ['UTF-16 BE without BOM', iconv.encode(ZH, 'utf16be')],
    ['UTF-16 LE without BOM, Han and CJK punctuation only', iconv.encode(ZH.replace(/\n/g, ''), 'utf16le')],
  ])('%s is recognised by its code units', (_name, buf) => {
    expect(decodeBytes(buf, 'a.txt').replace(/\n/g, '')).toBe(ZH.replace(/\n/g, ''));
  });

  it('reads GB2312 bytes (a subset of GB18030)', () => {
    const simple = '国务委员、公安部部长出席会议并讲话。';
    expect(decodeBytes(iconv.encode(simple, 'gb2312'), 'a.txt')).toBe(simple);
  });

  it('normalises to NFC and drops stray control characters and BOMs', () => {
    const decomposed = 'Cafe\u0301 会议\u0007召开\ufeff。';
    expect(decodeBytes(utf8(decomposed), 'a.txt')).toBe('Café 会议召开。');
  });
});

describe('decodeBytes: mostly valid UTF-8 with a few broken bytes', () => {
  it('decodes the rest and never lets U+FFFD through', () => {
    const good = utf8(ZH.repeat(5));
    const broken = Buffer.concat([good.subarray(0, 40), Buffer.from([0xff, 0xc3]), good.subarray(40, 90), Buffer.from([0xe4, 0xb8]), good.subarray(90)]);
    const text = decodeBytes(broken, 'a.txt');
    expect(text).not.toContain('\ufffd');
    expect(text).toContain('深恶痛绝');
    expect(text.length).toBeGreaterThan(ZH.length * 4);
  });

  it('a character cut in half at the end of the file is dropped, not replaced', () => {
    const cut = utf8('会议召开。' .repeat(20)).subarray(0, -1);
    const text = decodeBytes(cut, 'a.txt');
    expect(text).not.toContain('\ufffd');
    expect(text.endsWith('召开')).toBe(true);
  });
});

describe('decodeBytes: refusals name the file and say what to do', () => {
  it('empty', () => expect(refusal(Buffer.alloc(0))).toMatch(/a\.txt is empty/));
  it('whitespace only', () => expect(refusal(utf8(' \n\t\u3000\r\n  '))).toMatch(/only whitespace/));
  it('a PNG', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex');
    expect(refusal(png)).toMatch(/looks like an image \(PNG\), not text/);
  });
  it('a JPEG', () => expect(refusal(Buffer.from('ffd8ffe000104a464946', 'hex'))).toMatch(/image \(JPEG\)/));
  it('a PDF', () => expect(refusal(utf8('%PDF-1.7\n%âãÏÓ\n'))).toMatch(/PDF document/));
  it('a zip (or .docx)', () => expect(refusal(Buffer.from('504b0304140000000800', 'hex'))).toMatch(/zip archive/));
  it('NUL bytes', () => expect(refusal(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]))).toMatch(/NUL bytes/));
  it('UTF-8 with many broken bytes', () => {
    const good = utf8('会议召开。'.repeat(40));
    const bad = Buffer.from(good.map((b, i) => (i % 60 === 0 ? 0xff : b)));
    expect(refusal(bad)).toMatch(/UTF-8 with too many broken bytes/);
  });
  it('many control characters', () => {
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x41 + (i % 26))));
    expect(refusal(junk)).toMatch(/binary/);
  });
  it('random high bytes that are neither UTF-8 nor GB18030', () => {
    // Deterministic noise: 0x80 and 0xff are undefined lead bytes in GB18030.
    const noise = Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? 0x80 : 0xff)));
    expect(refusal(noise)).toMatch(/not in an encoding guanhua can read/);
  });
  it('names standard input as such', () => {
    expect(refusal(Buffer.alloc(0), 'standard input')).toBe(
      "standard input is empty: give a file that holds the article's text",
    );
  });
});

describe('decodeHtmlBytes: the declared charset', () => {
  const page = (charset: string, body: string) =>
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>${body}</p></body></html>`;

  it('finds <meta charset> and http-equiv declarations', () => {
    expect(sniffHtmlCharset(utf8('<meta charset="GB2312">'))).toBe('gb18030');
    expect(sniffHtmlCharset(utf8(page('gbk', '')))).toBe('gb18030');
    expect(sniffHtmlCharset(utf8('<meta charset=utf-8>'))).toBe('utf-8');
    expect(sniffHtmlCharset(utf8('<p>none</p>'))).toBeUndefined();
  });

  it('decodes a GB2312-declared page saved byte for byte', () => {
    const html = page('gb2312', '会议强调，要坚持依法办事、公正执法。');
    expect(decodeHtmlBytes(iconv.encode(html, 'gbk'), 'p.html')).toBe(html);
  });

  it('trusts clean UTF-8 over a stale GBK declaration (browsers re-encode on save)', () => {
    const html = page('gbk', '会议强调，要坚持依法办事、公正执法。');
    expect(decodeHtmlBytes(utf8(html), 'p.html')).toBe(html);
  });
});
