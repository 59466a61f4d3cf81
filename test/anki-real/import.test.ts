import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildApkg } from '../../src/anki/apkg.js';
import { buildTsv } from '../../src/anki/tsv.js';
import { hasRecallCard, noteFields, noteTags } from '../../src/anki/note-fields.js';
import { FIELD_NAMES, NOTE_TYPE_NAME } from '../../src/anki/note-type.js';
import { parseDeck } from '../../src/deck/parse-deck.js';
import { root, tempDir } from '../helpers/cli.js';
import { describeWithAnki } from '../helpers/python.js';
import { inputOf, smallDeck } from '../anki/deck-fixture.js';
import { anki, writePackage, type AnkiCard } from './anki.js';

/**
 * The bundled deck, exported by guanhua and imported by real Anki (the `anki` package:
 * Anki desktop's engine) exactly as File → Import does it.
 */

const deckFile = path.join(root, 'decks/000_50515ac5e261a18b.json');
const deck = parseDeck(fs.readFileSync(deckFile, 'utf8'), deckFile);
const now = new Date('2026-03-10T12:00:00Z');
const dir = tempDir('guanhua-anki-real-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Markup or template syntax a learner would see on a card side (after Anki strips the HTML). */
export function visibleDebris(text: string): string[] {
  const found = text.match(/[<>]|&#?\w+;|\{\{|\}\}/g);
  return found ?? [];
}

function expectClean(card: AnkiCard): void {
  expect(visibleDebris(card.question), `${card.guid} ${card.template} front: ${card.question}`).toEqual([]);
  expect(visibleDebris(card.answer), `${card.guid} ${card.template} back: ${card.answer}`).toEqual([]);
}

describeWithAnki('the bundled deck in real Anki', () => {
  it('imports every note with its fields and tags, Recognition and Recall cards that render clean, and passes Check Database', () => {
    const pkg = writePackage(dir, 'recall.apkg', buildApkg(inputOf(deck), { recall: true, withProgress: false, now }));
    const col = path.join(dir, 'recall.anki2');
    const [counts, snap, check] = anki(col, [
      { op: 'import', package: pkg, withScheduling: false },
      { op: 'snapshot' },
      { op: 'check' },
    ] as const);

    expect(counts).toEqual({ new: deck.cards.length, updated: 0, duplicate: 0, conflicting: 0 });
    expect(snap.notetypes.map((t) => t.name)).toContain(NOTE_TYPE_NAME);
    expect(snap.decks.map((d) => d.name)).toContain(deck.name);
    expect(snap.notes).toHaveLength(deck.cards.length);

    const byGuid = new Map(snap.notes.map((n) => [n.guid, n]));
    for (const card of deck.cards) {
      const note = byGuid.get(card.id);
      expect(note, card.word).toBeDefined();
      expect(note!.notetype).toBe(NOTE_TYPE_NAME);
      const fields = noteFields(card, deck.source.title);
      expect(Object.keys(note!.fields)).toEqual([...FIELD_NAMES]);
      expect(Object.values(note!.fields)).toEqual(fields);
      expect([...note!.tags].sort()).toEqual([...noteTags(card, deck.source.title)].sort());
    }

    // Every card but those whose meaning asks nothing once the word is masked.
    const asking = deck.cards.filter(hasRecallCard);
    for (const c of deck.cards) if (c.definitions.length === 0) expect(asking).not.toContain(c);
    const recognition = snap.cards.filter((c) => c.template === 'Recognition');
    const recall = snap.cards.filter((c) => c.template === 'Recall');
    expect(recognition).toHaveLength(deck.cards.length);
    expect(new Set(recall.map((c) => c.guid))).toEqual(new Set(asking.map((c) => c.id)));
    expect(snap.cards).toHaveLength(deck.cards.length + asking.length);

    const cardOf = new Map(deck.cards.map((c) => [c.id, c]));
    for (const card of snap.cards) {
      expect(card.deck).toBe(deck.name);
      expect([card.type, card.queue]).toEqual([0, 0]);
      expectClean(card);
      const { word, traditional, pinyin } = cardOf.get(card.guid)!;
      if (card.template === 'Recognition') {
        expect(card.question).toContain(word);
      } else {
        // Recall never shows the answer: no character of the word or its traditional form, nor its pinyin.
        for (const ch of new Set([...word, ...traditional])) expect(card.question, `${word}: ${card.question}`).not.toContain(ch);
        expect(card.question.toLowerCase()).not.toContain(pinyin.toLowerCase());
        expect(card.answer).toContain(word);
      }
    }
    const front = (word: string) => recall.find((c) => c.guid === deck.cards.find((k) => k.word === word)!.id)!.question;
    expect(front('民警')).toContain('abbr. for ～');
    expect(front('副')).toContain('abbr. for ～ adverb');

    expect(check).toMatchObject({ ok: true });
  });

  it('gives a note with nothing to ask no Recall card, and Check Database adds none', () => {
    const small = smallDeck();
    const none = small.cards.filter((c) => !hasRecallCard(c));
    expect(none.map((c) => c.word)).toEqual(['的']);
    const pkg = writePackage(dir, 'small.apkg', buildApkg(inputOf(small), { recall: true, withProgress: false, now }));
    const [counts, check, snap] = anki(path.join(dir, 'small.anki2'), [
      { op: 'import', package: pkg, withScheduling: false },
      { op: 'check' },
      { op: 'snapshot' },
    ] as const);
    expect(counts.new).toBe(small.cards.length);
    expect(check).toMatchObject({ ok: true });
    const recall = snap.cards.filter((c) => c.template === 'Recall').map((c) => c.guid).sort();
    expect(recall).toEqual(small.cards.filter(hasRecallCard).map((c) => c.id).sort());
    // Markup written in the deck's text is shown as text, never run: HTML escaped.
    const juzhang = snap.cards.find((c) => c.guid === small.cards[0].id && c.template === 'Recognition')!;
    expect(juzhang.question).toContain(small.cards[0].examples[0]);
    expect(juzhang.questionHtml).not.toContain('<script');
  });

  it('reads the --tsv headers: the note type, deck, guid and tags columns match the package', () => {
    const pkg = writePackage(dir, 'for-text.apkg', buildApkg(inputOf(deck), { recall: true, withProgress: false, now }));
    const tsv = path.join(dir, 'deck.tsv');
    fs.writeFileSync(tsv, buildTsv(inputOf(deck)));
    const [, before, text, after, check] = anki(path.join(dir, 'text.anki2'), [
      { op: 'import', package: pkg, withScheduling: false },
      { op: 'snapshot' },
      { op: 'importText', file: tsv },
      { op: 'snapshot' },
      { op: 'check' },
    ] as const);
    // Every line matched its note by guid, in the right deck and note type, with equal fields and tags.
    expect(text).toMatchObject({ new: 0, updated: 0, conflicting: 0 });
    expect(text.duplicate).toBe(deck.cards.length);
    expect(after.notes.map(({ fields, tags, guid }) => ({ fields, tags, guid }))).toEqual(before.notes.map(({ fields, tags, guid }) => ({ fields, tags, guid })));
    expect(after.cards).toHaveLength(before.cards.length);
    expect(check).toMatchObject({ ok: true });
  });
});
