import { startOfToday, startOfTomorrow } from '../srs/day.js';
import { allowance, type QueueCandidates } from '../srs/queue.js';
import type { QueueSnapshot } from '../srs/queue-update.js';
import type { QueueCounts, SrsConfig } from '../srs/types.js';
import type { DueSummary } from './types.js';
import type { Statement } from 'better-sqlite3';
import type { Statements } from './statements.js';
import { preferIPlusOne } from '../learn/i-plus-one.js';
import { KNOWN_WORDS_SQL } from './learning.js';

/** New cards of a deck looked at for i+1 beyond the day's allowance: i+1 cards this near the front come first. */
const I_PLUS_ONE_WINDOW = 100;

/**
 * Reads today's queue candidates for a set of decks from the database; the rules
 * that order them live in src/srs/queue.ts. States: 0 new, 1 learning, 2 review, 3 relearning.
 */

export interface Selection {
  /** Deck names in collection order; null: every deck. */
  decks: string[] | null;
  /** Session limits (replace the day's remaining allowance), and when the session began (ms). */
  newLimit?: number;
  reviewLimit?: number;
  sessionStart: number;
}

const ACTIVE = 'c.suspended = 0 AND c.retired = 0 AND (c.buried_until IS NULL OR c.buried_until <= @now)';
// Probed per candidate card (card_decks_card), not a list of the decks' every card built per query: a
// big deck would cost its size on every read.
const inDecks = (id: string) => `EXISTS (SELECT 1 FROM card_decks x WHERE x.card_id = ${id} AND x.deck IN (SELECT value FROM json_each(@decks)))`;
const IN_DECKS = inDecks('c.id');

/** A snapshot, with what a later change needs to keep it true. */
export interface SnapshotRead extends QueueSnapshot {
  /** Start of the learner's day it was read in (epoch ms). */
  dayStart: number;
  /** Answers at or after these times (ms) count against the allowances: the day's start, or the session's under a session limit. */
  countFrom: { fresh: number; reviews: number };
  /** Some new card near the front has exampleWords: its order depends on the known words. */
  freshUsesKnown: boolean;
}

export class QueueSource {
  /** The known-word set and the database state it was read at (see knownWords). */
  private known: { at: string; words: Set<string> } | undefined;

  constructor(private readonly statements: Statements, private readonly config: SrsConfig) {}

  private stmt(sql: string): Statement {
    return this.statements.get(sql);
  }

  private filter(sel: Selection): string {
    return sel.decks ? `${ACTIVE} AND ${IN_DECKS}` : ACTIVE;
  }

  private params(sel: Selection, now: number): Record<string, unknown> {
    return sel.decks ? { now, decks: JSON.stringify(sel.decks) } : { now };
  }

  /** New cards and reviews answered since `since` (ms), for the selected decks. */
  private done(sel: Selection, since: number): { fresh: number; reviews: number } {
    const where = sel.decks ? `AND ${inDecks('review_log.card_id')}` : '';
    const rows = this
      .stmt(`SELECT state_before AS s, count(*) AS n FROM review_log WHERE reviewed_at >= @since AND state_before IN (0, 2) ${where} GROUP BY state_before`)
      .all(sel.decks ? { since, decks: JSON.stringify(sel.decks) } : { since }) as { s: number; n: number }[];
    return { fresh: rows.find((r) => r.s === 0)?.n ?? 0, reviews: rows.find((r) => r.s === 2)?.n ?? 0 };
  }

  /** How many new cards and reviews may still be shown. */
  private allowances(sel: Selection, now: Date): { fresh: number; reviews: number } {
    const clock = this.config;
    const today = this.done(sel, startOfToday(now, clock).getTime());
    const session = sel.newLimit !== undefined || sel.reviewLimit !== undefined ? this.done(sel, sel.sessionStart) : today;
    return {
      fresh: allowance(this.config.newPerDay, today.fresh, sel.newLimit, session.fresh),
      reviews: allowance(this.config.reviewsPerDay, today.reviews, sel.reviewLimit, session.reviews),
    };
  }

