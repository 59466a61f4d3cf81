import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import { backupCollection, describeBackup, describeBackups, type BackupSummary } from '../store/backups.js';
import { listBackupFiles } from '../store/backup-files.js';
import { restoreBackup } from '../store/restore.js';
import { loadConfig } from '../store/config-file.js';
import { localTime } from '../ui/card-report.js';

export interface BackupOptions {
  list?: boolean;
  json?: boolean;
}

const json = (b: BackupSummary) => ({ file: b.file, time: b.time.toISOString(), cards: b.cards, reviews: b.reviews, reason: b.reason });

/** `guanhua backup`: a backup now; `--list`: every backup, newest first. */
export async function runBackup(opts: BackupOptions, ctx: CommandContext): Promise<void> {
  if (opts.list) {
    const all = describeBackups(ctx.home);
    if (opts.json) {
      ctx.stdout.write(`${JSON.stringify({ backups: all.map(json) })}\n`);
      return;
    }
    if (all.length === 0) {
      ctx.stdout.write('No backups yet. They are made once a day and before forget, decks remove, import, restore and optimize; guanhua backup makes one now.\n');
      return;
    }
    const clock = loadConfig(ctx.home);
    const rows = all.map((b) => [localTime(b.time, clock), b.reason, b.cards === null ? 'unreadable' : `${b.cards} cards, ${b.reviews} reviews`, b.file]);
    // Columns as wide as their longest cell (before-decks-remove is 19 characters); all ASCII.
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const r of rows) ctx.stdout.write(`${r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ')}\n`);
    return;
  }
  const file = await backupCollection(ctx.home, 'manual', ctx.now);
  if (file === null) throw new GuanhuaError("there is no collection to back up yet; add a deck with 'guanhua add <deck-file>'");
  // Only the one made is opened and counted, not every backup kept.
  const made = describeBackup(listBackupFiles(ctx.home).find((b) => b.file === file)!);
  if (opts.json) ctx.stdout.write(`${JSON.stringify({ backup: json(made) })}\n`);
  else ctx.stdout.write(`Backed up ${made.cards} cards and ${made.reviews} reviews to ${file}\n`);
}

/** `guanhua restore <file>`: the collection as the backup holds it (the one before is backed up first). */
export async function runRestore(file: string, opts: { json?: boolean }, ctx: CommandContext): Promise<void> {
  const r = await restoreBackup(ctx.home, file, ctx.now);
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const before = r.savedAs !== null
    ? ` The collection as it was is backed up as ${r.savedAs}.`
    : r.movedAside !== null ? ` The damaged collection was moved to ${r.movedAside}.` : '';
  ctx.stdout.write(`Restored ${r.file}: ${r.cards} cards, ${r.reviews} reviews.${before}\n`);
}
