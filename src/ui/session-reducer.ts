import type { DeckCard } from '../model/deck.js';
import type { CardState, Grade } from '../srs/types.js';
import { comparePinyin, suggestGrade, type PinyinComparison } from './pinyin-compare.js';

/**
 * The review session as a pure reducer: no Ink, no clock, no collection.
 * Side effects (saving an answer, asking for the next card) happen in the
 * controller; their results come back in as actions carrying the data.
 */

export type Phase = 'overview' | 'front' | 'back' | 'summary';

/** Remaining cards in today's queue, by kind. */
export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

/** Next-interval label per grade, as the answer bar shows it ("1m", "3d"). */
export type IntervalLabels = Record<Grade, string>;

/** A card as the screen shows it. */
export interface ReviewItem {
  card: DeckCard;
  deckName: string;
  /** The source article's title. */
  sourceTitle: string;
  state: CardState;
  /** null until the controller has computed them (just after the card is drawn). */
  intervals: IntervalLabels | null;
}

/**
 * What the controller hands back after any step: the next card (null: done) and the
 * counts (null: not computed yet; the old ones stay until a 'refreshed' action).
 */
export interface QueueStep {
  item: ReviewItem | null;
  counts: QueueCounts | null;
  /** No card now, but learning cards come back at this time (epoch ms). */
  waitUntil?: number | null;
  /** The card that was on screen was answered in another window (its word): nothing was saved for it here. */
  elsewhere?: string;
}

/** Details computed after a card is drawn, so that drawing it waits for nothing else. */
export interface StepDetails {
  intervals: IntervalLabels | null;
  counts: QueueCounts;
}

export type SideAction = 'suspend' | 'bury' | 'retire';

/** One entry of the undo stack: an answer or a side action already saved. */
export interface Answered {
  cardId: string;
  grade: Grade | null;
  action: 'answer' | SideAction;
  durationMs: number;
}

export interface TypingState {
  typed: string;
  /** Set once the learner submits: the comparison and the grade it suggests. */
  result: PinyinComparison | null;
  suggested: Grade | null;
}

export interface SessionState {
  phase: Phase;
  typingMode: boolean;
  typing: TypingState;
  help: boolean;
  item: ReviewItem | null;
  counts: QueueCounts;
  /** The counts are from before the last step; a refresh is due. */
  countsStale: boolean;
  /** Undo stack, most recent last. */
  answered: Answered[];
  againCount: number;
  /** Epoch ms the session started (first card shown); null before. */
  startedAt: number | null;
  /** Epoch ms the current card's front was shown. */
  shownAt: number | null;
  /** Epoch ms the summary was reached. */
  endedAt: number | null;
  /** At the summary: learning cards come back at this time (epoch ms), and the screen waits for them. */
  waitUntil: number | null;
  /** Cards due tomorrow, filled in at the summary. */
  dueTomorrow: number | null;
  /** A short line about the last action ("Suspended 执法"). */
  notice: string | null;
  /** Overview: the highlighted row (0 = all decks, then each deck in order). */
  cursor: number;
}

export type SessionAction =
  | { type: 'start'; now: number; step: QueueStep }
  | { type: 'reveal'; now: number }
  | { type: 'type'; text: string }
  | { type: 'backspace' }
  | { type: 'submitTyping'; now: number }
  | { type: 'answered'; grade: Grade; now: number; step: QueueStep }
  | { type: 'removed'; action: SideAction; now: number; step: QueueStep }
  | { type: 'undone'; now: number; step: QueueStep }
  /** The card on screen went (answered in another window): the next one is shown. */
  | { type: 'elsewhere'; now: number; step: QueueStep }
  | { type: 'toggleHelp' }
  | { type: 'refreshed'; cardId: string | null; details: StepDetails }
  | { type: 'cursor'; delta: number; rows: number }
  | { type: 'finish'; now: number; dueTomorrow: number };

/** An answer's time is capped at one minute: a learner who walked away did not study for an hour (Anki does the same). */
export const MAX_ANSWER_MS = 60_000;

const elsewhereNotice = (word: string) => `Answered in another window: ${word}`;

const emptyTyping: TypingState = { typed: '', result: null, suggested: null };

export function initialSession(opts: { typingMode: boolean; counts?: QueueCounts }): SessionState {
  return {
    phase: 'overview',
    typingMode: opts.typingMode,
    typing: emptyTyping,
    help: false,
    item: null,
    counts: opts.counts ?? { new: 0, learning: 0, review: 0 },
    countsStale: false,
    answered: [],
    againCount: 0,
    startedAt: null,
    shownAt: null,
    endedAt: null,
    waitUntil: null,
    dueTomorrow: null,
    notice: null,
    cursor: 0,
  };
}