  /** `ordered` false: only the counts matter (the i+1 ordering is skipped). */
  candidates(sel: Selection, now: Date, ordered = true): Omit<QueueCandidates, 'sinceLastNew'> {
    const t = now.getTime();
    const p = this.params(sel, t);
    const f = this.filter(sel);
    const limits = this.allowances(sel, now);
    const horizon = t + this.config.learnAheadMinutes * 60_000;
    const learning = this
      .stmt(`SELECT c.id, c.due FROM cards c WHERE c.state IN (1, 3) AND c.due <= @horizon AND ${f} ORDER BY c.due, c.id`)
      .all({ ...p, horizon }) as { id: string; due: number }[];
    const reviews = this
      .stmt(`SELECT c.id FROM cards c WHERE c.state = 2 AND c.due < @dayEnd AND ${f} ORDER BY c.due, c.id LIMIT @limit`)
      .pluck()
      .all({ ...p, dayEnd: startOfTomorrow(now, this.config).getTime(), limit: limits.reviews }) as string[];
    return { learning, reviews, fresh: this.freshCards(sel, t, limits.fresh, ordered) };
  }

  /**
   * New cards, at most `limit`: first those an article just read moved up (card_boosts: latest
   * boost first, then article order); then deck by deck (oldest deck first), each deck in rank
   * order except that i+1 cards (an example whose only unknown word is the card's own) among its
   * next I_PLUS_ONE_WINDOW new cards come first.
   */
  private freshCards(sel: Selection, now: number, limit: number, ordered: boolean, usesKnown?: { any: boolean }): string[] {
    if (limit <= 0) return [];
    const decks = sel.decks ?? (this.stmt('SELECT name FROM decks ORDER BY added_at, rowid').pluck().all() as string[]);
    const out = new Set<string>();
    const boosted = this
      // CROSS JOIN: from the few boosted cards, not from every new card.
      .stmt(`SELECT c.id FROM card_boosts b CROSS JOIN cards c ON c.id = b.card_id WHERE c.state = 0 AND ${this.filter(sel)} ORDER BY b.boosted_at DESC, b.position LIMIT @limit`)
      .pluck()
      .all({ ...this.params(sel, now), limit }) as string[];
    for (const id of boosted) out.add(id);
    const stmt = this.stmt(
      `SELECT c.id, json_extract(cd.content, '$.exampleWords') AS ew FROM card_decks cd JOIN cards c ON c.id = cd.card_id
       WHERE cd.deck = @deck AND c.state = 0 AND ${ACTIVE} ORDER BY cd.rank LIMIT @limit`,
    );
    let known: Set<string> | undefined;
    const isKnown = (w: string) => (known ??= this.knownWords()).has(w);
    for (const deck of decks) {
      if (out.size >= limit) break;
      const window = limit + out.size + (ordered ? I_PLUS_ONE_WINDOW : 0);
      let rows = stmt.all({ deck, now, limit: window }) as { id: string; ew: string | null }[];
      if (usesKnown && rows.some((r) => r.ew !== null)) usesKnown.any = true;
      if (ordered) rows = preferIPlusOne(rows, (r) => (r.ew ? (JSON.parse(r.ew) as string[][]) : undefined), isKnown);
      for (const { id } of rows) {
        if (out.size >= limit) break;
        out.add(id);
      }
      if (out.size >= limit) break;
    }
    return [...out];
  }

  /**
   * Words of mature or retired cards and imported known words (see src/store/learning.ts), read
   * again only when the database changed: total_changes() counts this connection's writes,
   * data_version other connections' commits.
   */
  knownWords(): Set<string> {
    const at = this.stamp();
    if (this.known?.at === at) return this.known.words;
    const words = new Set(this.stmt(KNOWN_WORDS_SQL).pluck().all() as string[]);
    this.known = { at, words };
    return words;
  }

  /** The database's state as this connection sees it: its own changes, then other connections' commits. */
  stamp(): string {
    return `${String(this.stmt('SELECT total_changes()').pluck().get())}:${String(this.stmt('PRAGMA data_version').pluck().get())}`;
  }

