import fs from 'node:fs';
import type { ExportInput, ExportNote, ExportOptions } from '../anki/types.js';
import { noteContentKey } from '../deck/note-content.js';
import { parseDeck } from '../deck/parse-deck.js';
import { GuanhuaError } from '../errors.js';
import type { Deck } from '../model/deck.js';
import type { Collection, ReviewLogEntry, StoredCard } from '../store/collection.js';

/** What the package takes from the learner's scheduler settings. */
export type SchedulerOptions = Pick<ExportOptions, 'desiredRetention' | 'learningSteps' | 'relearningSteps' | 'clock'>;

export interface ResolvedExport {
  input: ExportInput;
  config: SchedulerOptions;
}

/**
 * `<deck>` of `guanhua export`: a deck file if such a file exists, else the name of a deck in the
 * collection. Progress always comes from the collection, matched by card id. Each note is dated
 * by when its content last changed (notes.mod in Anki): the collection's date for a card it
 * holds with the same note content; a deck file's other cards, which have no history, by the
 * file's modification time. Each card the collection holds is dated by its last change of state
 * (cards.mod in Anki), which `guanhua import` weighs against Anki's.
 */
export async function resolveExport(deckArg: string, withProgress: boolean, home: string): Promise<ResolvedExport> {
  const file = readDeckFile(deckArg);
  const { openCollection } = await import('../store/collection.js');
  const collection = openCollection(home, { create: false });
  try {
    const config: SchedulerOptions = {
      desiredRetention: collection.config.desiredRetention,
      learningSteps: collection.config.learningSteps.length,
      relearningSteps: collection.config.relearningSteps.length,
      clock: { timeZone: collection.config.timeZone, dayStartsAt: collection.config.dayStartsAt },
    };
    if (file) {
      const { deck, modifiedAt } = file;
      const stored = storedCards(collection, deck);
      const log = withProgress ? groupLog(collection.reviewLog([...stored.keys()])) : new Map<string, ReviewLogEntry[]>();
      const notes = deck.cards.map((card): ExportNote => {
        const s = stored.get(card.id);
        if (!s) return { card, contentChangedAt: modifiedAt };
        const contentChangedAt = noteContentKey(s.card) === noteContentKey(card) ? s.contentChangedAt : modifiedAt;
        const note = { card, contentChangedAt, stateChangedAt: s.stateChangedAt };
        return withProgress ? { ...note, progress: progressOf(s, log) } : note;
      });
      return { input: { deck: { name: deck.name, source: deck.source }, notes }, config };
    }
    const found = collection.deckByName(deckArg);
    if (!found) {
      throw new GuanhuaError(`no deck file or collection deck named '${deckArg}'; give a deck file, or a name from 'guanhua due'`);
    }
    const cards = collection.cardsOfDeck(found.name);
    const log = withProgress ? groupLog(collection.reviewLog(cards.map((c) => c.card.id))) : new Map<string, ReviewLogEntry[]>();
    const notes = cards.map((s): ExportNote => {
      const note = { card: s.card, contentChangedAt: s.contentChangedAt, stateChangedAt: s.stateChangedAt };
      return withProgress ? { ...note, progress: progressOf(s, log) } : note;
    });
    return { input: { deck: { name: found.name, source: found.source }, notes }, config };
  } finally {
    collection.close();
  }
}

/** The collection's cards of a deck file: its deck of that name in one read, then any shared ones. */
function storedCards(collection: Collection, deck: Deck): Map<string, StoredCard> {
  const byId = new Map<string, StoredCard>();
  if (collection.deckByName(deck.name)) for (const s of collection.cardsOfDeck(deck.name)) byId.set(s.card.id, s);
  for (const card of deck.cards) {
    if (byId.has(card.id)) continue;
    const s = collection.card(card.id);
    if (s) byId.set(card.id, s);
  }
  return byId;
}

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

/** The deck file at `arg` and its modification time, or undefined when no such file exists (then it is a deck name). */
function readDeckFile(arg: string): { deck: Deck; modifiedAt: Date } | undefined {
  let text: string;
  let modifiedAt: Date;
  try {
    const stat = fs.statSync(arg);
    if (!stat.isFile()) return undefined;
    modifiedAt = stat.mtime;
    text = fs.readFileSync(arg, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new GuanhuaError(`cannot read ${arg}: ${(err as Error).message}`);
  }
  return { deck: parseDeck(text, arg), modifiedAt };
}
