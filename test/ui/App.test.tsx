import React from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { App } from '../../src/ui/App.js';
import type { SessionState } from '../../src/ui/session-reducer.js';
import { frameWith, listening, press, until } from './ink-wait.js';
import { memoryController } from './memory-controller.js';
import { JUZHANG, LVSHI, ZHIFA } from './fixtures.js';


/** A clock that moves 2 s each time it is read. */
function steppingClock() {
  let t = Date.UTC(2026, 0, 5, 8, 0, 0);
  return () => new Date((t += 2000));
}

const ENTER = '\r';

describe('App', () => {
  it('overview → enter → front → space → back → 3 saves Good → next card', async () => {
    const { controller, calls } = memoryController([ZHIFA, JUZHANG]);
    const r = render(<App controller={controller} decks={null} typingMode={false} color={false} clock={steppingClock()} />);
    await listening(r);
    expect(r.lastFrame()).toContain('All decks');
    expect(r.lastFrame()).toContain('政府工作报告');
    await press(r, ENTER);
    expect(calls).toEqual(['start *']);
    expect(r.lastFrame()).toContain('执  法');
    await press(r, ' ');
    expect(r.lastFrame()).toContain('zhí fǎ');
    expect(r.lastFrame()).toContain('Good · 10m');
    await press(r, '3');
    // Shown at the enter, answered two key presses (2 s each) later.
    expect(calls[1]).toBe(`answer ${ZHIFA.id} 3 4000`);
    expect(r.lastFrame()).toContain('局  长');
    r.unmount();
  });

  it('the overview cursor chooses one deck', async () => {
    const { controller, calls } = memoryController([ZHIFA]);
    const r = render(<App controller={controller} decks={null} typingMode={false} color={false} clock={steppingClock()} />);
    await listening(r);
    await press(r, 'j', 'j', ENTER);
    expect(calls).toEqual(['start HSK 6']);
    r.unmount();
  });

  it('named decks skip the overview; enter on the back is Good; u undoes; s b k act on the card', async () => {
    const { controller, calls } = memoryController([ZHIFA, JUZHANG, LVSHI]);
    const r = render(<App controller={controller} decks={['政府工作报告']} typingMode={false} color={false} clock={steppingClock()} />);
    await listening(r);
    expect(calls).toEqual(['start 政府工作报告']);
    await press(r, ENTER, ENTER);
    expect(calls[1]).toMatch(new RegExp(`^answer ${ZHIFA.id} 3 `));
    await press(r, 'u');
    expect(calls[2]).toBe('undo');
    expect(r.lastFrame()).toContain('执  法');
    expect(r.lastFrame()).toContain('Undone');
    await press(r, 's');
    expect(calls[3]).toBe(`suspend ${ZHIFA.id}`);
    expect(r.lastFrame()).toContain('Suspended: 执法');
    await press(r, 'b', 'k');
    expect(calls.slice(4)).toEqual([`bury ${JUZHANG.id}`, `retire ${LVSHI.id}`]);
    expect(r.lastFrame()).toContain('Nothing left to review today.');
    r.unmount();
  });

  it('answers to the end, then the summary: answered, again rate, due tomorrow', async () => {
    const { controller } = memoryController([ZHIFA, JUZHANG]);
    let final: SessionState | null = null;
    const r = render(
      <App controller={controller} decks={['x']} typingMode={false} color={false} clock={steppingClock()} onQuit={(s) => (final = s)} />,
    );
    await listening(r);
    await press(r, ' ', '1', ' ', '4');
    const frame = r.lastFrame()!;
    expect(frame).toContain('Done for today.');
    expect(frame).toMatch(/answered\s+2/);
    expect(frame).toMatch(/again rate\s+50%/);
    expect(frame).toMatch(/due tomorrow\s+7/);
    await press(r, 'q');
    expect(final!.answered).toHaveLength(2);
    r.unmount();
  });

  it('? shows every key and any key closes it', async () => {
    const { controller, calls } = memoryController([ZHIFA]);
    const r = render(<App controller={controller} decks={['x']} typingMode={false} color={false} clock={steppingClock()} />);
    await listening(r);
    await press(r, '?');
    expect(r.lastFrame()).toContain('bury this card until tomorrow');
    expect(r.lastFrame()).toContain('I know this');
    await press(r, '3');
    expect(r.lastFrame()).toContain('执  法');
    expect(calls).toEqual(['start x']);
    r.unmount();
  });

  it('typing mode: type the pinyin, see the comparison, enter takes the suggested grade', async () => {
    const { controller, calls } = memoryController([ZHIFA, JUZHANG]);
    const r = render(<App controller={controller} decks={['x']} typingMode color={false} clock={steppingClock()} />);
    await listening(r);
    await press(r, 'z', 'h', 'i', '2', ' ', 'f', 'a', '4');
    expect(r.lastFrame()).toContain('pinyin › zhi2 fa4');
    await press(r, ENTER);
    expect(r.lastFrame()).toContain('Suggested: Hard');
    expect(r.lastFrame()).toContain('fa4 ~');
    await press(r, ENTER);
    expect(calls[1]).toMatch(new RegExp(`^answer ${ZHIFA.id} 2 `));
    // The learner can overrule the suggestion.
    await press(r, 'j', 'u', '2', ENTER, '4');
    expect(calls[2]).toMatch(new RegExp(`^answer ${JUZHANG.id} 4 `));
    r.unmount();
  });
});