  /**
   * After this connection committed a change to cards of `word`, taking the database from stamp
   * `before` to `after`: the word's place in a known-word set read at `before` is looked up again
   * instead of the whole set. Returns whether the word's status may have changed.
   */
  knownWordChanged(word: string | null, before: string, after: string): boolean {
    const known = this.known;
    if (known === undefined || known.at !== before) return true;
    known.at = after;
    if (word === null) return false;
    const isKnown = this.stmt(`SELECT EXISTS (SELECT 1 FROM (${KNOWN_WORDS_SQL}) WHERE word = ?)`).pluck().get(word) === 1;
    if (isKnown === known.words.has(word)) return false;
    if (isKnown) known.words.add(word);
    else known.words.delete(word);
    return true;
  }

  /** Today's queue for the selection, to be kept up to date in memory (see src/srs/queue-update.ts). */
  snapshot(sel: Selection, now: Date): SnapshotRead {
    const t = now.getTime();
    const p = this.params(sel, t);
    const f = this.filter(sel);
    const limits = this.allowances(sel, now);
    const dayStart = startOfToday(now, this.config).getTime();
    const dayEnd = startOfTomorrow(now, this.config).getTime();
    const learning = this
      .stmt(`SELECT c.id, c.due FROM cards c WHERE c.state IN (1, 3) AND ${f} ORDER BY c.due, c.id`)
      .all(p) as { id: string; due: number }[];
    const reviews = this
      .stmt(`SELECT c.id, c.due FROM cards c WHERE c.state = 2 AND c.due < @dayEnd AND ${f} ORDER BY c.due, c.id LIMIT @limit`)
      .all({ ...p, dayEnd, limit: limits.reviews }) as { id: string; due: number }[];
    const usesKnown = { any: false };
    const fresh = this.freshCards(sel, t, limits.fresh, true, usesKnown);
    const countFrom = {
      fresh: sel.newLimit !== undefined ? sel.sessionStart : dayStart,
      reviews: sel.reviewLimit !== undefined ? sel.sessionStart : dayStart,
    };
    return { learning, reviews, fresh, allowance: limits, dayStart, dayEnd, countFrom, freshUsesKnown: usesKnown.any };
  }

  /** Whether the card is in one of these decks. */
  inDecks(id: string, decks: string[]): boolean {
    return this.stmt('SELECT EXISTS (SELECT 1 FROM card_decks WHERE card_id = ? AND deck IN (SELECT value FROM json_each(?)))').pluck().get(id, JSON.stringify(decks)) === 1;
  }

  /** The new cards of the selection again (their order follows the known words). */
  freshAgain(sel: Selection, now: Date, limit: number): string[] {
    return this.freshCards(sel, now.getTime(), limit, true);
  }

  counts(sel: Selection, now: Date): QueueCounts {
    const c = this.candidates(sel, now, false);
    return { new: c.fresh.length, learning: c.learning.length, review: c.reviews.length };
  }

  /** The earliest due time of a learning card in the selection after the learn-ahead window, if any. */
  nextLearningDue(sel: Selection, now: Date): Date | undefined {
    const t = now.getTime();
    const due = this
      .stmt(`SELECT min(c.due) FROM cards c WHERE c.state IN (1, 3) AND ${this.filter(sel)}`)
      .pluck()
      .get(this.params(sel, t)) as number | null;
    return due === null ? undefined : new Date(due);
  }

