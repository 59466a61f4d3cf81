import { describe, expect, it } from 'vitest';
import type { Deck, DeckCard } from '../../src/model/deck.js';
import { openLearningStore } from '../../src/store/learning-store.js';
import { rewriteCopy } from '../../src/store/learning.js';
import { collectionWith, loadDeck } from './helpers.js';

/** When a card's content last changed: what its Anki note's modification time becomes. */

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 10));
const withCards = (deck: Deck, change: (card: DeckCard, i: number) => DeckCard): Deck => ({ ...deck, cards: deck.cards.map(change) });

describe('content dates', () => {
  it('move only when what the note shows changes', () => {
    const deck = loadDeck('report-2024');
    const { home, c } = collectionWith([], day(1));
    c.addDeck(deck, day(1));
    const dates = () => deck.cards.map((k) => c.card(k.id)!.contentChangedAt.getTime());
    const all = (d: Date) => deck.cards.map(() => d.getTime());
    expect(dates()).toEqual(all(day(1)));

    c.addDeck(deck, day(2));
    expect(dates(), 'the same deck again').toEqual(all(day(1)));

    // Rank, keyness, part of speech, later examples: not shown on the note.
    c.addDeck(withCards(deck, (k, i) => ({ ...k, rank: deck.cards.length - i, keyness: k.keyness + 1, pos: 'x', examples: [...k.examples, '又一个例句'], examplesPinyin: k.examplesPinyin.length ? [...k.examplesPinyin, 'yòu'] : [] })), day(3));
    expect(dates(), 'hidden parts changed').toEqual(all(day(1)));

    // A new meaning for the first card only.
    const changed = withCards(deck, (k, i) => (i === 0 ? { ...k, definitions: [...k.definitions, 'a new gloss'] } : k));
    c.addDeck(changed, day(4));
    expect(dates()).toEqual([day(4).getTime(), ...all(day(1)).slice(1)]);

    // Corrections rewrite copies: the card's content date follows.
    const store = openLearningStore(home);
    store.write((db) => rewriteCopy(db, deck.name, deck.cards[1].id, JSON.stringify({ ...changed.cards[1], definitions: ['corrected'] }), day(5)));
    store.close();
    expect(dates()).toEqual([day(4).getTime(), day(5).getTime(), ...all(day(1)).slice(2)]);
    c.close();
  });

  it('a card another deck brings with a different first example changes; one with the same shown content does not', () => {
    const report = loadDeck('report-2024');
    const governance = loadDeck('governance');
    const shared = governance.cards.filter((g) => report.cards.some((r) => r.id === g.id));
    expect(shared.length).toBeGreaterThan(0);
    const { c } = collectionWith([], day(1));
    c.addDeck(report, day(1));
    const sameShown = withCards(governance, (g) => report.cards.find((r) => r.id === g.id) ?? g);
    c.addDeck({ ...sameShown, name: 'same' }, day(2));
    for (const g of shared) expect(c.card(g.id)!.contentChangedAt).toEqual(day(1));
    const otherExample = withCards(governance, (g) => ({ ...g, examples: [`另一个例句${g.word}`, ...g.examples] }));
    c.addDeck(otherExample, day(3));
    for (const g of shared) expect(c.card(g.id)!.contentChangedAt).toEqual(day(3));
    c.close();
  });
});
