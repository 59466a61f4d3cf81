import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { foreignCards } from '../../src/anki/foreign-cards.js';
import { readAnkiPackage } from '../../src/anki/read-package.js';
import { byTheLearnersHand, changed, collectionOf, guanhuaPackage, legacy2, meta, studiedInput } from './package-variants.js';

const clock = { timeZone: 'UTC', dayStartsAt: 4 };
const read = (bytes: Uint8Array) => readAnkiPackage(bytes, 'x.apkg');

describe('reading an Anki package', () => {
  it("guanhua's own export (legacy 1: collection.anki2, no meta): notes, first cards, their reviews", () => {
    const pkg = read(guanhuaPackage());
    const input = studiedInput();
    expect(pkg.version).toBe(1);
    expect(pkg.scheduling).toBe(true);
    expect(pkg.notes.map((n) => n.guid)).toEqual(input.notes.map((n) => n.card.id));
    const cards = foreignCards(pkg, clock);
    const first = input.notes[0].progress!.reviews;
    expect(cards[0].reviews.map((r) => [r.reviewedAt, r.grade, r.durationMs])).toEqual(first.map((r) => [r.reviewedAt, r.grade, r.durationMs]));
    // Intraday steps in seconds, review intervals in days: the due each answer was given.
    expect(cards[0].reviews.map((r) => r.given)).toEqual(first.map((r) => ({ due: r.dueAfter, interday: r.scheduledDays >= 1 })));
    expect(cards[1]).toMatchObject({ suspended: true, buriedUntil: null, modifiedAt: new Date('2026-04-01T12:00:00Z') });
    expect(cards[2].reviews).toEqual([]);
    // The Recall cards' reviews are not the word's: only the first card (Recognition) is read.
    expect(pkg.notes.every((n) => n.card === null || n.card.revlog.length <= 3)).toBe(true);
  });

  it("the learner's hand and the Recall card, as Anki 26.9 writes them (see test/anki-real)", () => {
    const pkg = read(zipSync({ 'collection.anki2': byTheLearnersHand() }));
    const cards = foreignCards(pkg, clock);
    const crtDay = new Date(pkg.crt * 1000).toISOString().slice(0, 10);
    expect(crtDay).toBe('2026-03-01');
    expect(cards[0].resets).toEqual([new Date('2026-04-02T10:00:00Z')]);
    expect(cards[0].reviews).toHaveLength(3); // the Recall answer is not the Recognition card's
    expect(cards[0].recall).toEqual({
      reviews: [{ reviewedAt: new Date('2026-04-02T10:02:00Z'), grade: 4, durationMs: 0, given: expect.anything() }],
      stability: 30.5, modifiedAt: expect.any(Date),
    });
    // Day 100 after 1 March: 9 June.
    expect(cards[2].dueSets).toEqual([{ at: new Date('2026-04-02T10:01:00Z'), due: new Date('2026-06-09T04:00:00Z') }]);
    expect(cards[2].resets).toEqual([]);
    expect(cards[1].recall).toMatchObject({ reviews: [], stability: 0 });
  });

  it('a package without scheduling says so, and its cards carry no state', () => {
    const pkg = read(guanhuaPackage(false));
    expect(pkg.scheduling).toBe(false);
    expect(foreignCards(pkg, clock).every((c) => c.modifiedAt === null && c.reviews.length === 0)).toBe(true);
  });

  it.each([
    ['with meta version 2', true],
    ['without meta (Anki 2.1 before 2.1.50)', false],
  ])('legacy 2 %s: collection.anki21 is read, the dummy collection.anki2 never', (_, withMeta) => {
    const pkg = read(legacy2(collectionOf(guanhuaPackage()), withMeta));
    expect(pkg.version).toBe(2);
    expect(pkg.notes[0].guid).toBe(studiedInput().notes[0].card.id);
  });

  it('a collection saved in WAL mode opens from memory', () => {
    const wal = collectionOf(guanhuaPackage()).slice();
    wal[18] = 2;
    wal[19] = 2;
    expect(read(zipSync({ 'collection.anki2': wal })).notes).toHaveLength(4);
  });

  it.each([
    ['a newer package version', zipSync({ meta: meta(4), 'collection.anki21c': new Uint8Array(8) }), /is in a newer Anki format \(package version 4\) that this guanhua cannot read; export it again with "Support older Anki versions" ticked/],
    ['a newer collection schema', zipSync({ 'collection.anki2': changed(collectionOf(guanhuaPackage()), 'UPDATE col SET ver = 19') }), /newer Anki format \(collection schema 19\)/],
    ['not a zip', new TextEncoder().encode('局长\t部署\n'), /^x\.apkg is not an Anki package \(\.apkg or \.colpkg\): it is not a zip file$/],
    ['a cut-off zip', guanhuaPackage().slice(0, 3000), /^x\.apkg is damaged \(.+\): export it from Anki again$/],
    ['no collection inside', zipSync({ media: new Uint8Array(2) }), /holds no collection\.anki2/],
    ['a collection that is not SQLite', zipSync({ 'collection.anki2': new Uint8Array(4096).fill(7) }), /is damaged: its collection is not a SQLite database/],
    ['a zstd entry that does not decompress', zipSync({ meta: meta(3), 'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 1, 2]) }), /is damaged \(its collection does not decompress/],
    ['a collection without a revlog table', zipSync({ 'collection.anki2': changed(collectionOf(guanhuaPackage()), 'DROP TABLE revlog') }), /is damaged: its collection has no revlog table/],
  ])('%s: one clear line', (_, bytes, message) => {
    expect(() => read(bytes)).toThrow(message);
  });

  it('a byte changed in transit is found out by the zip entry\'s CRC-32, though the collection still opens', () => {
    const pkg = zipSync({ 'collection.anki2': collectionOf(guanhuaPackage()) }, { level: 0 });
    // One character of a note's GUID, inside the stored collection: SQLite's check cannot see it.
    const guid = new TextEncoder().encode(studiedInput().notes[0].card.id);
    const at = Buffer.from(pkg).indexOf(Buffer.from(guid));
    expect(at).toBeGreaterThan(0);
    const damaged = pkg.slice();
    damaged[at + guid.length - 1] ^= 0x01;
    expect(() => read(damaged)).toThrow(/^x\.apkg is damaged \(collection\.anki2 fails its CRC-32 check\): export it from Anki again$/);
    expect(read(pkg).notes[0].guid).toBe(studiedInput().notes[0].card.id);
  });

  it('a collection with damaged pages is found out', () => {
    const db = collectionOf(guanhuaPackage()).slice();
    const pageSize = (db[16] << 8) | db[17];
    // Every page after the first two: the tables' b-trees, overwritten.
    db.fill(0x5a, 2 * pageSize + 8, db.length - 16);
    expect(() => read(zipSync({ 'collection.anki2': db }))).toThrow(/^x\.apkg is damaged \(.+\): export it from Anki again$/);
  });
});
