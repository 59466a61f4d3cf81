import { dayLabel, dayStart, learnerDay, startOfToday } from '../srs/day.js';
import type { SrsConfig } from '../srs/types.js';
import type { Db } from './database.js';
import type { Stats } from './types.js';

const DAY_MS = 86_400_000;

/** `guanhua stats`: every figure from indexed queries or the per-day table, none from a full log scan. */
export function readStats(db: Db, config: SrsConfig, now: Date): Stats {
  const t = now.getTime();
  const cards = { total: 0, new: 0, learning: 0, review: 0, suspended: 0, known: 0 };
  const kinds = db.prepare('SELECT state, suspended, retired, count(*) AS n FROM cards GROUP BY state, suspended, retired').all() as
    { state: number; suspended: number; retired: number; n: number }[];
  for (const k of kinds) {
    cards.total += k.n;
    // Each card in exactly one bucket: known, else suspended, else by FSRS state.
    if (k.retired) cards.known += k.n;
    else if (k.suspended) cards.suspended += k.n;
    else if (k.state === 0) cards.new += k.n;
    else if (k.state === 2) cards.review += k.n;
    else cards.learning += k.n;
  }

  const total = (db.prepare('SELECT coalesce(sum(reviews), 0) FROM review_days').pluck().get() as number);
  // Answers of Recall cards studied in Anki count as study too (review_days has them as well).
  const todayCount = db.prepare('SELECT (SELECT count(*) FROM review_log WHERE reviewed_at >= @t) + (SELECT count(*) FROM recall_reviews WHERE reviewed_at >= @t)')
    .pluck().get({ t: startOfToday(now, config).getTime() }) as number;

  const r = db.prepare('SELECT count(*) AS n, coalesce(sum(grade > 1), 0) AS passed FROM review_log WHERE reviewed_at >= ? AND state_before = 2')
    .get(t - 30 * DAY_MS) as { n: number; passed: number };

  const today = learnerDay(now, config);
  const bounds = Array.from({ length: 31 }, (_, i) => dayStart(today + i, config).getTime());
  const forecast = bounds.slice(0, 30).map((_, i) => ({ day: dayLabel(today + i), due: 0 }));
  // Range counts over the partial index cards_scheduled_due; overdue cards count today.
  const count = db.prepare('SELECT count(*) FROM cards WHERE state > 0 AND suspended = 0 AND retired = 0 AND due >= ? AND due < ?').pluck();
  forecast.forEach((f, i) => {
    f.due = count.get(i === 0 ? Number.MIN_SAFE_INTEGER : bounds[i], bounds[i + 1]) as number;
  });

  const heatmap = (db.prepare('SELECT day, reviews FROM review_days WHERE day > ? ORDER BY day').all(today - 365) as { day: number; reviews: number }[])
    .map((d) => ({ day: dayLabel(d.day), reviews: d.reviews }));

  return {
    cards,
    reviews: { total, today: todayCount },
    retention: { days: 30, reviews: r.n, passed: r.passed, rate: r.n > 0 ? r.passed / r.n : null },
    forecast,
    heatmap,
  };
}
