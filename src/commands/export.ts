import fs from 'node:fs';
import type { CommandContext } from '../context.js';
import { parseDeck } from '../deck/parse-deck.js';
import type { Deck } from '../model/deck.js';
import { GuanhuaError, UsageError } from '../errors.js';
import { writeFileAtomic } from '../atomic-write.js';
import type { ExportInput, ExportNote, ExportOptions } from '../anki/types.js';

export interface ExportFlags {
  apkg?: string;
  tsv?: string;
  withProgress?: boolean;
  recall?: boolean;
}

/** `guanhua export <deck> (--apkg FILE | --tsv FILE) [--with-progress] [--recall]`. */
export async function runExport(deckArg: string, flags: ExportFlags, ctx: CommandContext): Promise<void> {
  checkFlags(flags);
  const withProgress = Boolean(flags.withProgress);
  const { input, config } = await resolveInput(deckArg, withProgress, ctx.home);
  const target = (flags.apkg ?? flags.tsv) as string;
  let data: Uint8Array | string;
  if (flags.apkg !== undefined) {
    const { buildApkg } = await import('../anki/apkg.js');
    const opts: ExportOptions = { recall: Boolean(flags.recall), withProgress, now: ctx.now, ...config };
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
  const reviews = input.notes.reduce((sum, n) => sum + (n.progress?.reviews.length ?? 0), 0);
  const withReviews = withProgress ? `, ${reviews} review${reviews === 1 ? '' : 's'}` : '';
  ctx.stdout.write(`Exported ${input.notes.length} notes of "${input.deck.name}"${withReviews} to ${target}\n`);
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

/** What the package takes from the learner's scheduler settings. */
type SchedulerOptions = Pick<ExportOptions, 'desiredRetention' | 'learningSteps' | 'relearningSteps' | 'clock'>;

interface Resolved {
  input: ExportInput;
  config: SchedulerOptions;
}

/**
 * `<deck>` is a deck file if such a file exists, else the name of a deck in the
 * collection. Progress always comes from the collection, matched by card id.
 */
async function resolveInput(deckArg: string, withProgress: boolean, home: string): Promise<Resolved> {
  const deck = readDeckFile(deckArg);
  if (deck && !withProgress) {
    return { input: { deck: { name: deck.name, source: deck.source }, notes: deck.cards.map((card) => ({ card })) }, config: {} };
  }
  const { openCollection } = await import('../store/collection.js');
  const collection = openCollection(home, { create: false });
  try {
    const config: SchedulerOptions = {
      desiredRetention: collection.config.desiredRetention,
      learningSteps: collection.config.learningSteps.length,
      relearningSteps: collection.config.relearningSteps.length,
      clock: { timeZone: collection.config.timeZone, dayStartsAt: collection.config.dayStartsAt },
    };
    if (deck) {
      // A deck file with progress: each card's progress if the collection has that card.
      const stored = deck.cards.map((card) => collection.card(card.id));
      const log = groupLog(collection.reviewLog(stored.flatMap((s) => (s ? [s.card.id] : []))));
      const notes = deck.cards.map((card, i): ExportNote => {
        const s = stored[i];
        return s ? { card, progress: progressOf(s, log) } : { card };
      });
      return { input: { deck: { name: deck.name, source: deck.source }, notes }, config };
    }
    const found = collection.deckByName(deckArg);
    if (!found) {
      throw new GuanhuaError(`no deck file or collection deck named '${deckArg}'; give a deck file, or a name from 'guanhua due'`);
    }
    const cards = collection.cardsOfDeck(found.name);
    const log = withProgress ? groupLog(collection.reviewLog(cards.map((c) => c.card.id))) : new Map();
    const notes = cards.map((s): ExportNote => (withProgress ? { card: s.card, progress: progressOf(s, log) } : { card: s.card }));
    return { input: { deck: { name: found.name, source: found.source }, notes }, config };
  } finally {
    collection.close();
  }
}

type StoredCard = import('../store/collection.js').StoredCard;
type ReviewLogEntry = import('../store/collection.js').ReviewLogEntry;

function groupLog(entries: ReviewLogEntry[]): Map<string, ReviewLogEntry[]> {
  const byCard = new Map<string, ReviewLogEntry[]>();
  for (const e of entries) {
    const list = byCard.get(e.cardId);
    if (list) list.push(e);
    else byCard.set(e.cardId, [e]);
  }
  return byCard;
}

function progressOf(s: StoredCard, log: Map<string, ReviewLogEntry[]>): ExportNote['progress'] {
  return { schedule: s.schedule, suspended: s.suspended, buriedUntil: s.buriedUntil, retired: s.retired, reviews: log.get(s.card.id) ?? [] };
}

/** The deck file at `arg`, or undefined when no such file exists (then it is a deck name). */
function readDeckFile(arg: string): Deck | undefined {
  let text: string;
  try {
    if (!fs.statSync(arg).isFile()) return undefined;
    text = fs.readFileSync(arg, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new GuanhuaError(`cannot read ${arg}: ${(err as Error).message}`);
  }
  return parseDeck(text, arg);
}