/** Shows the step's card, or moves to the summary when the queue is empty. */
function show(state: SessionState, step: QueueStep, now: number, notice: string | null): SessionState {
  const counts = step.counts ?? state.counts;
  const base = { ...state, counts, countsStale: step.counts === null, typing: emptyTyping, help: false, notice };
  if (step.item === null) return { ...base, phase: 'summary', item: null, shownAt: null, endedAt: now, waitUntil: step.waitUntil ?? null };
  return { ...base, phase: 'front', item: step.item, shownAt: now, endedAt: null, waitUntil: null };
}

function elapsed(state: SessionState, now: number): number {
  if (state.shownAt === null) return 0;
  return Math.min(MAX_ANSWER_MS, Math.max(0, now - state.shownAt));
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'start':
      return show({ ...state, startedAt: state.startedAt ?? action.now }, action.step, action.now, null);
    case 'reveal':
      if (state.phase !== 'front') return state;
      return { ...state, phase: 'back', help: false };
    case 'type':
      if (state.phase !== 'front' || !state.typingMode) return state;
      return { ...state, typing: { ...state.typing, typed: state.typing.typed + action.text } };
    case 'backspace':
      if (state.phase !== 'front' || !state.typingMode) return state;
      return { ...state, typing: { ...state.typing, typed: [...state.typing.typed].slice(0, -1).join('') } };
    case 'submitTyping': {
      if (state.phase !== 'front' || !state.typingMode || state.item === null) return state;
      const expected = state.item.card.pinyinNumbered || state.item.card.pinyin;
      const result = comparePinyin(expected, state.typing.typed);
      return { ...state, phase: 'back', typing: { ...state.typing, result, suggested: suggestGrade(result) } };
    }
    case 'answered': {
      if (state.phase !== 'back' || state.item === null) return state;
      if (action.step.elsewhere !== undefined) return show(state, action.step, action.now, elsewhereNotice(action.step.elsewhere));
      const entry: Answered = { cardId: state.item.card.id, grade: action.grade, action: 'answer', durationMs: elapsed(state, action.now) };
      const next = { ...state, answered: [...state.answered, entry], againCount: state.againCount + (action.grade === 1 ? 1 : 0) };
      return show(next, action.step, action.now, null);
    }
    case 'removed': {
      if ((state.phase !== 'front' && state.phase !== 'back') || state.item === null) return state;
      const entry: Answered = { cardId: state.item.card.id, grade: null, action: action.action, durationMs: elapsed(state, action.now) };
      const verb = { suspend: 'Suspended', bury: 'Buried until tomorrow', retire: 'Marked as known' }[action.action];
      return show({ ...state, answered: [...state.answered, entry] }, action.step, action.now, `${verb}: ${state.item.card.word}`);
    }
    case 'undone': {
      const last = state.answered[state.answered.length - 1];
      if (last === undefined) return state;
      const next = {
        ...state,
        answered: state.answered.slice(0, -1),
        againCount: state.againCount - (last.grade === 1 ? 1 : 0),
        dueTomorrow: null,
      };
      return show(next, action.step, action.now, 'Undone');
    }
    case 'elsewhere':
      if ((state.phase !== 'front' && state.phase !== 'back') || action.step.elsewhere === undefined) return state;
      return show(state, action.step, action.now, elsewhereNotice(action.step.elsewhere));
    case 'toggleHelp':
      return { ...state, help: !state.help };
    case 'refreshed': {
      const same = state.item !== null && state.item.card.id === action.cardId;
      const item = same && action.details.intervals !== null ? { ...state.item!, intervals: action.details.intervals } : state.item;
      return { ...state, item, counts: action.details.counts, countsStale: false };
    }
    case 'cursor': {
      if (state.phase !== 'overview' || action.rows <= 0) return state;
      return { ...state, cursor: (state.cursor + action.delta + action.rows) % action.rows };
    }
    case 'finish':
      return { ...state, phase: 'summary', item: null, help: false, endedAt: action.now, dueTomorrow: action.dueTomorrow };
  }
}

/** Cards answered (answers only, not suspends or buries). */
export function answeredCount(state: SessionState): number {
  return state.answered.filter((a) => a.action === 'answer').length;
}

/** Share of answers that were Again, 0..1 (0 when nothing was answered). */
export function againRate(state: SessionState): number {
  const n = answeredCount(state);
  return n === 0 ? 0 : state.againCount / n;
}

/** Time spent on answers and side actions, ms (each capped at MAX_ANSWER_MS). */
export function timeSpentMs(state: SessionState): number {
  return state.answered.reduce((sum, a) => sum + a.durationMs, 0);
}

/** Progress through today's queue, 0..1: done / (done + remaining). */
export function progress(state: SessionState): number {
  const done = state.answered.length;
  const remaining = state.counts.new + state.counts.learning + state.counts.review;
  return done + remaining === 0 ? 1 : done / (done + remaining);
}
