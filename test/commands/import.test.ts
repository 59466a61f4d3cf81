import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from '../../src/commands/export.js';
import { runImport } from '../../src/commands/import.js';
import { collectionPath, openCollection } from '../../src/store/collection.js';
import { smallDeck } from '../anki/deck-fixture.js';
import { byTheLearnersHand, changed, collectionOf, guanhuaPackage, meta, studiedInput, withGuids } from '../anki/package-variants.js';
import { commandContext, guanhua, tempDir } from '../helpers/cli.js';

const dir = tempDir('guanhua-import-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Uint8Array | string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, bytes);
  return f;
};
const NOW = new Date('2026-04-02T12:00:00Z');

/** A collection holding the small deck, nothing studied: what the package's reviews come back to. */
function home(name: string): string {
  const h = path.join(dir, name);
  fs.mkdirSync(h);
  fs.writeFileSync(path.join(h, 'config.json'), JSON.stringify({ enableFuzz: false, timeZone: 'UTC' }));
  const c = openCollection(h);
  c.addDeck(smallDeck(), new Date('2026-02-01T08:00:00Z'));
  c.close();
  return h;
}

async function run(h: string, pkg: string, json = false): Promise<string> {
  let out = '';
  const stdout = new Writable({ write(chunk, _e, done) { out += String(chunk); done(); } });
  await runImport(pkg, { json }, { home: h, stdout, stderr: stdout, color: false, now: NOW });
  return out;
}

describe('guanhua import', () => {
  let pkg: string;
  beforeAll(() => {
    pkg = file('studied.apkg', guanhuaPackage());
  });

  it("says what came of Anki's Forget, Set Due Date and Recall answers, each once", async () => {
    const h = home('by-hand');
    const handled = file('by-hand.apkg', zipSync({ 'collection.anki2': byTheLearnersHand() }));
    expect(await run(h, handled)).toBe(
      `Imported ${handled}: 4 notes, 4 matched to guanhua cards; 5 reviews added, 2 schedule changes made by hand (forget, set due date), 1 Recall review kept as the words' history, 3 cards updated\n`,
    );
    expect(JSON.parse(await run(h, handled, true))).toMatchObject({ reviewsAdded: 0, rescheduled: 0, recallReviewsAdded: 0, cardsUpdated: 0 });
    const [studied, , fresh] = studiedInput().notes.map((n) => n.card.id);
    const c = openCollection(h);
    try {
      expect(c.card(studied)!.schedule.state).toBe('new');
      expect(c.card(fresh)!.schedule).toMatchObject({ state: 'review', due: new Date('2026-06-09T04:00:00Z') });
    } finally {
      c.close();
    }
  });

  it('adds the reviews, replays the cards, takes the suspension; a second import adds nothing', async () => {
    const h = home('a');
    expect(await run(h, pkg)).toBe(`Imported ${pkg}: 4 notes, 4 matched to guanhua cards; 5 reviews added, 2 cards updated\n`);
    expect(JSON.parse(await run(h, pkg, true))).toEqual({
      file: pkg, notes: 4, matched: 4, reviewsAdded: 0, rescheduled: 0, recallReviewsAdded: 0, cardsUpdated: 0, unknownNotes: 0, scheduling: true,
    });
    const input = studiedInput();
    const c = openCollection(h);
    try {
      // The same scheduler with the same settings: replaying the log lands where answering it did.
      expect(c.card(input.notes[0].card.id)!.schedule).toEqual(input.notes[0].progress!.schedule);
      expect(c.card(input.notes[1].card.id)!.suspended).toBe(true);
      expect(c.reviewLog()).toHaveLength(5);
    } finally {
      c.close();
    }
  });

  it('leaves notes that are not its cards alone, and counts them', async () => {
    const h = home('b');
    const other = changed(collectionOf(guanhuaPackage()), "UPDATE notes SET guid = 'AnkiOwnNote' WHERE id = (SELECT max(id) FROM notes)");
    const summary = JSON.parse(await run(h, file('mixed.apkg', zipSync({ 'collection.anki2': other })), true));
    expect(summary).toMatchObject({ notes: 4, matched: 3, unknownNotes: 1, reviewsAdded: 5 });
  });

  it('a plain export (no progress) studied in Anki: what guanhua suspended or knows stays so', async () => {
    const h = home('plain-round-trip');
    const deck = smallDeck();
    const [studied, known, suspended] = [deck.cards[0].id, deck.cards[2].id, deck.cards[3].id];
    const c = openCollection(h);
    c.retire(known, new Date('2026-03-01T10:00:00Z'));
    c.suspend(suspended, new Date('2026-03-01T10:00:00Z'));
    c.close();
    const exported = path.join(dir, 'plain-export.apkg');
    await runExport(deck.name, { apkg: exported }, commandContext(h, new Date('2026-03-02T10:00:00Z')).ctx);
    // In Anki every card arrived new and active; the learner answered one a day later, nothing else.
    const answeredAt = new Date('2026-03-03T10:00:00Z').getTime();
    const inAnki = changed(collectionOf(new Uint8Array(fs.readFileSync(exported))), `
      UPDATE cards SET type = 1, queue = 1, due = ${answeredAt / 1000 + 600}, mod = ${answeredAt / 1000}
        WHERE ord = 0 AND nid = (SELECT id FROM notes WHERE guid = '${studied}');
      INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)
        SELECT ${answeredAt}, id, -1, 3, -600, 0, 0, 5000, 0 FROM cards WHERE ord = 0 AND nid = (SELECT id FROM notes WHERE guid = '${studied}');`);
    const summary = JSON.parse(await run(h, file('plain-studied.apkg', zipSync({ 'collection.anki2': inAnki })), true));
    expect(summary).toMatchObject({ scheduling: true, reviewsAdded: 1, cardsUpdated: 1 });
    const after = openCollection(h);
    try {
      expect(after.card(known)).toMatchObject({ retired: true });
      expect(after.card(suspended)).toMatchObject({ suspended: true });
      expect(after.card(studied)!.schedule.reps).toBe(1);
    } finally {
      after.close();
    }
  });

  it('a card never touched here takes Anki\'s suspension, even one made before the card was added (a new collection)', async () => {
    const h = home('new-collection');
    const before = new Date('2026-01-15T10:00:00Z').getTime() / 1000;
    const old = changed(collectionOf(guanhuaPackage()), `UPDATE cards SET mod = ${before}`);
    const summary = JSON.parse(await run(h, file('older.apkg', zipSync({ 'collection.anki2': old })), true));
    expect(summary).toMatchObject({ reviewsAdded: 5 });
    const c = openCollection(h);
    try {
      expect(c.card(studiedInput().notes[1].card.id)!.suspended).toBe(true);
    } finally {
      c.close();
    }
  });

  it('a package without scheduling: says it carries no reviews', async () => {
    const h = home('c');
    const plain = file('plain.apkg', guanhuaPackage(false));
    expect(await run(h, plain)).toBe(
      `${plain} carries no reviews: it was exported from Anki without scheduling information (tick "Include scheduling information"); 4 notes, 4 matched to guanhua cards; nothing changed\n`,
    );
  });
});

