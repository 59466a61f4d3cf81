import fs from 'node:fs';
import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import { foreignCards } from '../anki/foreign-cards.js';
import { readAnkiPackage } from '../anki/read-package.js';
import { openCollection } from '../store/collection.js';
import { backupBefore } from '../store/backups.js';
import { trace } from '../trace.js';

export interface ImportOptions {
  json?: boolean;
}

/** The `--json` summary. `scheduling` false: the package carries no reviews. */
export interface ImportSummary {
  file: string;
  notes: number;
  matched: number;
  reviewsAdded: number;
  /** Resets (Forget) and due dates set by hand in Anki, added. */
  rescheduled: number;
  /** Answers of Recall cards in Anki, added to the word's history (not replayed into its card). */
  recallReviewsAdded: number;
  cardsUpdated: number;
  unknownNotes: number;
  scheduling: boolean;
}

/**
 * `guanhua import <file.apkg|file.colpkg>`: reviews made in Anki come back. The package is read
 * and checked in full before the collection is opened; the merge is one transaction.
 */
export async function runImport(file: string, opts: ImportOptions, ctx: CommandContext): Promise<void> {
  trace('import started');
  const pkg = readAnkiPackage(readPackageFile(file), file);
  trace('read the package');
  const collection = openCollection(ctx.home, { create: false });
  let summary: ImportSummary;
  try {
    // Taken with the collection open: the backup's check of its copy is also the damage check of this connection.
    await backupBefore(ctx.home, 'import', ctx.now);
    const counts = collection.importForeign(foreignCards(pkg, collection.config), ctx.now);
    trace('merged and committed');
    if (counts.matched === 0) {
      throw new GuanhuaError(
        `${file} has no guanhua notes: none of its ${pkg.notes.length} note${pkg.notes.length === 1 ? '' : 's'} is a card of this collection (notes are matched by GUID); import a package made from a guanhua export`,
      );
    }
    summary = {
      file,
      notes: pkg.notes.length,
      matched: counts.matched,
      reviewsAdded: counts.reviewsAdded,
      rescheduled: counts.rescheduled,
      recallReviewsAdded: counts.recallReviewsAdded,
      cardsUpdated: counts.cardsUpdated,
      unknownNotes: pkg.notes.length - counts.matched,
      scheduling: pkg.scheduling,
    };
  } finally {
    collection.close();
  }
  trace('closed the collection');
  ctx.stdout.write(opts.json ? `${JSON.stringify(summary)}\n` : humanSummary(summary));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function humanSummary(s: ImportSummary): string {
  const unknown = s.unknownNotes > 0 ? ` (${plural(s.unknownNotes, 'other note')} left alone)` : '';
  const matched = `${plural(s.notes, 'note')}, ${s.matched} matched to guanhua cards${unknown}`;
  if (!s.scheduling) {
    return `${s.file} carries no reviews: it was exported from Anki without scheduling information (tick "Include scheduling information"); ${matched}; nothing changed\n`;
  }
  const rescheduled = s.rescheduled > 0 ? `, ${plural(s.rescheduled, 'schedule change')} made by hand (forget, set due date)` : '';
  const recall = s.recallReviewsAdded > 0 ? `, ${plural(s.recallReviewsAdded, 'Recall review')} kept as the words' history` : '';
  return `Imported ${s.file}: ${matched}; ${plural(s.reviewsAdded, 'review')} added${rescheduled}${recall}, ${plural(s.cardsUpdated, 'card')} updated\n`;
}

function readPackageFile(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GuanhuaError(`${file}: no such file; export a package from Anki with scheduling included`);
    if (code === 'EISDIR') throw new GuanhuaError(`${file} is a directory, not an Anki package`);
    throw new GuanhuaError(`cannot read ${file}: ${(err as Error).message}`);
  }
}
