import { matcher, parseQuery, type SearchKey } from '../learn/card-search.js';
import { stateName } from '../srs/scheduler-states.js';
import type { Grade } from '../srs/types.js';
import type { Db } from './database.js';
import { COPIES_OF_CARD, mergeContent, scheduleOf, type CardRow, type ContentRow } from './rows.js';
import { CARD_STATUSES, type CardDetail, type CardStatus, type CardSummary, type SearchOptions, type SearchResult } from './manage-types.js';

/**
 * Reading cards for `guanhua cards`, `guanhua card` and the browse screen: search (the query's
 * meaning in src/learn/card-search.ts; SQL only narrows the candidates with LIKE over
 * card_search), one card with its whole history, and naming a card by word or id.
 */

/** What a card is to the learner now: known, else suspended, else buried, else its FSRS state. */
const STATUS_SQL = `CASE WHEN c.retired = 1 THEN 'known' WHEN c.suspended = 1 THEN 'suspended'
  WHEN c.buried_until > @now THEN 'buried'
  ELSE CASE c.state WHEN 0 THEN 'new' WHEN 1 THEN 'learning' WHEN 2 THEN 'review' ELSE 'relearning' END END`;

/** The card's decks, oldest deck first, as a JSON array. */
const DECKS_SQL = `(SELECT json_group_array(deck) FROM (SELECT cd.deck FROM card_decks cd JOIN decks d ON d.name = cd.deck
  WHERE cd.card_id = c.id ORDER BY d.added_at, d.rowid))`;

const REVIEWS_SQL = '(SELECT count(*) FROM review_log l WHERE l.card_id = c.id)';

interface SummaryRow {
  id: string;
  word: string;
  pinyin: string;
  status: CardStatus;
  due: number;
  stability: number;
  difficulty: number;
  lapses: number;
  decks: string;
  reviews: number;
}

/** A LIKE pattern for `text` anywhere (backslash escapes % and _). */
const anywhere = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function searchCards(db: Db, opts: SearchOptions): SearchResult {
  const q = parseQuery(opts.query ?? '');
  const where: string[] = [];
  const params: Record<string, unknown> = { now: opts.now.getTime() };
  if (q !== null) {
    const any: string[] = [];
    if (q.han !== null) {
      any.push("s.word LIKE @han ESCAPE '\\'", "s.traditional LIKE @han ESCAPE '\\'");
      params.han = anywhere(q.han);
    }
    if (q.reading !== null) {
      any.push("s.letters LIKE @letters ESCAPE '\\'");
      params.letters = anywhere(q.reading.letters);
    }
    if (q.meaning !== null) {
      any.push("s.meanings LIKE @meaning ESCAPE '\\'");
      params.meaning = anywhere(q.meaning);
    }
    where.push(`(${any.join(' OR ')})`);
  }
  if (opts.deck !== undefined) {
    where.push('EXISTS (SELECT 1 FROM card_decks x WHERE x.card_id = c.id AND x.deck = @deck)');
    params.deck = opts.deck;
  }
  if (opts.state !== undefined) {
    if (!CARD_STATUSES.includes(opts.state)) throw new Error(`unknown card state ${opts.state}`);
    where.push(`(${STATUS_SQL}) = @state`);
    params.state = opts.state;
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const order = `ORDER BY ${opts.deck !== undefined ? '(SELECT rank FROM card_decks x WHERE x.card_id = c.id AND x.deck = @deck), ' : ''}c.rowid`;
  let ids: string[];
  let total: number;
  if (q === null) {
    // No query: in the deck's order with --deck, else in the order the cards came; only the page asked for is read.
    const limit = opts.limit === undefined ? '' : 'LIMIT @limit';
    ids = db.prepare(`SELECT c.id FROM cards c ${filter} ${order} ${limit}`).pluck().all({ ...params, limit: opts.limit }) as string[];
    total = opts.limit === undefined ? ids.length : (db.prepare(`SELECT count(*) FROM cards c ${filter}`).pluck().get(params) as number);
  } else {
    // CROSS JOIN: through the small search keys first, then each candidate's card (not every card, then its key).
    const keys = db.prepare(
      `SELECT s.card_id AS id, s.word, s.traditional, s.reading, s.letters, s.meanings FROM card_search s CROSS JOIN cards c ON c.id = s.card_id
       ${filter} ${order}`,
    ).all(params) as (SearchKey & { id: string })[];
    const match = matcher(q);
    const ranked: { key: SearchKey & { id: string }; rank: number; length: number }[] = [];
    for (const key of keys) {
      const rank = match(key);
      if (rank !== null) ranked.push({ key, rank, length: key.word.length });
    }
    // Best match first; among equals, shorter words (the query is more of them), then the reading.
    ranked.sort((a, b) => a.rank - b.rank || a.length - b.length || (a.key.reading < b.key.reading ? -1 : a.key.reading > b.key.reading ? 1 : 0));
    total = ranked.length;
    ids = (opts.limit === undefined ? ranked : ranked.slice(0, opts.limit)).map((r) => r.key.id);
  }
  return { total, cards: summaries(db, ids, opts.now) };
}

/** The cards' summaries, in the order of `ids`. */
function summaries(db: Db, ids: readonly string[], now: Date): CardSummary[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(
    `SELECT c.id, s.word, s.pinyin, ${STATUS_SQL} AS status, c.due, c.stability, c.difficulty, c.lapses, ${DECKS_SQL} AS decks, ${REVIEWS_SQL} AS reviews
     FROM cards c JOIN card_search s ON s.card_id = c.id WHERE c.id IN (SELECT value FROM json_each(@ids))`,
  ).all({ ids: JSON.stringify(ids), now: now.getTime() }) as SummaryRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r === undefined ? [] : [summaryOf(r)];
  });
}

