import type { DeckCard } from '../model/deck.js';
import { stateName } from '../srs/scheduler-states.js';
import type { ReviewLogEntry, Schedule, Grade } from '../srs/types.js';
import type { StoredCard } from './types.js';

/** A row of `cards` as SQLite returns it (times in ms). */
export interface CardRow {
  id: string;
  state: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review: number | null;
  suspended: number;
  created_at: number;
  buried_until: number | null;
  retired: number;
  /** When the content its Anki note shows last changed (ms); see content-dates.ts. */
  content_changed_at: number | null;
  /** The card's word (schema 5 on). */
  word?: string | null;
  /** When the learner last changed the card here (ms); null before schema 6 and on untouched cards. */
  modified_at: number | null;
}

export interface LogRow {
  id: number;
  card_id: string;
  grade: number;
  reviewed_at: number;
  duration_ms: number;
  state_before: number;
  state_after: number;
  scheduled_days: number;
  elapsed_days: number;
  stability: number;
  difficulty: number;
  due: number;
}

/** Every deck's copy of one card (`?` = card id), oldest deck first: what mergeContent takes. */
export const COPIES_OF_CARD = `SELECT o.card_id, o.deck, o.content, o.updated_at FROM card_decks o JOIN decks d ON d.name = o.deck
       WHERE o.card_id = ? ORDER BY d.added_at, d.rowid`;

/** One deck's copy of a card's content. */
export interface ContentRow {
  card_id: string;
  deck: string;
  content: string;
  updated_at: number;
}

/** Changes with every change to the card's schedule or flags: how a window tells that another one answered the card it shows. */
export function rowStamp(r: CardRow): string {
  return [r.state, r.due, r.reps, r.last_review, r.suspended, r.retired, r.buried_until, r.modified_at].join(':');
}

export function scheduleOf(r: CardRow): Schedule {
  return {
    state: stateName(r.state), due: new Date(r.due), stability: r.stability, difficulty: r.difficulty,
    elapsedDays: r.elapsed_days, scheduledDays: r.scheduled_days, learningSteps: r.learning_steps,
    reps: r.reps, lapses: r.lapses, lastReview: r.last_review === null ? null : new Date(r.last_review),
  };
}

export function logEntryOf(r: LogRow): ReviewLogEntry {
  return {
    id: r.id, cardId: r.card_id, grade: r.grade as Grade, reviewedAt: new Date(r.reviewed_at),
    durationMs: r.duration_ms, stateBefore: stateName(r.state_before), stateAfter: stateName(r.state_after),
    scheduledDays: r.scheduled_days, elapsedDays: r.elapsed_days, stabilityAfter: r.stability,
    difficultyAfter: r.difficulty, dueAfter: new Date(r.due),
  };
}

/**
 * The card's content across its decks (`contents` in deck order, oldest deck
 * first): the copy updated last wins, examples gathered from every deck, deduplicated.
 */
export function mergeContent(contents: ContentRow[]): DeckCard {
  let base = contents[0];
  for (const c of contents) if (c.updated_at >= base.updated_at) base = c;
  const card = JSON.parse(base.content) as DeckCard;
  if (contents.length === 1) return card;
  const examples: string[] = [];
  const examplesPinyin: string[] = [];
  for (const c of [base, ...contents.filter((x) => x !== base)]) {
    const other = c === base ? card : (JSON.parse(c.content) as DeckCard);
    other.examples.forEach((ex, i) => {
      if (examples.includes(ex)) return;
      examples.push(ex);
      examplesPinyin.push(other.examplesPinyin?.[i] ?? '');
    });
  }
  const hasPinyin = examplesPinyin.some((p) => p !== '');
  return { ...card, examples, examplesPinyin: hasPinyin ? examplesPinyin : [] };
}

/** When the learner last changed the card's state here (an answer, suspend, bury, "I know this"), ms; null: never. */
export const learnerChangedAt = (row: CardRow): number | null => row.modified_at ?? row.last_review;

export function storedCardOf(row: CardRow, contents: ContentRow[]): StoredCard {
  return {
    card: mergeContent(contents),
    schedule: scheduleOf(row),
    suspended: row.suspended === 1,
    buriedUntil: row.buried_until === null ? null : new Date(row.buried_until),
    retired: row.retired === 1,
    decks: contents.map((c) => c.deck),
    contentChangedAt: new Date(row.content_changed_at ?? row.created_at),
    stateChangedAt: new Date(learnerChangedAt(row) ?? row.created_at),
  };
}
