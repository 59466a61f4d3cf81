import type { CardDetail, CardSummary, SearchResult } from '../store/manage-types.js';

/**
 * The browse screen's session as a pure reducer: no Ink, no collection. The screen asks the
 * controller (searches, edits) and hands the results in as actions.
 */

export type BrowseView = 'list' | 'card';
export type FixField = 'reading' | 'meaning';

export interface BrowseState {
  view: BrowseView;
  /** What is typed in the search line. */
  query: string;
  /** The query the list shows the result of (it lags `query` while typing fast). */
  shownQuery: string;
  cards: CardSummary[];
  /** Every match, also those past the list's limit. */
  total: number;
  /** The highlighted row (index in `cards`). */
  cursor: number;
  /** The first row on screen. */
  top: number;
  /** The card open in the card view. */
  detail: CardDetail | null;
  help: boolean;
  /** A correction being typed, or null. */
  input: { field: FixField; text: string } | null;
  /** f was pressed once: a second f forgets. */
  confirmForget: boolean;
  /** A line about the last action. */
  notice: string | null;
}

export type BrowseAction =
  | { type: 'typed'; query: string }
  | { type: 'results'; query: string; result: SearchResult }
  | { type: 'move'; delta: number; rows: number }
  | { type: 'opened'; detail: CardDetail }
  | { type: 'back' }
  | { type: 'toggleHelp' }
  | { type: 'startInput'; field: FixField; text: string }
  | { type: 'inputText'; text: string }
  | { type: 'cancelInput' }
  | { type: 'askForget' }
  /** An edit was saved: the card and the list as they are now, and a line saying what was done. */
  | { type: 'edited'; notice: string; detail: CardDetail | null; result: SearchResult }
  | { type: 'failed'; notice: string };

export function initialBrowse(result: SearchResult, query = ''): BrowseState {
  return {
    view: 'list', query, shownQuery: query, cards: result.cards, total: result.total, cursor: 0, top: 0,
    detail: null, help: false, input: null, confirmForget: false, notice: null,
  };
}

/** The first row to show so that the cursor is on screen. */
function scrolled(cursor: number, top: number, rows: number): number {
  if (cursor < top) return cursor;
  if (cursor >= top + rows) return cursor - rows + 1;
  return top;
}

export function browseReducer(state: BrowseState, action: BrowseAction): BrowseState {
  switch (action.type) {
    case 'typed':
      return { ...state, query: action.query, notice: null };
    case 'results': {
      // A result for a query typed since is not what the list should show.
      if (action.query !== state.query) return state;
      return { ...state, shownQuery: action.query, cards: action.result.cards, total: action.result.total, cursor: 0, top: 0 };
    }
    case 'move': {
      if (state.cards.length === 0) return state;
      const cursor = Math.max(0, Math.min(state.cards.length - 1, state.cursor + action.delta));
      return { ...state, cursor, top: scrolled(cursor, state.top, Math.max(1, action.rows)), confirmForget: false };
    }
    case 'opened':
      return { ...state, view: 'card', detail: action.detail, confirmForget: false, input: null, notice: null };
    case 'back':
      return { ...state, view: 'list', input: null, confirmForget: false };
    case 'toggleHelp':
      return { ...state, help: !state.help };
    case 'startInput':
      if (state.view !== 'card') return state;
      return { ...state, input: { field: action.field, text: action.text }, confirmForget: false, notice: null };
    case 'inputText':
      if (state.input === null) return state;
      return { ...state, input: { ...state.input, text: action.text } };
    case 'cancelInput':
      return { ...state, input: null, notice: null };
    case 'askForget':
      return { ...state, confirmForget: true, notice: `Press f again to forget ${state.detail?.word ?? 'this card'}: new again, its history kept (a backup is made first)` };
    case 'edited': {
      // The list keeps its place: the same card highlighted if it is still there.
      const id = state.cards[state.cursor]?.id;
      const at = action.result.cards.findIndex((c) => c.id === id);
      const cursor = at >= 0 ? at : Math.min(state.cursor, Math.max(0, action.result.cards.length - 1));
      return {
        ...state, notice: action.notice, detail: action.detail, cards: action.result.cards, total: action.result.total,
        cursor, top: Math.min(state.top, cursor), input: null, confirmForget: false,
        view: action.detail === null ? 'list' : state.view,
      };
    }
    case 'failed':
      return { ...state, notice: action.notice, confirmForget: false };
  }
}

/** The highlighted card, if any. */
export function highlighted(state: BrowseState): CardSummary | undefined {
  return state.cards[state.cursor];
}