function summaryOf(r: SummaryRow): CardSummary {
  return {
    id: r.id, word: r.word, pinyin: r.pinyin, decks: JSON.parse(r.decks) as string[], state: r.status, due: new Date(r.due),
    stability: r.stability, difficulty: r.difficulty, reviews: r.reviews, lapses: r.lapses,
  };
}

/** The card ids a learner's argument names: a card id, else every card of that word (simplified or traditional). */
export function resolveCards(db: Db, arg: string): string[] {
  const text = arg.trim();
  if (db.prepare('SELECT 1 FROM cards WHERE id = ?').pluck().get(text) !== undefined) return [text];
  return db.prepare(
    `SELECT id FROM cards WHERE word = @w UNION SELECT card_id FROM card_search WHERE word = @w OR traditional = @w`,
  ).pluck().all({ w: text }) as string[];
}

/** One card with everything known of it: content, schedule, decks and every review (forgets included). */
export function cardDetail(db: Db, id: string, now: Date): CardDetail | undefined {
  const row = db.prepare(`SELECT c.*, ${STATUS_SQL} AS status, ${DECKS_SQL} AS decks, ${REVIEWS_SQL} AS reviews FROM cards c WHERE c.id = @id`)
    .get({ id, now: now.getTime() }) as (CardRow & { status: CardStatus; decks: string; reviews: number }) | undefined;
  if (!row) return undefined;
  const copies = db.prepare(COPIES_OF_CARD).all(id) as ContentRow[];
  const card = copies.length > 0 ? mergeContent(copies) : null;
  const log = db.prepare(
    'SELECT reviewed_at, grade, elapsed_days, scheduled_days, state_before, state_after, duration_ms FROM review_log WHERE card_id = ? ORDER BY reviewed_at, id',
  ).all(id) as { reviewed_at: number; grade: number; elapsed_days: number; scheduled_days: number; state_before: number; state_after: number; duration_ms: number }[];
  const resets = db.prepare('SELECT reset_at FROM card_resets WHERE card_id = ? ORDER BY reset_at').pluck().all(id) as number[];
  return {
    id,
    word: card?.word ?? row.word ?? '',
    pinyin: card?.pinyin ?? '',
    decks: JSON.parse(row.decks) as string[],
    state: row.status,
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    reviews: row.reviews,
    lapses: row.lapses,
    card,
    schedule: scheduleOf(row),
    suspended: row.suspended === 1,
    buriedUntil: row.buried_until === null ? null : new Date(row.buried_until),
    retired: row.retired === 1,
    history: log.map((l) => ({
      time: new Date(l.reviewed_at), grade: l.grade as Grade, elapsed: l.elapsed_days, scheduled: l.scheduled_days,
      stateBefore: stateName(l.state_before), stateAfter: stateName(l.state_after), durationMs: l.duration_ms,
    })),
    forgotten: resets.map((t) => new Date(t)),
    recall: recallOf(db, id),
  };
}

function recallOf(db: Db, id: string): CardDetail['recall'] {
  const memory = db.prepare('SELECT stability FROM recall_cards WHERE card_id = ?').pluck().get(id) as number | undefined;
  const log = db.prepare('SELECT reviewed_at, grade, duration_ms FROM recall_reviews WHERE card_id = ? ORDER BY reviewed_at')
    .all(id) as { reviewed_at: number; grade: number; duration_ms: number }[];
  if (memory === undefined && log.length === 0) return null;
  return {
    stability: memory ?? 0,
    history: log.map((l) => ({ time: new Date(l.reviewed_at), grade: l.grade as Grade, durationMs: l.duration_ms })),
  };
}
