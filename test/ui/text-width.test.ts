import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { cellWidth } from '../../src/ui/text-width.js';
import fastStringWidth from '../../src/ui/string-width-fast.js';

describe('cellWidth: cells as Ink (string-width) counts them', () => {
  it('agrees with string-width on every code point of the Basic Multilingual Plane', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are not text
      const ch = String.fromCharCode(c);
      if (cellWidth(ch) !== stringWidth(ch)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it.each([
    ['坚持严格规范公正文明执法', 24],
    ['政府工作报告（节选） · new card', 31],
    ['“执法”《报告》——第3条…', 22],
    ['zhí fǎ · lǜ shī', 15],
    ['e\u0301', 1], // combining accent: string-width's graphemes
    ['👍🏽 ok', 5], // emoji with a skin tone
    ['\u001b[1m粗\u001b[22m', 2], // escape codes take no cells
  ])('%s takes %i cells', (text, cells) => {
    expect(cellWidth(text)).toBe(cells);
    expect(cellWidth(text)).toBe(stringWidth(text));
  });
});

describe('fastStringWidth: string-width as Ink calls it, in the screen bundle', () => {
  it.each([
    ['\u001b[1m\u001b[33m执法\u001b[39m\u001b[22m', undefined],
    ['\u001b[2mfrom 《2024年国务院政府工作报告》\u001b[22m', undefined],
    ['\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007', undefined], // not SGR: string-width itself
    ['“执法”', { ambiguousIsNarrow: false }], // options: string-width itself
    ['👨‍👩‍👧 家', undefined],
  ])('%j', (text, options) => {
    expect(fastStringWidth(text, options)).toBe(stringWidth(text, options));
  });
});
