import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { buildApkg } from '../../src/anki/apkg.js';
import { hasRecallCard } from '../../src/anki/note-fields.js';
import { FIELD_NAMES, NOTE_TYPE_NAME } from '../../src/anki/note-type.js';
import { tempDir } from '../helpers/cli.js';
import { describeWithAnki } from '../helpers/python.js';
import { inputOf, smallDeck } from '../anki/deck-fixture.js';
import { anki, writePackage } from './anki.js';

/**
 * A learner who imported a package of guanhua before the Recall Prompt field (nine fields;
 * test/fixtures/anki/small-deck-9-fields.apkg, made by that version with --recall on
 * 2026-06-01) imports a package of this one.
 */

const oldPackage = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/anki/small-deck-9-fields.apkg');
const dir = tempDir('guanhua-anki-upgrade-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const deck = smallDeck();
const newPackage = writePackage(dir, 'new.apkg', buildApkg(inputOf(deck), { recall: true, withProgress: false, now: new Date() }));

describeWithAnki('a package of an earlier guanhua, then this one', () => {
  it('with Merge note types: the notes move to the ten fields once, their Recall fronts masked', () => {
    const [first, old, merged, after, check] = anki(path.join(dir, 'merge.anki2'), [
      { op: 'import', package: oldPackage, withScheduling: false },
      { op: 'snapshot' },
      { op: 'import', package: newPackage, withScheduling: false, mergeNotetypes: true },
      { op: 'snapshot' },
      { op: 'check' },
    ] as const);
    expect(first.new).toBe(deck.cards.length);
    expect(old.notetypes.find((t) => t.name === NOTE_TYPE_NAME)!.fields).toHaveLength(FIELD_NAMES.length - 1);
    expect(merged).toEqual({ new: 0, updated: deck.cards.length, duplicate: 0, conflicting: 0 });
    const guanhua = after.notetypes.filter((t) => t.name.startsWith(NOTE_TYPE_NAME));
    expect(guanhua.map((t) => t.fields)).toEqual([[...FIELD_NAMES]]);
    for (const card of deck.cards) {
      const note = after.notes.find((n) => n.guid === card.id)!;
      expect(Object.keys(note.fields)).toEqual([...FIELD_NAMES]);
      expect(note.fields['Recall Prompt'] !== '').toBe(hasRecallCard(card));
    }
    // The Recall cards the old package made now ask the masked meaning.
    for (const c of after.cards.filter((k) => k.template === 'Recall')) {
      const { word } = deck.cards.find((k) => k.id === c.guid)!;
      expect(c.question).not.toBe('');
      for (const ch of word) expect(c.question).not.toContain(ch);
    }
    expect(check).toMatchObject({ ok: true });
  });

  it('without it: Anki adds a second note type and leaves the notes it has (conflicting)', () => {
    const [, second, after] = anki(path.join(dir, 'plain.anki2'), [
      { op: 'import', package: oldPackage, withScheduling: false },
      { op: 'import', package: newPackage, withScheduling: false },
      { op: 'snapshot' },
    ] as const);
    expect(second).toEqual({ new: 0, updated: 0, duplicate: 0, conflicting: deck.cards.length });
    expect(after.notetypes.filter((t) => t.name.startsWith(NOTE_TYPE_NAME)).map((t) => t.fields.length).sort((a, b) => a - b)).toEqual([9, 10]);
  });
});
