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

export function inputOf(deck: Deck): ExportInput {
  return { deck: { name: deck.name, source: deck.source }, notes: deck.cards.map((card) => ({ card })) };
}
