import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { runExport, type ExportFlags } from '../../src/commands/export.js';
import { parseDeck } from '../../src/deck/parse-deck.js';
import type { Deck } from '../../src/model/deck.js';
import { openCollection } from '../../src/store/collection.js';
import type { Grade } from '../../src/srs/types.js';
import { root } from '../helpers/cli.js';

/**
 * A learner's guanhua collection with a history, for exports that real Anki imports:
 * the bundled deck added on `added`, and cards answered into every FSRS state.
 */

export const bundledDeckFile = path.join(root, 'decks/000_50515ac5e261a18b.json');

export function bundledDeck(): Deck {
  return parseDeck(fs.readFileSync(bundledDeckFile, 'utf8'), bundledDeckFile);
}

const at = (iso: string) => new Date(iso);

/** What each card of the history went through (card = the deck's card at that rank). */
export const HISTORY: { rank: number; what: string; answers: [string, Grade][]; then?: 'suspend' | 'bury' | 'retire' }[] = [
  { rank: 1, what: 'review', answers: [['2026-02-01T10:00:00Z', 3], ['2026-02-01T10:10:00Z', 3], ['2026-02-04T09:00:00Z', 3], ['2026-02-20T09:00:00Z', 3]] },
  { rank: 2, what: 'relearning', answers: [['2026-02-01T10:01:00Z', 4], ['2026-02-20T09:01:00Z', 1]] },
  { rank: 3, what: 'learning, a step due today', answers: [['2026-03-10T11:50:00Z', 1]] },
  { rank: 4, what: 'review, suspended', answers: [['2026-02-01T10:02:00Z', 4], ['2026-02-20T09:02:00Z', 3]], then: 'suspend' },
  { rank: 5, what: 'review, buried', answers: [['2026-02-01T10:03:00Z', 3], ['2026-02-01T10:13:00Z', 3]], then: 'bury' },
  { rank: 6, what: 'I know this', answers: [], then: 'retire' },
  { rank: 7, what: 'review, easy', answers: [['2026-02-02T10:00:00Z', 4], ['2026-02-12T10:00:00Z', 4], ['2026-03-05T10:00:00Z', 3]] },
];

export const ADDED = at('2026-01-31T10:00:00Z');
export const EXPORTED = at('2026-03-10T12:00:00Z');

/** Makes the collection in `home` and returns the deck it holds. */
export function learnerCollection(home: string): Deck {
  const deck = bundledDeck();
  const col = openCollection(home);
  try {
    col.addDeck(deck, ADDED);
    for (const h of HISTORY) {
      const id = deck.cards[h.rank - 1].id;
      for (const [when, grade] of h.answers) col.answer(id, grade, at(when), 5000);
      if (h.then === 'suspend') col.suspend(id, EXPORTED);
      if (h.then === 'bury') col.bury(id, EXPORTED);
      if (h.then === 'retire') col.retire(id, EXPORTED);
    }
  } finally {
    col.close();
  }
  return deck;
}

/** `guanhua export` run in process at `now`; returns what it printed. */
export async function exportInProcess(deckArg: string, flags: ExportFlags, home: string, now: Date): Promise<string> {
  let out = '';
  const sink = (write: (s: string) => void) => new Writable({ write(chunk, _enc, done) { write(String(chunk)); done(); } });
  await runExport(deckArg, flags, { home, now, color: false, stdout: sink((s) => { out += s; }), stderr: sink(() => {}) });
  return out;
}
