import type { Deck } from '../model/deck.js';
import { GuanhuaError } from '../errors.js';
import { learnerDay, startOfTomorrow } from '../srs/day.js';
import { GRADE_NAMES, intervalLabel } from '../srs/interval-label.js';
import { pickNext } from '../srs/queue.js';
import { createScheduler, type Scheduler } from '../srs/scheduler.js';
import { stateNumber } from '../srs/scheduler-states.js';
import type { Grade, ReviewLogEntry, SrsConfig } from '../srs/types.js';
import { verifyIntact, writeTransaction, type Db } from './database.js';
import { writeDeck } from './deck-writer.js';
import { QueueSource, type Selection } from './queue-source.js';
import { logEntryOf, rowStamp, scheduleOf, type CardRow, type LogRow } from './rows.js';
import { showableNow } from '../srs/showable.js';
import { readStats } from './stats-query.js';
import type {
  AddResult, AnswerResult, DueSummary, IntervalPreview, QueueOptions, Stats, StoredCard, StoredDeck, TodayQueue, UndoAction, UndoResult,
} from './types.js';
import { CardReads } from './card-reads.js';
import { Statements } from './statements.js';
import { UndoStack } from './undo-stack.js';
import { importForeignCards, type ImportCounts } from './review-import.js';
import type { ForeignCard } from '../srs/foreign.js';
import { TodayQueueImpl } from './today-queue.js';
import { dailyBackupInWorker, type RunningBackup } from './backups.js';
import { checkInBackground, type RunningCheck } from './background-check.js';
import type { CardChange } from '../srs/queue-update.js';
import { iPlusOneFirst } from '../learn/i-plus-one.js';

/** See src/store/collection.ts for the whole API. */
export class Collection {
  private scheduler: Scheduler | undefined;
  private readonly undoStack = new UndoStack();
  private readonly queues = new Set<TodayQueueImpl>();
  private readonly source: QueueSource;
  private readonly sql: Statements;
  private readonly reads: CardReads;

  constructor(
    private readonly db: Db,
    /** Defaults, <home>/config.json and optimized weights, merged. */
    readonly config: SrsConfig,
    /** The SQLite file, or null for the empty stand-in of a collection not yet made. */
    readonly file: string | null,
  ) {
    this.sql = new Statements(db);
    this.source = new QueueSource(this.sql, config);
    this.reads = new CardReads(this.sql);
  }

  private write<T>(fn: () => T): T {
    if (this.file === null) throw new GuanhuaError('there is no collection yet; add a deck first: guanhua add <deck-file>');
    return writeTransaction(this.db, this.file, fn);
  }

  /**
   * Checks the whole file now (SQLite's quick check, see database.ts verifyIntact): a damaged file
   * gives the damage line. Every write checks before its first transaction anyway; a command that
   * works long before it writes (optimize) checks first.
   */
  verify(): void {
    if (this.file !== null) verifyIntact(this.db, this.file);
  }

  /** The same check in a child process (background-check.ts), for a review that must not wait for it. */
  checkInBackground(): RunningCheck {
    if (this.file === null) return { done: Promise.resolve(null), stop: () => {} };
    return checkInBackground(this.file, this.db);
  }

  addDeck(deck: Deck, now: Date): AddResult {
    return this.write(() => writeDeck(this.db, deck, now));
  }

  deckNames(): string[] {
    return this.reads.deckNames();
  }

  deckByName(name: string): StoredDeck | undefined {
    return this.reads.deckByName(name);
  }

  cardsOfDeck(name: string): StoredCard[] {
    return this.reads.cardsOfDeck(name);
  }

  card(id: string): StoredCard | undefined {
    return this.reads.card(id);
  }

  reviewLog(cardIds?: string[]): ReviewLogEntry[] {
    return this.reads.reviewLog(cardIds);
  }

