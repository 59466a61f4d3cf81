import React from 'react';
import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import type { BrowseController } from '../../src/ui/browse-controller.js';
import { BrowseApp } from '../../src/ui/BrowseApp.js';
import { browseFirstFrameText } from '../../src/ui/browse-text.js';
import type { CardSummary, SearchResult } from '../../src/store/manage-types.js';
import { listening } from './ink-wait.js';

// ink-testing-library's terminal: 100 columns; no rows, so the screen assumes 24.
const COLUMNS = 100;
const ROWS = 24;
const NOW = new Date('2026-11-23T12:00:00Z');
const clock = { timeZone: 'UTC', dayStartsAt: 4 };
const lines = (text: string) => {
  const out = stripAnsi(text).split('\n').map((l) => l.trimEnd());
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};

const summary = (word: string, pinyin: string, state: CardSummary['state'], decks: string[]): CardSummary => ({
  id: `id-${word}`, word, pinyin, decks, state, due: new Date('2026-11-25T08:00:00Z'), stability: 3, difficulty: 5, reviews: 2, lapses: 0,
});
const many = Array.from({ length: 40 }, (_, i) => summary(`词${i}`, 'cí', i % 3 === 0 ? 'review' : 'new', ['a deck']));

/** The screen reads nothing but its initial list here. */
const idle: BrowseController = {
  search: () => ({ cards: [], total: 0 }),
  detail: () => undefined,
  toggleSuspend: () => '',
  toggleKnown: () => '',
  forget: async () => '',
  correct: () => '',
};

describe('browse: the first frame drawn before Ink loads', () => {
  it.each([
    ['a few cards, Chinese deck names, one suspended and one known', {
      cards: [summary('执法', 'zhí fǎ', 'learning', ['政府工作报告（测试）']), summary('局长', 'jú zhǎng', 'suspended', ['政府工作报告（测试）', 'report-2024']),
        summary('中华人民共和国国务院', 'Zhōng huá rén mín gòng hé guó Guó wù yuàn', 'known', ['d'])], total: 3,
    }],
    ['more cards than rows', { cards: many, total: 40 }],
    ['more matches than the list holds', { cards: many, total: 12_345 }],
    ['no cards', { cards: [], total: 0 }],
  ] as [string, SearchResult][])('is the same picture as Ink draws: %s', async (_name, initial) => {
    const r = render(<BrowseApp controller={idle} initial={initial} clock={clock} color={false} now={() => NOW} />);
    await listening(r);
    expect(lines(browseFirstFrameText(initial.cards, initial.total, COLUMNS, ROWS, false, NOW, clock))).toEqual(lines(r.lastFrame()!));
    r.unmount();
  });

  it('with colour, differs only by escape codes', () => {
    const plain = browseFirstFrameText(many, 40, 80, 24, false, NOW, clock);
    const coloured = browseFirstFrameText(many, 40, 80, 24, true, NOW, clock);
    expect(coloured).toContain('\x1b[36m');
    expect(stripAnsi(coloured)).toBe(stripAnsi(plain));
  });
});
