import React from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { CardFront, spacedWord } from '../../src/ui/CardFront.js';
import { CardBack } from '../../src/ui/CardBack.js';
import { AnswerBar } from '../../src/ui/AnswerBar.js';
import { Overview } from '../../src/ui/Overview.js';
import { StatusBar, progressBar } from '../../src/ui/StatusBar.js';
import { Summary } from '../../src/ui/Summary.js';
import { TypingPrompt } from '../../src/ui/TypingPrompt.js';
import { comparePinyin, suggestGrade } from '../../src/ui/pinyin-compare.js';
import { splitAround } from '../../src/ui/Highlighted.js';
import { corpusBand } from '../../src/ui/corpus-band.js';
import { hskLabel } from '../../src/ui/labels.js';
import { INTERVALS, JUZHANG, ZHIFA } from './fixtures.js';

describe('CardFront', () => {
  it('shows the word spaced out and its example clause', () => {
    const { lastFrame } = render(<CardFront card={ZHIFA} />);
    expect(lastFrame()).toContain('执  法');
    expect(lastFrame()).toContain('严格规范公正文明执法');
    expect(lastFrame()).not.toContain('zhí');
  });

  it('splits an example around every occurrence of the word', () => {
    expect(splitAround('执法必严，违法必究，严格执法', '执法')).toEqual(['', '执法', '必严，违法必究，严格', '执法', '']);
    expect(spacedWord('局长')).toBe('局  长');
  });
});

describe('CardBack', () => {
  it('shows reading, meanings, traditional form, part of speech, HSK, frequency, example pinyin and source', () => {
    const frame = render(<CardBack card={ZHIFA} sourceTitle="2024年政府工作报告" />).lastFrame()!;
    for (const text of [
      'zhí fǎ',
      '1. to enforce a law',
      '2. law enforcement',
      'traditional 執法',
      'verb',
      'HSK 3.0: 7–9',
      '3 times in this article',
      'corpus top 10k',
      'yán gé guī fàn gōng zhèng wén míng zhí fǎ',
      '《2024年政府工作报告》',
    ]) {
      expect(frame).toContain(text);
    }
  });

  it('keeps to the meanings it is given room for', () => {
    const many = { ...JUZHANG, definitions: ['one', 'two', 'three', 'four', 'five'] };
    const frame = render(<CardBack card={many} sourceTitle="t" maxMeanings={3} />).lastFrame()!;
    expect(frame).toContain('3. three');
    expect(frame).not.toContain('four');
    expect(frame).toContain('…and 2 more');
  });
});

describe('labels', () => {
  it.each([
    [7.0, 'top 1k'],
    [4.9, 'top 2k'],
    [4.5, 'top 5k'],
    [3.0, 'top 50k'],
    [1.2, 'rare (beyond 50k)'],
    [0, 'not in corpus'],
  ])('corpus band of Zipf %f is %s', (zipf, band) => expect(corpusBand(zipf)).toBe(band));

  it('names HSK levels of both lists', () => {
    expect(hskLabel({ v2: 6, v3: 6 })).toBe('HSK 2.0: 6 · 3.0: 6');
    expect(hskLabel({ v2: null, v3: null })).toBe('not in HSK');
  });
});

describe('AnswerBar', () => {
  it('shows each grade with its next interval', () => {
    const frame = render(<AnswerBar intervals={{ ...INTERVALS }} />).lastFrame()!;
    expect(frame).toContain('Again · 1m');
    expect(frame).toContain('Hard · 6m');
    expect(frame).toContain('Good · 10m');
    expect(frame).toContain('Easy · 4d');
  });
});

describe('StatusBar', () => {
  it('shows the remaining counts and a progress bar', () => {
    const frame = render(<StatusBar counts={{ new: 12, learning: 3, review: 40 }} progress={0.25} columns={80} />).lastFrame()!;
    expect(frame).toContain('new 12');
    expect(frame).toContain('learning 3');
    expect(frame).toContain('review 40');
    expect(frame).toContain('25%');
    expect(progressBar(0.5, 10)).toBe('█████░░░░░');
  });
});

describe('Overview', () => {
  it('lines up the counts of decks with Chinese names (two cells per character)', () => {
    const decks = [
      { name: '政府工作报告', new: 20, learning: 1, review: 3 },
      { name: 'HSK', new: 0, learning: 0, review: 5 },
    ];
    const lines = render(<Overview decks={decks} cursor={1} columns={80} />).lastFrame()!.split('\n');
    const rows = lines.filter((l) => /政府工作报告|HSK|All decks/.test(l));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((l) => stringWidth(l.trimEnd()))).size).toBe(1);
    expect(rows[1]).toContain('› 政府工作报告');
  });
});

describe('Summary and TypingPrompt', () => {
  it('summarises the session', () => {
    const frame = render(<Summary answered={20} againRate={0.15} timeSpentMs={200_000} dueTomorrow={14} />).lastFrame()!;
    expect(frame).toMatch(/answered\s+20/);
    expect(frame).toMatch(/again rate\s+15%/);
    expect(frame).toMatch(/time spent\s+3m 20s/);
    expect(frame).toMatch(/due tomorrow\s+14/);
  });

  it('shows what was typed, then the differences and a suggested grade', () => {
    expect(render(<TypingPrompt typed="zhi2 f" result={null} suggested={null} />).lastFrame()).toContain('pinyin › zhi2 f');
    const result = comparePinyin('zhi2 fa3', 'zhi2 fa4');
    const frame = render(<TypingPrompt typed="zhi2 fa4" result={result} suggested={suggestGrade(result)} />).lastFrame()!;
    expect(frame).toContain('zhi2 ✓');
    expect(frame).toContain('fa4 ~');
    expect(frame).toContain('fa3');
    expect(frame).toContain('Suggested: Hard');
  });
});
