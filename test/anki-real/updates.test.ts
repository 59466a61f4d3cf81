import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FORMAT_CHANGED_AT } from '../../src/anki/note-type.js';
import type { Deck } from '../../src/model/deck.js';
import { openCollection } from '../../src/store/collection.js';
import { tempDir } from '../helpers/cli.js';
import { describeWithAnki } from '../helpers/python.js';
import { readApkg } from '../anki/read-apkg.js';
import { anki, type AnkiNote, type Snapshot } from './anki.js';
import { bundledDeck, exportInProcess } from './learner.js';

/**
 * Re-importing into real Anki: a note the learner edited there stays as it is unless guanhua's
 * content for it changed after the edit; an updated deck updates exactly the notes it changed.
 * Anki's clock is the real one (its edits are dated now), so guanhua's times here are too.
 */

const dir = tempDir('guanhua-anki-updates-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const byGuid = (snap: Snapshot) => new Map(snap.notes.map((n) => [n.guid, n]));
const modsOf = (file: string) => readApkg(fs.readFileSync(file)).notes.map((n) => [n.guid, n.mod]).sort();
const MNEMONIC = 'my own mnemonic: 民 people, 警 alarm';

/** The deck with new meanings for the cards at these ranks. */
function changed(deck: Deck, ranks: number[]): Deck {
  return { ...deck, cards: deck.cards.map((c) => (ranks.includes(c.rank) ? { ...c, definitions: [...c.definitions, `updated gloss ${c.rank}`] } : c)) };
}

/** Notes of `after` that differ from `before`, by guid. */
function differing(before: Snapshot, after: Snapshot): string[] {
  const old = byGuid(before);
  return after.notes.filter((n) => JSON.stringify(n) !== JSON.stringify(old.get(n.guid))).map((n) => n.guid).sort();
}

describeWithAnki('updates in real Anki', () => {
  it('keeps the learner’s edits, updates exactly the notes whose content changed in guanhua', async () => {
    const home = path.join(dir, 'home');
    const col = path.join(dir, 'updates.anki2');
    const deck = bundledDeck();
    const edited = deck.cards.find((c) => c.word === '民警')!;
    const [regenerated, editedThenChanged] = deck.cards.filter((c) => c !== edited).slice(4, 6);
    const added = new Date(Math.max(Date.now() - 3_600_000, FORMAT_CHANGED_AT.getTime()));
    const c = openCollection(home);
    c.addDeck(deck, added);
    c.close();

    const first = path.join(dir, 'first.apkg');
    await exportInProcess(deck.name, { apkg: first, recall: true }, home, added);
    const [, imported, edit1, edit2] = anki(col, [
      { op: 'import', package: first, withScheduling: false },
      { op: 'snapshot' },
      { op: 'edit', guid: edited.id, field: 'Meaning', value: MNEMONIC },
      { op: 'edit', guid: editedThenChanged.id, field: 'Meaning', value: 'another edit' },
    ] as const);
    expect(edit1.mod).toBeGreaterThan(imported.notes[0].mod);

    // Exported again a minute later, nothing changed: the same notes.mod, byte for byte.
    const second = path.join(dir, 'second.apkg');
    await exportInProcess(deck.name, { apkg: second, recall: true }, home, new Date(added.getTime() + 60_000));
    expect(modsOf(second)).toEqual(modsOf(first));
    const [beforeSecond, again, afterSecond] = anki(col, [
      { op: 'snapshot' },
      { op: 'import', package: second, withScheduling: false },
      { op: 'snapshot' },
    ] as const);
    expect(again).toEqual({ new: 0, updated: 0, duplicate: deck.cards.length, conflicting: 0 });
    expect(afterSecond).toEqual(beforeSecond);
    expect(byGuid(afterSecond).get(edited.id)!.fields.Meaning).toBe(MNEMONIC);

    // guanhua regenerates the deck after the edits: two cards get a new meaning.
    const later = new Date(Math.max(Date.now(), (edit2.mod + 1) * 1000) + 2000);
    const c2 = openCollection(home);
    c2.addDeck(changed(deck, [regenerated.rank, editedThenChanged.rank]), later);
    c2.close();
    const third = path.join(dir, 'third.apkg');
    await exportInProcess(deck.name, { apkg: third, recall: true }, home, later);
    const [updated, afterThird, check] = anki(col, [
      { op: 'import', package: third, withScheduling: false },
      { op: 'snapshot' },
      { op: 'check' },
    ] as const);
    expect(updated).toEqual({ new: 0, updated: 2, duplicate: deck.cards.length - 2, conflicting: 0 });
    expect(differing(afterSecond, afterThird)).toEqual([regenerated.id, editedThenChanged.id].sort());
    const note = (guid: string): AnkiNote => byGuid(afterThird).get(guid)!;
    expect(note(regenerated.id).fields.Meaning).toContain(`updated gloss ${regenerated.rank}`);
    // guanhua's change came after the learner's edit: guanhua's content wins there.
    expect(note(editedThenChanged.id).fields.Meaning).toContain(`updated gloss ${editedThenChanged.rank}`);
    // Untouched by guanhua: the learner's edit stays.
    expect(note(edited.id).fields.Meaning).toBe(MNEMONIC);
    expect(check).toMatchObject({ ok: true });
  });

  it('a deck file not in the collection: its notes carry the file’s time, the same on every export', async () => {
    const file = path.join(dir, 'deck.json');
    const home = path.join(dir, 'no-collection');
    const deck = bundledDeck();
    fs.writeFileSync(file, JSON.stringify(deck));
    const written = new Date(Math.max(Date.now() - 3_600_000, FORMAT_CHANGED_AT.getTime()));
    fs.utimesSync(file, written, written);
    const a = path.join(dir, 'file-a.apkg');
    const b = path.join(dir, 'file-b.apkg');
    await exportInProcess(file, { apkg: a }, home, new Date());
    await exportInProcess(file, { apkg: b }, home, new Date(Date.now() + 86_400_000));
    expect(modsOf(b)).toEqual(modsOf(a));
    expect(new Set(modsOf(a).map(([, mod]) => mod))).toEqual(new Set([Math.floor(written.getTime() / 1000)]));
    expect(fs.existsSync(home)).toBe(false);

    const col = path.join(dir, 'file.anki2');
    const [, edit, , kept] = anki(col, [
      { op: 'import', package: a, withScheduling: false },
      { op: 'edit', guid: deck.cards[0].id, field: 'Meaning', value: MNEMONIC },
      { op: 'import', package: b, withScheduling: false },
      { op: 'snapshot' },
    ] as const);
    expect(byGuid(kept).get(deck.cards[0].id)!.fields.Meaning).toBe(MNEMONIC);

    // The file written again after the edit (regenerated): every note of it counts as changed.
    fs.writeFileSync(file, JSON.stringify(changed(deck, [1])));
    const rewritten = new Date((edit.mod + 2) * 1000);
    fs.utimesSync(file, rewritten, rewritten);
    const c = path.join(dir, 'file-c.apkg');
    await exportInProcess(file, { apkg: c }, home, rewritten);
    const [updated] = anki(col, [{ op: 'import', package: c, withScheduling: false }] as const);
    expect(updated).toMatchObject({ new: 0, updated: deck.cards.length });
  });
});
