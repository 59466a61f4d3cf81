import fs from 'node:fs';
import type { CommandContext } from '../context.js';
import { parseDeck } from '../deck/parse-deck.js';
import type { Deck } from '../model/deck.js';
import { GuanhuaError } from '../errors.js';
import { collectionPath, openCollection } from '../store/collection.js';
import { backupIfDue } from '../store/backups.js';
import type { AddResult } from '../store/types.js';

export interface AddOptions {
  json?: boolean;
}

/**
 * `guanhua add <deck-file>…`: every file is read and validated first, so one bad
 * file adds nothing; then each deck is added in its own transaction.
 */
export async function runAdd(files: string[], opts: AddOptions, ctx: CommandContext): Promise<void> {
  const decks = files.map(readDeckFile);
  const existed = fs.existsSync(collectionPath(ctx.home));
  const collection = openCollection(ctx.home);
  const results: AddResult[] = [];
  try {
    // Taken with the collection open: the backup's check of its copy is also the damage check of
    // this connection (a backup and a check of the whole file would cost twice).
    if (existed) await backupIfDue(ctx.home, ctx.now);
    for (const deck of decks) results.push(collection.addDeck(deck, ctx.now));
  } finally {
    collection.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ decks: results })}\n`);
    return;
  }
  for (const r of results) {
    const shared = r.shared ? `, ${r.shared} already in other decks (progress kept)` : '';
    ctx.stdout.write(`${r.deck}: ${r.added} new${shared}, ${r.updated} updated, ${r.unchanged} unchanged\n`);
  }
}

export function readDeckFile(file: string): Deck {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GuanhuaError(`${file}: no such file; make a deck with 'guanhua generate <article>'`);
    if (code === 'EISDIR') throw new GuanhuaError(`${file} is a directory; name the deck files inside it`);
    throw new GuanhuaError(`cannot read ${file}: ${(err as Error).message}`);
  }
  return parseDeck(text, file);
}
