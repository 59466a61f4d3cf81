import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDeck } from '../../src/deck/parse-deck.js';
import type { Deck } from '../../src/model/deck.js';
import { openCollection } from '../../src/store/collection.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixture = (name: string) => path.join(root, 'test/fixtures/store', `${name}.json`);

export function loadDeck(name: string): Deck {
  const file = fixture(name);
  return parseDeck(fs.readFileSync(file, 'utf8'), file);
}

/** The UI tests' deck (8 cards from a government work report) and its file. */
export const uiDeckFile = path.join(root, 'test/fixtures/ui/deck.json');
export const loadUiDeck = (): Deck => parseDeck(fs.readFileSync(uiDeckFile, 'utf8'), uiDeckFile);

/** A fresh home with a config.json (fuzz off, fixed zone) so schedules are deterministic. */
export function tempHome(config: Record<string, unknown> = {}): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-store-'));
  fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify({ enableFuzz: false, timeZone: 'UTC', ...config }));
  return home;
}

export function collectionWith(decks: string[], now: Date, config: Record<string, unknown> = {}) {
  const home = tempHome(config);
  const c = openCollection(home);
  for (const d of decks) c.addDeck(loadDeck(d), now);
  return { home, c };
}

/** A synthetic deck in the real format, `n` cards with made-up ids. */
export function syntheticDeck(name: string, n: number, idPrefix = name): Deck {
  return {
    format: 'guanhua-deck', version: 1, name,
    source: { title: name, file: `${name}.txt`, sha256: '', characters: 0, tokens: 0 },
    cards: Array.from({ length: n }, (_, i) => ({
      id: `${idPrefix}-${i + 1}`, word: `词${i + 1}`, traditional: `詞${i + 1}`, pinyin: 'cí', pinyinNumbered: 'ci2',
      definitions: ['word'], pos: 'n', hsk: { v2: null, v3: null }, frequency: { article: 1, corpus: 3 },
      keyness: 0, rank: i + 1, examples: [`这是第${i + 1}个词`], examplesPinyin: [], tags: [],
    })),
  };
}