  todayQueue(opts: QueueOptions): TodayQueue {
    const names = this.deckNames();
    let decks: string[] | null = null;
    if (opts.decks && opts.decks.length > 0) {
      for (const d of opts.decks) {
        if (!names.includes(d)) throw new GuanhuaError(`no deck named '${d}' in the collection; 'guanhua due' lists them`);
      }
      decks = names.filter((n) => opts.decks!.includes(n));
    }
    const sel: Selection = { decks, newLimit: opts.newLimit, reviewLimit: opts.reviewLimit, sessionStart: opts.now.getTime() };
    const q = new TodayQueueImpl(
      this.source, sel, opts.now, this.config.learnAheadMinutes * 60_000, pickNext, (id) => this.queueCard(id),
      (id, names) => this.source.inDecks(id, names),
    );
    // Undo requeues on live queues; keep only the latest few (callers make throwaway queues for counts).
    this.queues.add(q);
    if (this.queues.size > 8) this.queues.delete(this.queues.values().next().value!);
    return q;
  }

  /** A card as the queue shows it: a new card leads with an example whose only unknown word is its own. */
  private queueCard(id: string): StoredCard | undefined {
    const stored = this.card(id);
    if (!stored || stored.schedule.state !== 'new' || !stored.card.exampleWords) return stored;
    const known = this.source.knownWords();
    return { ...stored, card: iPlusOneFirst(stored.card, (w) => known.has(w)) };
  }

  private rowOf(cardId: string): CardRow {
    const row = this.sql.get('SELECT * FROM cards WHERE id = ?').get(cardId) as CardRow | undefined;
    if (!row) throw new GuanhuaError(`no card '${cardId}' in the collection`);
    return row;
  }

  private sched(): Scheduler {
    return (this.scheduler ??= createScheduler(this.config));
  }

  /**
   * Runs a write that changes one card and tells the live queues and the known-word set what
   * changed, so that neither reads the collection again (see today-queue.ts).
   */
  private writeCard<T>(fn: () => { result: T; change: CardChange; word: string | null }): T;
  private writeCard<T>(fn: () => { result: T; change: CardChange; word: string | null } | null): T | null;
  private writeCard<T>(fn: () => { result: T; change: CardChange; word: string | null } | null): T | null {
    let stamps = { before: '', after: '' };
    const out = this.write(() => {
      const before = this.source.stamp();
      const written = fn();
      stamps = { before, after: this.source.stamp() };
      return written;
    });
    if (out === null) return null;
    const { result, change, word } = out;
    const knownChanged = this.source.knownWordChanged(word, stamps.before, stamps.after);
    for (const q of this.queues) q.changed({ change, ...stamps, knownChanged });
    return result;
  }

  /** The card's state in the queue after a change: null when it cannot be drawn (suspended, retired, buried). */
  private queueState(row: CardRow, now: number): CardChange['after'] {
    const active = row.suspended === 0 && row.retired === 0 && (row.buried_until === null || row.buried_until <= now);
    return active ? { state: row.state, due: row.due } : null;
  }

