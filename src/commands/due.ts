import type { CommandContext } from '../context.js';
import { openReader } from '../store/reader.js';
import { displayWidth } from '../ui/columns.js';

export interface DueOptions {
  json?: boolean;
}

/** `guanhua due`: today's queue per deck; reads only (a missing collection shows nothing). */
export async function runDue(opts: DueOptions, ctx: CommandContext): Promise<void> {
  const collection = openReader(ctx.home);
  let summary;
  try {
    summary = collection.due(ctx.now);
  } finally {
    collection.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  if (summary.decks.length === 0) {
    ctx.stdout.write("No decks yet. Add one with 'guanhua add <deck-file>'.\n");
    return;
  }
  const width = Math.max(4, ...summary.decks.map((d) => displayWidth(d.name)));
  const line = (name: string, c: { new: number; learning: number; review: number }) =>
    `${name}${' '.repeat(width - displayWidth(name))}  ${pad(c.new)}  ${pad(c.learning)}  ${String(c.review).padStart(6)}\n`;
  ctx.stdout.write(`${'deck'.padEnd(width)}  ${'new'.padStart(5)}  ${'learn'.padStart(5)}  ${'review'.padStart(6)}\n`);
  for (const d of summary.decks) ctx.stdout.write(line(d.name, d));
  ctx.stdout.write(line('total', summary.total));
}

const pad = (n: number) => String(n).padStart(5);