describe('App keys as Ink delivers them', () => {
  it('escape closes the help; keys typed in one burst each count', async () => {
    const { controller, calls } = memoryController([ZHIFA, JUZHANG, LVSHI]);
    const r = render(<App controller={controller} decks={['x']} typingMode={false} color={false} clock={steppingClock()} />);
    await listening(r);
    await press(r, '?', '\x1b');
    expect(r.lastFrame()).toContain('执  法');
    r.stdin.write(' 3 4');
    await until(() => calls.length === 3, () => `three calls, got ${JSON.stringify(calls)}`);
    await frameWith(r, '律  师');
    expect(calls.slice(1).map((c) => c.split(' ').slice(0, 3).join(' '))).toEqual([`answer ${ZHIFA.id} 3`, `answer ${JUZHANG.id} 4`]);
    expect(r.lastFrame()).toContain('律  师');
    r.unmount();
  });
});

describe('App waits for learning cards', () => {
  it('shows when they come back, then brings the card back by itself', async () => {
    const { controller } = memoryController([JUZHANG]);
    let resumed = 0;
    const waiting = { ...controller, start: () => ({ item: null, counts: { new: 0, learning: 1, review: 0 }, waitUntil: Date.now() + 50 }), resume: () => (resumed++, controller.start(['x'], new Date())) };
    const r = render(<App controller={waiting} decks={['x']} typingMode={false} color={false} />);
    await frameWith(r, '局  长');
    // The frames drawn on the way: first the wait, then the card.
    const wait = r.frames.findIndex((f) => f.includes('Nothing due right now.'));
    expect(wait).toBeGreaterThanOrEqual(0);
    expect(r.frames[wait]).toMatch(/Learning cards come back at \d\d:\d\d/);
    expect(resumed).toBe(1);
    expect(r.lastFrame()).toContain('局  长');
    r.unmount();
  });
});

describe('App on a 24-row terminal', () => {
  it.each([false, true])('a card with many meanings and a long example keeps the answer bar on screen (typing %s)', async (typing) => {
    const busy = {
      ...ZHIFA,
      definitions: Array.from({ length: 12 }, (_, i) => `meaning number ${i + 1}`),
      examples: ['坚持严格规范公正文明执法，全面推进依法行政，加快建设法治政府，保障人民群众合法权益，让人民群众在每一个执法行为中感受到公平正义'],
      examplesPinyin: ['jiān chí yán gé guī fàn gōng zhèng wén míng zhí fǎ, quán miàn tuī jìn yī fǎ xíng zhèng, jiā kuài jiàn shè fǎ zhì zhèng fǔ, bǎo zhàng rén mín qún zhòng hé fǎ quán yì, ràng rén mín qún zhòng zài měi yī gè zhí fǎ xíng wéi zhōng gǎn shòu dào gōng píng zhèng yì'],
    };
    const { controller } = memoryController([busy]);
    const r = render(<App controller={controller} decks={['x']} typingMode={typing} color={false} clock={steppingClock()} />);
    await listening(r);
    await press(r, typing ? '\t' : ' ');
    const frame = r.lastFrame()!;
    expect(frame.split('\n').length).toBeLessThanOrEqual(23);
    expect(frame).toContain('meaning number 1');
    expect(frame).toMatch(/…and \d+ more/);
    expect(frame).toContain('Easy · 4d');
    expect(frame).toContain('《2024年政府工作报告》');
    r.unmount();
  });
});
