import React from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { App } from '../../src/ui/App.js';
import { firstFrameText, overviewFrameText } from '../../src/ui/first-frame.js';
import { listening } from './ink-wait.js';
import { memoryController } from './memory-controller.js';
import { card, item, JUZHANG, LVSHI, ZHIFA } from './fixtures.js';

// ink-testing-library's terminal: 100 columns; no rows, so the screen assumes 24.
const COLUMNS = 100;
const ROWS = 24;
const lines = (text: string) => {
  const out = stripAnsi(text).split('\n').map((l) => l.trimEnd());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};

describe('first frame drawn before Ink loads', () => {
  it.each([
    ['执法 (even width)', ZHIFA],
    ['局长', JUZHANG],
    ['律师, no example pinyin', LVSHI],
    ['a three-character word (odd centring)', card({ word: '责任制', examples: ['落实安全生产责任制'] })],
    ['no example', card({ word: '国务院', examples: [] })],
  ])('is the same picture as Ink draws: %s', async (_name, c) => {
    const { controller } = memoryController([c]);
    const step = controller.start(['x'], new Date(0));
    const r = render(<App controller={controller} decks={['x']} initialStep={step} typingMode={false} color={false} />);
    await listening(r);
    const pre = firstFrameText(step.item!, step.counts!, COLUMNS, ROWS, false);
    expect(pre).not.toBeNull();
    expect(lines(pre!)).toEqual(lines(r.lastFrame()!));
    r.unmount();
  });

  it.each([
    ['two decks, one with a Chinese name', [{ name: '政府工作报告', new: 20, learning: 1, review: 3 }, { name: 'HSK 6', new: 0, learning: 0, review: 5 }]],
    ['no decks yet', []],
    ['a name too long for its column', [{ name: '中华人民共和国国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要全文', new: 200, learning: 0, review: 0 }]],
  ])('the overview is the same picture as Ink draws: %s', async (_name, rows) => {
    const { controller } = memoryController([]);
    const fixed = { ...controller, overview: () => rows };
    const r = render(<App controller={fixed} decks={null} initialOverview={rows} typingMode={false} color={false} />);
    await listening(r);
    expect(lines(overviewFrameText(rows, COLUMNS, ROWS, false))).toEqual(lines(r.lastFrame()!));
    expect(stripAnsi(overviewFrameText(rows, COLUMNS, ROWS, true))).toBe(stripAnsi(overviewFrameText(rows, COLUMNS, ROWS, false)));
    r.unmount();
  });

  it('with colour, differs only by escape codes', () => {
    const it1 = item(ZHIFA);
    const counts = { new: 3, learning: 1, review: 2 };
    const plain = firstFrameText(it1, counts, 80, 24, false)!;
    const coloured = firstFrameText(it1, counts, 80, 24, true)!;
    expect(coloured).toContain('\x1b[34m');
    expect(plain).not.toContain('\x1b[34m');
    expect(stripAnsi(coloured)).toBe(stripAnsi(plain));
  });

  it('leaves it to Ink when a line would wrap', () => {
    const long = card({ word: '发展', examples: ['坚持以人民为中心的发展思想，推进国家治理体系和治理能力现代化，实现经济社会高质量发展的目标任务'] });
    expect(firstFrameText(item(long), { new: 1, learning: 0, review: 0 }, 80, 24, false)).toBeNull();
  });
});
