import type { Db } from './database.js';

/**
 * `guanhua check`: the file (SQLite's integrity_check and foreign_key_check), the references
 * between its tables, and each card against its review log. The log is replayed as it was
 * recorded, from the card's last reset (`guanhua forget`, Anki's Forget) on: each answer moves
 * the card from the state it was in, a due date set by hand (card_due_sets) makes it a review
 * card (a new one seen then), reps counts the answers, lapses the Agains of cards in review, and
 * the last answer leaves the card's state and last-review time. A card that disagrees was changed
 * without its log, or lost log rows.
 */

export interface CardProblem {
  id: string;
  word: string;
  problem: string;
}

export interface CheckReport {
  /** integrity_check's findings; empty when it says ok. */
  integrity: string[];
  foreignKeys: string[];
  /** Rows that point at nothing (a deck copy of no card, a review of no card…). */
  references: string[];
  cards: CardProblem[];
  /** Cards looked at. */
  checked: number;
}

/** The problems found: 0 when the collection is sound. */
export const problemCount = (r: CheckReport) => r.integrity.length + r.foreignKeys.length + r.references.length + r.cards.length;

const STATES = ['new', 'learning', 'review', 'relearning'];
const stateName = (n: number) => STATES[n] ?? `state ${n}`;

export function checkCollection(db: Db): CheckReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).filter((s) => s !== 'ok');
  // Pages SQLite cannot trust: reading the tables further would only fail on them.
  if (integrity.length > 0) return { integrity, foreignKeys: [], references: [], cards: [], checked: 0 };
  const foreignKeys = (db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[])
    .map((r) => `${r.table} row ${r.rowid} points at a missing ${r.parent}`);
  return { integrity, foreignKeys, references: references(db), ...cardsAgainstLog(db) };
}

function references(db: Db): string[] {
  const out: string[] = [];
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const problems: [string, string][] = [
    ['SELECT count(*) FROM card_decks WHERE deck NOT IN (SELECT name FROM decks)', 'deck copies of cards belong to no deck'],
    ['SELECT count(*) FROM card_decks WHERE card_id NOT IN (SELECT id FROM cards)', 'deck copies belong to no card'],
    ['SELECT count(*) FROM review_log WHERE card_id NOT IN (SELECT id FROM cards)', 'reviews belong to no card'],
    ['SELECT count(*) FROM recall_reviews WHERE card_id NOT IN (SELECT id FROM cards)', 'Recall answers belong to no card'],
    ['SELECT count(*) FROM recall_cards WHERE card_id NOT IN (SELECT id FROM cards)', 'Recall memories belong to no card'],
    ['SELECT count(*) FROM card_due_sets WHERE card_id NOT IN (SELECT id FROM cards)', 'due dates set by hand belong to no card'],
    ['SELECT count(*) FROM cards WHERE id NOT IN (SELECT card_id FROM card_decks)', 'cards are in no deck'],
    ['SELECT count(*) FROM cards WHERE id NOT IN (SELECT card_id FROM card_search)', 'cards have no search key (guanhua cards cannot find them)'],
  ];
  for (const [sql, what] of problems) {
    const n = count(sql);
    if (n > 0) out.push(`${n} ${what}`);
  }
  return out;
}

interface CardRowLite {
  id: string;
  word: string | null;
  state: number;
  reps: number;
  lapses: number;
  last_review: number | null;
}

interface LogRowLite {
  card_id: string;
  grade: number;
  reviewed_at: number;
  state_before: number;
  state_after: number;
}

function cardsAgainstLog(db: Db): { cards: CardProblem[]; checked: number } {
  const resets = new Map<string, number>();
  for (const r of db.prepare('SELECT card_id, max(reset_at) AS t FROM card_resets GROUP BY card_id').all() as { card_id: string; t: number }[]) {
    resets.set(r.card_id, r.t);
  }
  const logs = new Map<string, LogRowLite[]>();
  const since = <T extends { card_id: string }>(rows: Iterable<T>, at: (r: T) => number, into: Map<string, T[]>) => {
    for (const r of rows) {
      if (at(r) < (resets.get(r.card_id) ?? -Infinity)) continue;
      const list = into.get(r.card_id);
      if (list) list.push(r);
      else into.set(r.card_id, [r]);
    }
  };
  since(db.prepare('SELECT card_id, grade, reviewed_at, state_before, state_after FROM review_log ORDER BY card_id, reviewed_at, id').iterate() as IterableIterator<LogRowLite>, (l) => l.reviewed_at, logs);
  const dueSets = new Map<string, { card_id: string; set_at: number }[]>();
  since(db.prepare('SELECT card_id, set_at FROM card_due_sets ORDER BY card_id, set_at').all() as { card_id: string; set_at: number }[], (d) => d.set_at, dueSets);
  const problems: CardProblem[] = [];
  let checked = 0;
  for (const c of db.prepare('SELECT id, word, state, reps, lapses, last_review FROM cards ORDER BY rowid').iterate() as IterableIterator<CardRowLite>) {
    checked++;
    const problem = disagreement(c, logs.get(c.id) ?? [], (dueSets.get(c.id) ?? []).map((d) => d.set_at));
    if (problem !== null) problems.push({ id: c.id, word: c.word ?? '', problem });
  }
  return { cards: problems, checked };
}

/**
 * How the card differs from what its log says, or null. `log`: its answers since its last reset,
 * oldest first; `dueSets`: when a due date was set by hand since then.
 */
export function disagreement(c: CardRowLite, log: readonly LogRowLite[], dueSets: readonly number[] = []): string | null {
  let state = 0;
  let lapses = 0;
  // A due set makes the card a review card; a new one counts as seen then.
  let seenAt: number | null = null;
  const setDuesUntil = (t: number) => {
    for (const d of dueSets.filter((x) => x <= t && x > (seenAt ?? -Infinity))) {
      if (state === 0) seenAt = d;
      state = 2;
    }
  };
  for (const [i, l] of log.entries()) {
    setDuesUntil(l.reviewed_at - 1);
    if (l.state_before !== state) {
      const before = i === 0 ? `the card was ${stateName(state)} then` : `the answer before left it ${stateName(state)}`;
      return `its log jumps: answer ${i + 1} (${new Date(l.reviewed_at).toISOString()}) starts from ${stateName(l.state_before)}, but ${before} (an answer is missing)`;
    }
    if (l.state_before === 2 && l.grade === 1) lapses++;
    state = l.state_after;
    seenAt = l.reviewed_at;
  }
  setDuesUntil(Infinity);
  const found: string[] = [];
  if (c.state !== state) found.push(`state ${stateName(c.state)}, its log says ${stateName(state)}`);
  if (c.reps !== log.length) found.push(`${c.reps} reps, its log has ${log.length} answer${log.length === 1 ? '' : 's'}`);
  if (c.lapses !== lapses) found.push(`${c.lapses} lapses, its log has ${lapses}`);
  const lastAt: number | null = seenAt;
  if (c.last_review !== lastAt) {
    const t = (x: number | null) => (x === null ? 'none' : new Date(x).toISOString());
    found.push(`last review ${t(c.last_review)}, its log's last answer ${t(lastAt)}`);
  }
  return found.length === 0 ? null : found.join('; ');
}