  /**
   * Every deck's queue (each as if chosen alone), in a few grouped queries rather than
   * a handful per deck: `guanhua due` on hundreds of decks must start fast.
   */
  countsByDeck(now: Date): Map<string, QueueCounts> {
    const t = now.getTime();
    const c = this.config;
    const out = new Map<string, QueueCounts>();
    for (const name of this.stmt('SELECT name FROM decks ORDER BY added_at, rowid').pluck().all() as string[]) {
      out.set(name, { new: 0, learning: 0, review: 0 });
    }
    const perDeck = (sql: string, params: Record<string, unknown>) =>
      this.stmt(sql).all(params) as { deck: string; n: number; s?: number }[];
    const join = 'FROM cards c JOIN card_decks cd ON cd.card_id = c.id';
    const done = new Map<string, { fresh: number; reviews: number }>();
    // CROSS JOIN keeps SQLite from starting at card_decks: today's log rows are few.
    for (const r of perDeck(
      `SELECT cd.deck, l.state_before AS s, count(*) AS n FROM review_log l CROSS JOIN card_decks cd ON cd.card_id = l.card_id
       WHERE l.reviewed_at >= @since AND l.state_before IN (0, 2) GROUP BY cd.deck, l.state_before`,
      { since: startOfToday(now, c).getTime() },
    )) {
      const d = done.get(r.deck) ?? { fresh: 0, reviews: 0 };
      if (r.s === 0) d.fresh = r.n;
      else d.reviews = r.n;
      done.set(r.deck, d);
    }
    const horizon = t + c.learnAheadMinutes * 60_000;
    for (const r of perDeck(`SELECT cd.deck, count(*) AS n ${join} WHERE c.state IN (1, 3) AND c.due <= @horizon AND ${ACTIVE} GROUP BY cd.deck`, { now: t, horizon })) {
      out.get(r.deck)!.learning = r.n;
    }
    const dayEnd = startOfTomorrow(now, c).getTime();
    for (const r of perDeck(`SELECT cd.deck, count(*) AS n ${join} WHERE c.state = 2 AND c.due < @dayEnd AND ${ACTIVE} GROUP BY cd.deck`, { now: t, dayEnd })) {
      out.get(r.deck)!.review = Math.min(r.n, allowance(c.reviewsPerDay, done.get(r.deck)?.reviews ?? 0, undefined, 0));
    }
    // cards_queue covers every column used here; SQLite would pick cards_kind and read the table.
    for (const r of perDeck(`SELECT cd.deck, count(*) AS n FROM cards c INDEXED BY cards_queue JOIN card_decks cd ON cd.card_id = c.id WHERE c.state = 0 AND ${ACTIVE} GROUP BY cd.deck`, { now: t })) {
      out.get(r.deck)!.new = Math.min(r.n, allowance(c.newPerDay, done.get(r.deck)?.fresh ?? 0, undefined, 0));
    }
    return out;
  }

  /** `guanhua due`: each deck as if chosen alone, and the queue over every deck. */
  summary(now: Date): DueSummary {
    const decks = [...this.countsByDeck(now)].map(([name, counts]) => ({ name, ...counts }));
    return { decks, total: this.totalCounts(now) };
  }

  /**
   * counts() over every deck, by counting rather than listing the cards (`guanhua due` starts
   * in about 1.2× `--version`: a list of every learning card and review is a millisecond of it).
   * New cards: those of some deck, or moved up by an article (card_boosts), as freshCards takes them.
   */
  private totalCounts(now: Date): QueueCounts {
    const t = now.getTime();
    const limits = this.allowances({ decks: null, sessionStart: t }, now);
    const count = (sql: string, params: Record<string, unknown>) => this.stmt(sql).pluck().get(params) as number;
    return {
      new: count(
        `SELECT count(*) FROM (SELECT 1 FROM cards c WHERE c.state = 0 AND ${ACTIVE}
         AND (EXISTS (SELECT 1 FROM card_decks x WHERE x.card_id = c.id) OR EXISTS (SELECT 1 FROM card_boosts b WHERE b.card_id = c.id)) LIMIT @limit)`,
        { now: t, limit: Math.max(0, limits.fresh) },
      ),
      learning: count(`SELECT count(*) FROM cards c WHERE c.state IN (1, 3) AND c.due <= @horizon AND ${ACTIVE}`, {
        now: t,
        horizon: t + this.config.learnAheadMinutes * 60_000,
      }),
      review: count(`SELECT count(*) FROM (SELECT 1 FROM cards c WHERE c.state = 2 AND c.due < @dayEnd AND ${ACTIVE} LIMIT @limit)`, {
        now: t,
        dayEnd: startOfTomorrow(now, this.config).getTime(),
        limit: Math.max(0, limits.reviews),
      }),
    };
  }
}
