import type { CommandContext } from '../context.js';
import { openReader } from '../store/reader.js';
import type { Stats } from '../store/types.js';
import { renderStats } from '../ui/stats-view.js';

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
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(stats)}\n`);
    return;
  }
  const width = (ctx.stdout as NodeJS.WriteStream).columns || 80;
  ctx.stdout.write(renderStats(stats, { color: ctx.color, width }));
}
