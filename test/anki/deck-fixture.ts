import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDeck } from '../../src/deck/parse-deck.js';
import type { Deck } from '../../src/model/deck.js';
import type { ExportInput } from '../../src/anki/types.js';

export const smallDeckFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/anki/small-deck.json');

export function smallDeck(): Deck {
  return parseDeck(fs.readFileSync(smallDeckFile, 'utf8'), smallDeckFile);
}

/** When the fixtures' content last changed: before FORMAT_CHANGED_AT, so notes carry that date. */
export const CONTENT_DATE = new Date('2026-01-15T08:00:00Z');

export function inputOf(deck: Deck, contentChangedAt: Date = CONTENT_DATE): ExportInput {
  return { deck: { name: deck.name, source: deck.source }, notes: deck.cards.map((card) => ({ card, contentChangedAt })) };
}
