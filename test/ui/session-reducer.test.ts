import { describe, expect, it } from 'vitest';
import {
  againRate,
  answeredCount,
  initialSession,
  MAX_ANSWER_MS,
  progress,
  sessionReducer,
  timeSpentMs,
  type SessionAction,
  type SessionState,
} from '../../src/ui/session-reducer.js';
import { JUZHANG, LVSHI, ZHIFA, step } from './fixtures.js';

const T0 = Date.UTC(2026, 0, 5, 8, 0, 0);
const run = (s: SessionState, ...actions: SessionAction[]) => actions.reduce(sessionReducer, s);

describe('session reducer', () => {
  it('starts at the overview and moves to the first card on start', () => {
    const s0 = initialSession({ typingMode: false });
    expect(s0.phase).toBe('overview');
    const s1 = run(s0, { type: 'start', now: T0, step: step(ZHIFA, { new: 3, learning: 0, review: 2 }) });
    expect(s1.phase).toBe('front');
    expect(s1.item?.card.word).toBe('执法');
    expect(s1.counts).toEqual({ new: 3, learning: 0, review: 2 });
    expect(s1.startedAt).toBe(T0);
    expect(s1.shownAt).toBe(T0);
  });

  it('goes straight to the summary when nothing is due', () => {
    const s = run(initialSession({ typingMode: false }), { type: 'start', now: T0, step: step(null, { new: 0, learning: 0, review: 0 }) });
    expect(s.phase).toBe('summary');
    expect(progress(s)).toBe(1);
  });

  it('reveals, answers, records time and again rate, then shows the next card', () => {
    const s = run(
      initialSession({ typingMode: false }),
      { type: 'start', now: T0, step: step(ZHIFA, { new: 2, learning: 0, review: 0 }) },
      { type: 'answered', grade: 3, now: T0 + 1000, step: step(JUZHANG) }, // ignored: still on the front
      { type: 'reveal', now: T0 + 4000 },
      { type: 'answered', grade: 1, now: T0 + 5000, step: step(JUZHANG, { new: 1, learning: 1, review: 0 }) },
    );
    expect(s.phase).toBe('front');
    expect(s.item?.card.word).toBe('局长');
    expect(s.answered).toEqual([{ cardId: ZHIFA.id, grade: 1, action: 'answer', durationMs: 5000 }]);
    expect(answeredCount(s)).toBe(1);
    expect(againRate(s)).toBe(1);
    expect(progress(s)).toBe(1 / 3);
    expect(s.shownAt).toBe(T0 + 5000);
  });

  it('caps an answer that took longer than a minute', () => {
    const s = run(
      initialSession({ typingMode: false }),
      { type: 'start', now: T0, step: step(ZHIFA) },
      { type: 'reveal', now: T0 + 10 * 60_000 },
      { type: 'answered', grade: 3, now: T0 + 10 * 60_000, step: step(null) },
    );
    expect(timeSpentMs(s)).toBe(MAX_ANSWER_MS);
    expect(s.phase).toBe('summary');
  });

  it('undo pops the last answer, puts its grade back out of the again count, and shows the card again', () => {
    const s1 = run(
      initialSession({ typingMode: false }),
      { type: 'start', now: T0, step: step(ZHIFA) },
      { type: 'reveal', now: T0 + 1000 },
      { type: 'answered', grade: 1, now: T0 + 2000, step: step(JUZHANG) },
    );
    const s2 = run(s1, { type: 'undone', now: T0 + 3000, step: step(ZHIFA) });
    expect(s2.answered).toEqual([]);
    expect(s2.againCount).toBe(0);
    expect(s2.phase).toBe('front');
    expect(s2.item?.card.word).toBe('执法');
    expect(s2.notice).toBe('Undone');
    // Nothing to undo: the state is unchanged.
    expect(run(s2, { type: 'undone', now: T0 + 4000, step: step(LVSHI) })).toBe(s2);
  });

  it('undo from the summary goes back to the card', () => {
    const s = run(
      initialSession({ typingMode: false }),
      { type: 'start', now: T0, step: step(ZHIFA) },
      { type: 'reveal', now: T0 },
      { type: 'answered', grade: 4, now: T0 + 1000, step: step(null) },
      { type: 'finish', now: T0 + 1000, dueTomorrow: 0 },
      { type: 'undone', now: T0 + 2000, step: step(ZHIFA) },
    );
    expect(s.phase).toBe('front');
    expect(s.dueTomorrow).toBeNull();
  });

  it('suspend, bury and "I know this" leave the queue from either side, with a notice', () => {
    const s = run(
      initialSession({ typingMode: false }),
      { type: 'start', now: T0, step: step(ZHIFA) },
      { type: 'removed', action: 'suspend', now: T0 + 1000, step: step(JUZHANG) },
      { type: 'reveal', now: T0 + 2000 },
      { type: 'removed', action: 'retire', now: T0 + 3000, step: step(LVSHI) },
    );
    expect(s.item?.card.word).toBe('律师');
    expect(s.notice).toBe('Marked as known: 局长');
    expect(s.answered.map((a) => a.action)).toEqual(['suspend', 'retire']);
    expect(answeredCount(s)).toBe(0);
  });

  it('typing mode: typed text, backspace, and a suggested grade from the comparison', () => {
    const s = run(
      initialSession({ typingMode: true }),
      { type: 'start', now: T0, step: step(ZHIFA) },
      { type: 'type', text: 'zhi2 fa4' },
      { type: 'backspace' },
      { type: 'type', text: '3' },
      { type: 'submitTyping', now: T0 + 3000 },
    );
    expect(s.typing.typed).toBe('zhi2 fa3');
    expect(s.phase).toBe('back');
    expect(s.typing.result?.correct).toBe(true);
    expect(s.typing.suggested).toBe(3);
  });

  it('typing is ignored outside typing mode, and help toggles', () => {
    const s = run(initialSession({ typingMode: false }), { type: 'start', now: T0, step: step(ZHIFA) }, { type: 'type', text: 'x' }, { type: 'toggleHelp' });
    expect(s.typing.typed).toBe('');
    expect(s.help).toBe(true);
    expect(run(s, { type: 'reveal', now: T0 }).help).toBe(false);
  });

  it('counts stay until refreshed; intervals arrive for the card still shown only', () => {
    const s1 = run(initialSession({ typingMode: false }), { type: 'start', now: T0, step: step(ZHIFA, { new: 2, learning: 0, review: 0 }) });
    const s2 = run(s1, { type: 'reveal', now: T0 }, { type: 'answered', grade: 3, now: T0 + 1000, step: { item: { ...step(JUZHANG).item!, intervals: null }, counts: null } });
    expect(s2.counts).toEqual({ new: 2, learning: 0, review: 0 });
    expect(s2.countsStale).toBe(true);
    const details = { intervals: { 1: '1m', 2: '6m', 3: '10m', 4: '3d' }, counts: { new: 1, learning: 1, review: 0 } };
    const stale = run(s2, { type: 'refreshed', cardId: ZHIFA.id, details });
    expect(stale.item?.intervals).toBeNull();
    expect(stale.counts).toEqual({ new: 1, learning: 1, review: 0 });
    const fresh = run(s2, { type: 'refreshed', cardId: JUZHANG.id, details });
    expect(fresh.item?.intervals?.[4]).toBe('3d');
    expect(fresh.countsStale).toBe(false);
  });

  it('the overview cursor wraps around all decks plus the "all decks" row', () => {
    const s0 = initialSession({ typingMode: false });
    expect(run(s0, { type: 'cursor', delta: -1, rows: 3 }).cursor).toBe(2);
    expect(run(s0, { type: 'cursor', delta: 1, rows: 3 }, { type: 'cursor', delta: 1, rows: 3 }, { type: 'cursor', delta: 1, rows: 3 }).cursor).toBe(0);
  });
});
