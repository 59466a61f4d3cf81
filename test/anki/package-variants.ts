import Database from 'better-sqlite3';
import { unzipSync, zipSync } from 'fflate';
import { buildApkg } from '../../src/anki/apkg.js';
import type { ExportInput } from '../../src/anki/types.js';
import { simulate } from './history.js';
import { inputOf, smallDeck } from './deck-fixture.js';

/**
 * Anki packages for the import tests, made without Anki: guanhua's own export (a legacy
 * package) and the same collection laid out as other Anki versions lay it out, or damaged.
 * (Packages in the current zstd format come from real Anki: test/anki-real.)
 */

export const exportedAt = new Date('2026-04-01T12:00:00Z');

/** The small deck with two cards studied: 5 reviews in all. */
export function studiedInput(): ExportInput {
  const deck = smallDeck();
  const input = inputOf(deck);
  const a = simulate(deck.cards[0].id, [['2026-03-01T09:00:00Z', 3], ['2026-03-01T09:10:00Z', 3], ['2026-03-05T09:00:00Z', 4]]);
  const b = simulate(deck.cards[1].id, [['2026-03-02T09:00:00Z', 1], ['2026-03-02T09:05:00Z', 3]]);
  input.notes[0].progress = { schedule: a.schedule, suspended: false, reviews: a.reviews };
  input.notes[1].progress = { schedule: b.schedule, suspended: true, reviews: b.reviews };
  return input;
}

export function guanhuaPackage(withProgress = true): Uint8Array {
  return buildApkg(studiedInput(), { recall: true, withProgress, now: exportedAt, clock: { timeZone: 'UTC', dayStartsAt: 4 } });
}

/** The SQLite file inside guanhua's package. */
export function collectionOf(pkg: Uint8Array): Uint8Array {
  return unzipSync(pkg)['collection.anki2'];
}

/** The protobuf PackageMetadata with field 1 (version) set. */
export const meta = (version: number) => new Uint8Array([0x08, version]);

/** Anki's legacy-2 layout: the collection as collection.anki21, a dummy collection.anki2 beside it. */
export function legacy2(collection: Uint8Array, withMeta: boolean): Uint8Array {
  const dummy = collectionOf(buildApkg(inputOf(smallDeck()), { recall: false, withProgress: false, now: exportedAt }));
  return zipSync({
    ...(withMeta ? { meta: meta(2) } : {}),
    'collection.anki21': collection,
    'collection.anki2': withGuids(dummy, 'dummy-'),
    media: new TextEncoder().encode('{}'),
  });
}

/** The collection with a SQL change applied (a newer schema number, other GUIDs, a table dropped). */
export function changed(collection: Uint8Array, sql: string): Uint8Array {
  const db = new Database(Buffer.from(collection));
  try {
    db.exec(sql);
    return new Uint8Array(db.serialize());
  } finally {
    db.close();
  }
}

export const withGuids = (collection: Uint8Array, prefix: string) => changed(collection, `UPDATE notes SET guid = '${prefix}' || guid`);

/**
 * guanhua's package after the learner's hand in Anki, rows as Anki 26.9 writes them (see
 * test/anki-real/manual-schedule.test.ts): the first note's card forgotten (kind 4, factor 0),
 * the third's, never studied, given a due date (kind 4, the deck's ease, ivl 0; a review card
 * due on day 100 from crt), and the first note's Recall card answered (its FSRS memory in data).
 */
export function byTheLearnersHand(): Uint8Array {
  const [studied, , fresh] = studiedInput().notes.map((n) => n.card.id);
  const card = (guid: string, ord: number) => `(SELECT c.id FROM cards c JOIN notes n ON n.id = c.nid WHERE n.guid = '${guid}' AND c.ord = ${ord})`;
  const revlog = (iso: string, cid: string, ease: number, ivl: number, factor: number, type: number) =>
    `INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) VALUES (${new Date(iso).getTime()}, ${cid}, -1, ${ease}, ${ivl}, 0, ${factor}, 0, ${type});`;
  return changed(collectionOf(guanhuaPackage()), [
    revlog('2026-04-02T10:00:00Z', card(studied, 0), 0, 0, 0, 4),
    `UPDATE cards SET type = 0, queue = 0, due = 9, mod = ${Date.parse('2026-04-02T10:00:00Z') / 1000} WHERE id = ${card(studied, 0)};`,
    revlog('2026-04-02T10:01:00Z', card(fresh, 0), 0, 0, 2500, 4),
    `UPDATE cards SET type = 2, queue = 2, due = 100, mod = ${Date.parse('2026-04-02T10:01:00Z') / 1000} WHERE id = ${card(fresh, 0)};`,
    revlog('2026-04-02T10:02:00Z', card(studied, 1), 4, 8, 212, 0),
    `UPDATE cards SET type = 2, queue = 2, due = 50, ivl = 8, data = '{"s":30.5,"d":2.1}' WHERE id = ${card(studied, 1)};`,
  ].join('\n'));
}
