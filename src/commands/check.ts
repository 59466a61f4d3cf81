import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import { listBackupFiles } from '../store/backup-files.js';
import { problemCount, type CheckReport } from '../store/check.js';
import { openManager } from '../store/manager.js';

/**
 * `guanhua check`: the collection's file and each card against its review log. Reads only.
 * Problems are listed on stdout (or in the JSON) and the command exits 1 with a line that names
 * the newest backup.
 */
export async function runCheck(opts: { json?: boolean }, ctx: CommandContext): Promise<void> {
  const m = openManager(ctx.home, { create: false });
  let report: CheckReport;
  try {
    if (m.file === null) throw new GuanhuaError("there is no collection to check yet; add a deck with 'guanhua add <deck-file>'");
    report = m.check();
  } finally {
    m.close();
  }
  const n = problemCount(report);
  const ok = n === 0;
  if (opts.json) ctx.stdout.write(`${JSON.stringify({ ok, ...report })}\n`);
  else ctx.stdout.write(text(report));
  if (!ok) {
    const newest = listBackupFiles(ctx.home)[0];
    const restore = newest ? `'guanhua restore ${newest.file}' brings back the newest backup (${newest.time.toISOString()})` : 'there is no backup to restore';
    throw new GuanhuaError(`the collection has ${n} problem${n === 1 ? '' : 's'} (listed above); ${restore}`);
  }
}

function text(r: CheckReport): string {
  const lines: string[] = [];
  lines.push(r.integrity.length === 0 ? 'file: ok (SQLite integrity check)' : `file: damaged (SQLite integrity check):`);
  for (const p of r.integrity) lines.push(`  ${p}`);
  if (r.integrity.length > 0) return `${lines.join('\n')}\n`;
  lines.push(r.foreignKeys.length + r.references.length === 0 ? 'references: ok' : 'references:');
  for (const p of [...r.foreignKeys, ...r.references]) lines.push(`  ${p}`);
  lines.push(r.cards.length === 0 ? `cards: all ${r.checked} agree with their review log` : `cards: ${r.cards.length} of ${r.checked} disagree with their review log:`);
  for (const c of r.cards) lines.push(`  ${c.word} (${c.id}): ${c.problem}`);
  return `${lines.join('\n')}\n`;
}
