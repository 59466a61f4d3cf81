import type { Stats } from '../store/types.js';

/**
 * `guanhua stats` for people: the --json figures as text. Pure: (stats, options) → string.
 * Input: the store's Stats (src/store/types.ts): cards, reviews, retention,
 * forecast (30 learner days from today, day 0 includes overdue) and heatmap
 * (reviews per learner day, YYYY-MM-DD, days with reviews only).
 */

export interface StatsViewOptions {
  /** ANSI colour on (a terminal, NO_COLOR unset). */
  color: boolean;
  /** Terminal columns; at least 40 is assumed. */
  width: number;
}

const EIGHTHS = ' ▁▂▃▄▅▆▇█';
/** Heatmap intensity: no reviews, then four levels relative to the busiest day. */
const SHADES = ['·', '░', '▒', '▓', '█'];
const SHADE_SGR = ['2', '2;32', '32', '92', '1;92'];
const DAY_MS = 86_400_000;

const paint = (on: boolean, sgr: string, text: string) => (on ? `\x1b[${sgr}m${text}\x1b[0m` : text);

/** Day strings as UTC midnights, so day arithmetic is free of time zones. */
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function summary(s: Stats, o: StatsViewOptions): string[] {
  const c = s.cards;
  const rate = s.retention.rate;
  return [
    paint(o.color, '1', 'Cards'),
    `  ${c.total} in all: ${c.new} new, ${c.learning} learning, ${c.review} review, ${c.suspended} suspended, ${c.known} known`,
    `  reviews: ${s.reviews.total} in all, ${s.reviews.today} today`,
    rate === null
      ? '  true retention (30 days): no reviews of mature cards yet'
      : `  true retention (30 days): ${paint(o.color, '1', `${(rate * 100).toFixed(1)}%`)} (${s.retention.passed} of ${s.retention.reviews} reviews passed)`,
  ];
}

/** A vertical bar chart of the 30-day forecast, 8 rows high, eighth-block precision. */
export function forecastChart(s: Stats, o: StatsViewOptions): string[] {
  const days = s.forecast.slice(0, 30);
  const max = Math.max(0, ...days.map((d) => d.due));
  const title = paint(o.color, '1', 'Due in the next 30 days');
  if (max === 0) return [title, '  nothing due'];
  const rows = 8;
  const axis = String(max).length;
  const col = Math.max(1, Math.min(3, Math.floor((Math.max(40, o.width) - axis - 3) / days.length)));
  const bar = (ch: string) => paint(o.color, '36', ch.repeat(col - (col > 1 ? 1 : 0)) + (col > 1 ? ' ' : ''));
  const out = [title];
  for (let r = rows - 1; r >= 0; r--) {
    const label = r === rows - 1 ? String(max) : r === 0 ? '0' : '';
    const cells = days.map((d) => {
      const eighths = Math.round((d.due / max) * rows * 8) - r * 8;
      // Any due card shows at least a sliver on the bottom row.
      const level = Math.max(r === 0 && d.due > 0 ? 1 : 0, Math.min(8, eighths));
      return bar(EIGHTHS[level]!);
    });
    out.push(`${label.padStart(axis)} │${cells.join('')}`.trimEnd());
  }
  const ticks = days.map((_, i) => (i % 7 === 0 ? String(i === 0 ? 'today' : `+${i}`) : ''));
  let axisLine = '';
  ticks.forEach((t, i) => {
    if (t !== '' && axisLine.length <= i * col) axisLine = axisLine.padEnd(i * col) + t;
  });
  out.push(`${' '.repeat(axis)} └${'─'.repeat(days.length * col)}`);
  out.push(`${' '.repeat(axis + 2)}${axisLine}`);
  return out;
}

/** Reviews per day as a calendar: one column per week (Monday on top), as many weeks as fit (up to a year). */
export function heatmap(s: Stats, o: StatsViewOptions, today: string): string[] {
  const counts = new Map(s.heatmap.map((h) => [h.day, h.reviews]));
  const max = Math.max(0, ...counts.values());
  const weeks = Math.max(4, Math.min(53, Math.floor((Math.max(40, o.width) - 6) / 2)));
  const todayMs = dayMs(today);
  const weekday = (new Date(todayMs).getUTCDay() + 6) % 7; // Monday 0
  const start = todayMs - (weekday + (weeks - 1) * 7) * DAY_MS;
  const names = ['Mon', '', 'Wed', '', 'Fri', '', 'Sun'];
  const grid: string[] = names.map((n) => n.padEnd(4));
  let months = '    ';
  for (let w = 0; w < weeks; w++) {
    const monday = start + w * 7 * DAY_MS;
    const d = new Date(monday);
    const firstWeekOfMonth = d.getUTCDate() <= 7;
    const label = d.toLocaleString('en', { month: 'short', timeZone: 'UTC' });
    if ((firstWeekOfMonth || w === 0) && months.length <= 4 + w * 2) months = months.padEnd(4 + w * 2) + label;
    for (let i = 0; i < 7; i++) {
      const ms = monday + i * DAY_MS;
      if (ms > todayMs) {
        grid[i] += '  ';
        continue;
      }
      const n = counts.get(dayOf(ms)) ?? 0;
      const level = n === 0 ? 0 : Math.min(4, Math.ceil((n / Math.max(1, max)) * 4));
      grid[i] += `${paint(o.color, SHADE_SGR[level]!, SHADES[level]!)} `;
    }
  }
  const active = counts.size;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return [
    paint(o.color, '1', `Reviews, last ${weeks} weeks`),
    months,
    ...grid.map((g) => g.trimEnd()),
    `    less ${SHADES.map((ch, i) => paint(o.color, SHADE_SGR[i]!, ch)).join(' ')} more` +
      (active > 0 ? `   ·   ${active} days with reviews, ${Math.round(total / active)} a day on those days` : ''),
  ];
}

export function renderStats(stats: Stats, opts: StatsViewOptions): string {
  const today = stats.forecast[0]?.day ?? stats.heatmap[stats.heatmap.length - 1]?.day ?? '1970-01-01';
  return [...summary(stats, opts), '', ...forecastChart(stats, opts), '', ...heatmap(stats, opts, today)].join('\n') + '\n';
}