  answer(cardId: string, grade: Grade, now: Date, durationMs: number): AnswerResult;
  /**
   * The answer to the card as it was shown: `seen` is its stamp then (cardStamp). When another
   * window answered or changed it since and it is no longer due, nothing is written: null.
   */
  answer(cardId: string, grade: Grade, now: Date, durationMs: number, seen: string): AnswerResult | null;
  answer(cardId: string, grade: Grade, now: Date, durationMs: number, seen?: string): AnswerResult | null {
    if (![1, 2, 3, 4].includes(grade)) throw new GuanhuaError(`grade must be 1, 2, 3 or 4, not ${String(grade)}`);
    return this.writeCard(() => {
      const before = this.rowOf(cardId);
      if (seen !== undefined && rowStamp(before) !== seen && !this.showable(before, now)) return null;
      const prev = scheduleOf(before);
      const { schedule: s, elapsedDays } = this.sched().next(prev, now, grade);
      const t = now.getTime();
      this.sql.get(
        `UPDATE cards SET state = ?, due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
           learning_steps = ?, reps = ?, lapses = ?, last_review = ?, modified_at = ? WHERE id = ?`,
      ).run(stateNumber(s.state), s.due.getTime(), s.stability, s.difficulty, s.elapsedDays, s.scheduledDays,
        s.learningSteps, s.reps, s.lapses, s.lastReview?.getTime() ?? null, now.getTime(), cardId);
      const duration = Math.max(0, Math.round(durationMs));
      const info = this.sql.get(
        `INSERT INTO review_log (card_id, grade, reviewed_at, duration_ms, state_before, state_after, scheduled_days,
           elapsed_days, stability, difficulty, due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(cardId, grade, t, duration, before.state, stateNumber(s.state), s.scheduledDays, elapsedDays, s.stability, s.difficulty, s.due.getTime());
      const day = learnerDay(now, this.config);
      this.sql.get('INSERT INTO review_days (day, reviews) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET reviews = reviews + 1').run(day);
      const logId = Number(info.lastInsertRowid);
      this.undoStack.push({ action: 'answer', cardId, before, logId, day });
      const log = logEntryOf(this.sql.get('SELECT * FROM review_log WHERE id = ?').get(logId) as LogRow);
      const after = this.queueState({ ...before, state: stateNumber(s.state), due: s.due.getTime() }, t);
      const change: CardChange = { id: cardId, answered: { stateBefore: before.state, at: t }, after };
      return { result: { cardId, grade, schedule: s, log }, change, word: before.word ?? null };
    });
  }

  undo(): UndoResult | undefined {
    const step = this.undoStack.pop();
    if (!step) return undefined;
    this.write(() => {
      const b = step.before;
      this.sql.get(
        `UPDATE cards SET state = ?, due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?, learning_steps = ?,
           reps = ?, lapses = ?, last_review = ?, suspended = ?, buried_until = ?, retired = ?, modified_at = ? WHERE id = ?`,
      ).run(b.state, b.due, b.stability, b.difficulty, b.elapsed_days, b.scheduled_days, b.learning_steps, b.reps, b.lapses,
        b.last_review, b.suspended, b.buried_until, b.retired, b.modified_at, b.id);
      if (step.logId !== undefined) {
        this.sql.get('DELETE FROM review_log WHERE id = ?').run(step.logId);
        this.sql.get('UPDATE review_days SET reviews = reviews - 1 WHERE day = ?').run(step.day);
        this.sql.get('DELETE FROM review_days WHERE day = ? AND reviews <= 0').run(step.day);
      }
    });
    for (const q of this.queues) q.requeue(step.cardId);
    return { action: step.action, cardId: step.cardId, card: this.card(step.cardId)! };
  }

  /** A string that changes with every change to the card's schedule or flags (undefined: no such card). */
  cardStamp(cardId: string): string | undefined {
    const row = this.sql.get('SELECT * FROM cards WHERE id = ?').get(cardId) as CardRow | undefined;
    return row === undefined ? undefined : rowStamp(row);
  }

  /**
   * Whether a card shown since it had stamp `seen` should go: another window answered or changed
   * it, and today's queue would not show it now.
   */
  goneElsewhere(cardId: string, seen: string, now: Date): boolean {
    const row = this.sql.get('SELECT * FROM cards WHERE id = ?').get(cardId) as CardRow | undefined;
    return row === undefined || (rowStamp(row) !== seen && !this.showable(row, now));
  }

  /** Due now, not merely within the learn-ahead window: an answer elsewhere moves a card at least a minute on. */
  private showable(row: CardRow, now: Date): boolean {
    const card = { state: row.state, due: row.due, suspended: row.suspended === 1, retired: row.retired === 1, buriedUntil: row.buried_until };
    return showableNow(card, now.getTime(), 0, startOfTomorrow(now, this.config).getTime());
  }

  /** Suspend, bury or retire: the card leaves today's queue. `sql` sets the flag from `args`, then modified_at (`now`), then takes the card id. */
  private flag(action: UndoAction, cardId: string, now: Date, sql: string, ...args: unknown[]): void {
    this.writeCard(() => {
      const before = this.rowOf(cardId);
      this.sql.get(sql).run(...args, now.getTime(), cardId);
      this.undoStack.push({ action, cardId, before });
      return { result: undefined, change: { id: cardId, answered: null, after: null }, word: action === 'retire' ? (before.word ?? null) : null };
    });
  }

  suspend(cardId: string, now: Date): void {
    this.flag('suspend', cardId, now, 'UPDATE cards SET suspended = 1, modified_at = ? WHERE id = ?');
  }

  unsuspend(cardId: string, now: Date): void {
    this.write(() => {
      this.rowOf(cardId);
      this.sql.get('UPDATE cards SET suspended = 0, modified_at = ? WHERE id = ?').run(now.getTime(), cardId);
    });
  }

  /** Hidden until the learner's next day begins. */
  bury(cardId: string, now: Date): void {
    this.flag('bury', cardId, now, 'UPDATE cards SET buried_until = ?, modified_at = ? WHERE id = ?', startOfTomorrow(now, this.config).getTime());
  }

  /** "I know this": never shown again, counted as known. */
  retire(cardId: string, now: Date): void {
    this.flag('retire', cardId, now, 'UPDATE cards SET retired = 1, modified_at = ? WHERE id = ?');
  }

  /**
   * Another scheduler's progress (an Anki package's), merged: see review-import.ts. One
   * transaction: on any error nothing is written.
   */
  importForeign(cards: readonly ForeignCard[], now: Date): ImportCounts {
    return this.write(() => importForeignCards(this.db, cards, this.sched(), this.config, now));
  }

  previewIntervals(cardId: string, now: Date): Record<Grade, IntervalPreview> {
    const row = this.rowOf(cardId);
    const prev = scheduleOf(row);
    const next = this.sched().preview(prev, now);
    const out = {} as Record<Grade, IntervalPreview>;
    for (const g of [1, 2, 3, 4] as Grade[]) {
      const interval = intervalLabel(next[g].due.getTime() - now.getTime());
      out[g] = { due: next[g].due, interval, label: `${GRADE_NAMES[g]} · ${interval}` };
    }
    return out;
  }

  due(now: Date): DueSummary {
    return this.source.summary(now);
  }

  stats(now: Date): Stats {
    return readStats(this.db, this.config, now);
  }

  /** Every review, grouped by card, chronological: what `guanhua optimize` trains on. */
  optimizerInput(): { cardId: string; grade: Grade; reviewedAt: number; stateBefore: number }[] {
    return (this.sql.get('SELECT card_id, grade, reviewed_at, state_before FROM review_log ORDER BY card_id, reviewed_at, id').all() as
      { card_id: string; grade: number; reviewed_at: number; state_before: number }[])
      .map((r) => ({ cardId: r.card_id, grade: r.grade as Grade, reviewedAt: r.reviewed_at, stateBefore: r.state_before }));
  }

  storedWeights(): number[] | null {
    const v = this.sql.get("SELECT value FROM meta WHERE key = 'fsrs.weights'").pluck().get() as string | undefined;
    return v ? (JSON.parse(v) as { weights: number[] }).weights : null;
  }

  saveWeights(weights: number[], now: Date, reviews: number): void {
    this.write(() => {
      this.sql.get("INSERT INTO meta (key, value) VALUES ('fsrs.weights', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .run(JSON.stringify({ weights, optimizedAt: now.toISOString(), reviews }));
    });
  }

  /** The day's backup, when due, made in a worker thread (see backups.ts). */
  dailyBackup(home: string, now: Date): RunningBackup {
    if (this.file === null) return { done: Promise.resolve(null), stop: () => {} };
    return dailyBackupInWorker(this.file, home, this.config, now);
  }

  close(): void {
    this.queues.clear();
    if (this.db.open) this.db.close();
  }
}
