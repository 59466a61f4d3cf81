import type { CommandContext } from '../context.js';
import { GuanhuaError, UsageError } from '../errors.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { ExportInput, ExportOptions } from '../anki/types.js';
import { resolveExport } from './export-input.js';

export interface ExportFlags {
  apkg?: string;
  tsv?: string;
  withProgress?: boolean;
  recall?: boolean;
  json?: boolean;
}

/** `guanhua export <deck> (--apkg FILE | --tsv FILE) [--with-progress] [--recall] [--json]`. */
export async function runExport(deckArg: string, flags: ExportFlags, ctx: CommandContext): Promise<void> {
  checkFlags(flags);
  const withProgress = Boolean(flags.withProgress);
  const recall = Boolean(flags.recall);
  const { input, config } = await resolveExport(deckArg, withProgress, ctx.home);
  const target = (flags.apkg ?? flags.tsv) as string;
  let data: Uint8Array | string;
  if (flags.apkg !== undefined) {
    const { buildApkg } = await import('../anki/apkg.js');
    const opts: ExportOptions = { recall, withProgress, now: ctx.now, ...config };
    data = buildApkg(input, opts);
  } else {
    const { buildTsv } = await import('../anki/tsv.js');
    data = buildTsv(input);
  }
  try {
    writeFileAtomic(target, data);
  } catch (err) {
    throw new GuanhuaError(`cannot write ${target}: ${(err as Error).message}`);
  }
  const summary = await summarize(input, target, { apkg: flags.apkg !== undefined, recall, withProgress });
  ctx.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : humanSummary(summary, input.deck.name, withProgress));
}

interface ExportSummary {
  file: string;
  deck: string;
  notes: number;
  /** Cards in the package (apkg only; a text import makes Anki generate them). */
  cards?: { recognition: number; recall: number };
  reviews?: number;
  /** Notes without a Recall card (with --recall): nothing is left to ask once the word is masked. */
  noRecall: { id: string; word: string }[];
}

async function summarize(input: ExportInput, file: string, what: { apkg: boolean; recall: boolean; withProgress: boolean }): Promise<ExportSummary> {
  const { hasRecallCard } = await import('../anki/note-fields.js');
  const noRecall = what.recall ? input.notes.filter((n) => !hasRecallCard(n.card)).map((n) => ({ id: n.card.id, word: n.card.word })) : [];
  const summary: ExportSummary = { file, deck: input.deck.name, notes: input.notes.length, noRecall };
  if (what.apkg) {
    summary.cards = { recognition: input.notes.length, recall: what.recall ? input.notes.length - noRecall.length : 0 };
    summary.reviews = what.withProgress ? input.notes.reduce((sum, n) => sum + (n.progress?.reviews.length ?? 0), 0) : 0;
  }
  return summary;
}

/** Words listed by name in the human summary; the JSON has them all. */
const LISTED = 10;

function humanSummary(s: ExportSummary, deckName: string, withProgress: boolean): string {
  const reviews = s.reviews ?? 0;
  const withReviews = withProgress ? `, ${reviews} review${reviews === 1 ? '' : 's'}` : '';
  let text = `Exported ${s.notes} notes of "${deckName}"${withReviews} to ${s.file}\n`;
  if (s.noRecall.length > 0) {
    const n = s.noRecall.length;
    const words = s.noRecall.slice(0, LISTED).map((c) => c.word).join(', ');
    const more = n > LISTED ? ` and ${n - LISTED} more` : '';
    text += `No Recall card for ${n} note${n === 1 ? '' : 's'} whose meaning asks nothing once the word is masked: ${words}${more}\n`;
  }
  return text;
}

function checkFlags(flags: ExportFlags): void {
  if ((flags.apkg === undefined) === (flags.tsv === undefined)) {
    throw new UsageError('export needs exactly one of --apkg FILE or --tsv FILE');
  }
  if (flags.tsv !== undefined && flags.withProgress) {
    throw new UsageError('--with-progress needs --apkg: a text-import file cannot carry scheduling');
  }
  if (flags.tsv !== undefined && flags.recall) {
    throw new UsageError('--recall needs --apkg: a text import uses the note type already in Anki');
  }
}