describe('guanhua import: bad input exits 1 with one line and leaves the collection untouched', () => {
  let h: string;
  let before: Buffer;
  const bad: [string, () => string, RegExp][] = [
    ['not a zip', () => file('notes.apkg', '局长\tjú zhǎng\n'), /is not an Anki package \(\.apkg or \.colpkg\): it is not a zip file/],
    ['a damaged package', () => file('cut.apkg', guanhuaPackage().slice(0, 4000)), /is damaged \(.+\): export it from Anki again/],
    ['a package with no guanhua notes', () => file('theirs.apkg', zipSync({ 'collection.anki2': withGuids(collectionOf(guanhuaPackage()), 'x') })),
      /has no guanhua notes: none of its 4 notes is a card of this collection \(notes are matched by GUID\)/],
    ['a newer Anki format', () => file('future.colpkg', zipSync({ meta: meta(4), 'collection.anki21c': new Uint8Array(16) })),
      /is in a newer Anki format \(package version 4\) that this guanhua cannot read/],
    ['a missing file', () => path.join(dir, 'nowhere.apkg'), /nowhere\.apkg: no such file/],
  ];
  beforeAll(() => {
    h = home('untouched');
    before = fs.readFileSync(collectionPath(h));
  });

  it.each(bad)('%s', (_, make, message) => {
    const r = guanhua(['--home', h, 'import', make()]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^guanhua: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.readFileSync(collectionPath(h)).equals(before)).toBe(true);
    expect(fs.existsSync(`${collectionPath(h)}-wal`)).toBe(false);
  });

  it('without a collection: one line, nothing created', () => {
    const empty = path.join(dir, 'no-collection');
    const r = guanhua(['--home', empty, 'import', file('ok.apkg', guanhuaPackage())]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: there is no collection yet/);
    expect(fs.existsSync(empty)).toBe(false);
  });

  it('no file named: usage error, exit 2', () => {
    expect(guanhua(['--home', h, 'import']).status).toBe(2);
  });
});
