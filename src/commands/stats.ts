import type { CommandContext } from '../context.js';
import { openReader } from '../store/reader.js';
import type { Stats } from '../store/types.js';

export interface StatsOptions {
  json?: boolean;
}

/** `guanhua stats`: reads only (a missing collection shows zeros). */
export async function runStats(opts: StatsOptions, ctx: CommandContext): Promise<void> {
  const collection = openReader(ctx.home);
  let stats: Stats;
  try {
    stats = collection.stats(ctx.now);
  } finally {
    collection.close();
  }
  ctx.stdout.write(opts.json ? `${JSON.stringify(stats)}\n` : formatStats(stats));
}

/** Plain text; the review screen's engineer may render it more richly. */
export function formatStats(s: Stats): string {
  const c = s.cards;
  const out = [
    `Cards: ${c.total} (new ${c.new}, learning ${c.learning}, review ${c.review}, suspended ${c.suspended}, known ${c.known})`,
    `Reviews: ${s.reviews.total} in all, ${s.reviews.today} today`,
    s.retention.rate === null
      ? 'True retention (30 days): no reviews of mature cards yet'
      : `True retention (30 days): ${(s.retention.rate * 100).toFixed(1)}% (${s.retention.passed} of ${s.retention.reviews} reviews passed)`,
  ];
  const days = s.forecast.filter((f) => f.due > 0);
  const max = Math.max(1, ...days.map((f) => f.due));
  out.push(days.length ? 'Due in the next 30 days (today includes overdue cards):' : 'Nothing due in the next 30 days.');
  for (const f of days) out.push(`  ${f.day}  ${String(f.due).padStart(6)}  ${'#'.repeat(Math.ceil((f.due / max) * 40))}`);
  const active = s.heatmap.length;
  const sum = s.heatmap.reduce((a, d) => a + d.reviews, 0);
  out.push(`Days with reviews (last 365): ${active}${active ? `, ${Math.round(sum / active)} reviews a day on those days` : ''}`);
  return `${out.join('\n')}\n`;
}
