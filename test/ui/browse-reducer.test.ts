import { describe, expect, it } from 'vitest';
import { browseReducer, highlighted, initialBrowse, type BrowseState } from '../../src/ui/browse-reducer.js';
import type { CardDetail, CardSummary, SearchResult } from '../../src/store/manage-types.js';

const card = (id: string, word: string): CardSummary => ({
  id, word, pinyin: '', decks: ['d'], state: 'new', due: new Date(0), stability: 0, difficulty: 0, reviews: 0, lapses: 0,
});
const result = (...words: string[]): SearchResult => ({ cards: words.map((w) => card(`id-${w}`, w)), total: words.length });
const detailOf = (c: CardSummary): CardDetail => ({
  ...c, card: null, schedule: { state: 'new', due: new Date(0), stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null },
  suspended: false, buriedUntil: null, retired: false, history: [], forgotten: [], recall: null,
});
const run = (s: BrowseState, ...actions: Parameters<typeof browseReducer>[1][]) => actions.reduce(browseReducer, s);

describe('browse session reducer', () => {
  const words = ['执法', '局长', '落实', '监督', '部署', '推进'];

  it('moves the cursor within the list and scrolls to keep it on screen', () => {
    let s = initialBrowse(result(...words));
    s = run(s, { type: 'move', delta: 1, rows: 3 }, { type: 'move', delta: 1, rows: 3 });
    expect([s.cursor, s.top]).toEqual([2, 0]);
    s = run(s, { type: 'move', delta: 1, rows: 3 });
    expect([s.cursor, s.top]).toEqual([3, 1]);
    s = run(s, { type: 'move', delta: 10, rows: 3 });
    expect([s.cursor, s.top, highlighted(s)?.word]).toEqual([5, 3, '推进']);
    s = run(s, { type: 'move', delta: -5, rows: 3 });
    expect([s.cursor, s.top]).toEqual([0, 0]);
  });

  it('shows a search result only for the query typed last', () => {
    let s = initialBrowse(result(...words));
    s = run(s, { type: 'typed', query: 'zh' }, { type: 'typed', query: 'zhi' });
    expect(s.query).toBe('zhi');
    s = run(s, { type: 'results', query: 'zh', result: result('执法', '治理') });
    expect(s.cards).toHaveLength(6);
    s = run(s, { type: 'move', delta: 2, rows: 5 }, { type: 'results', query: 'zhi', result: result('执法') });
    expect([s.shownQuery, s.cards.map((c) => c.word), s.cursor, s.total]).toEqual(['zhi', ['执法'], 0, 1]);
  });

  it('opens a card, takes a correction, asks before forgetting, keeps its place after an edit', () => {
    const r = result(...words);
    let s = run(initialBrowse(r), { type: 'move', delta: 2, rows: 5 }, { type: 'opened', detail: detailOf(r.cards[2]) });
    expect(s.view).toBe('card');
    s = run(s, { type: 'startInput', field: 'reading', text: 'luo4 shi2' }, { type: 'inputText', text: 'luo4 shi5' });
    expect(s.input).toEqual({ field: 'reading', text: 'luo4 shi5' });
    s = run(s, { type: 'cancelInput' });
    expect(s.input).toBeNull();
    s = run(s, { type: 'askForget' });
    expect(s.confirmForget).toBe(true);
    expect(s.notice).toBe('Press f again to forget 落实: new again, its history kept (a backup is made first)');
    // The edited list has a card fewer before the open one: the cursor follows the card.
    const after = result('执法', '落实', '监督');
    s = run(s, { type: 'edited', notice: 'Forgot 落实', detail: detailOf(after.cards[1]), result: after });
    expect([s.cursor, highlighted(s)?.word, s.confirmForget, s.notice, s.view]).toEqual([1, '落实', false, 'Forgot 落实', 'card']);
    s = run(s, { type: 'failed', notice: 'no good' }, { type: 'back' });
    expect([s.view, s.notice]).toEqual(['list', 'no good']);
  });

  it('a correction is typed only on a card', () => {
    const s = run(initialBrowse(result(...words)), { type: 'startInput', field: 'meaning', text: 'x' });
    expect(s.input).toBeNull();
  });
});
