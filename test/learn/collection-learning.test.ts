import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { collectionPath, openCollection } from '../../src/store/collection.js';
import { openLearningReader, openLearningStore } from '../../src/store/learning-store.js';
import { boostCards, importKnownWords, putCorrection } from '../../src/store/learning.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import type { Deck } from '../../src/model/deck.js';
import { syntheticDeck, tempHome } from '../store/helpers.js';

const now = new Date('2026-11-20T10:00:00Z');

/** Cards 词1…词n; card i's single example has the other content words `ew[i]`. */
function deckWith(name: string, ew: (string[] | undefined)[]): Deck {
  const deck = syntheticDeck(name, ew.length);
  deck.cards.forEach((c, i) => {
    if (ew[i]) c.exampleWords = [ew[i]!];
  });
  return deck;
}

function newOrder(home: string, decks?: string[]): string[] {
  const c = openCollection(home);
  try {
    const q = c.todayQueue({ now, decks });
    const ids: string[] = [];
    for (let item = q.next(now); item && item.kind === 'new'; item = q.next(now)) {
      ids.push(item.card.card.id);
      c.answer(item.card.card.id, 4, now, 1000);
    }
    return ids;
  } finally {
    c.close();
  }
}

describe('known words in the collection', () => {
  it('are mature cards (stability ≥ 21 days), retired cards and imported words', () => {
    const home = tempHome();
    const c = openCollection(home);
    c.addDeck(syntheticDeck('d', 4), now);
    c.retire('d-2', now);
    c.close();
    const db = new Database(collectionPath(home));
    db.prepare("UPDATE cards SET state = 2, stability = 21 WHERE id = 'd-3'").run();
    db.prepare("UPDATE cards SET state = 2, stability = 20.9 WHERE id = 'd-4'").run();
    db.close();
    const store = openLearningStore(home);
    expect(store.write((d) => importKnownWords(d, ['政府', '社会', '政府'], now))).toBe(2);
    expect(store.write((d) => importKnownWords(d, ['社会'], now))).toBe(0);
    expect([...store.knownWords()].sort()).toEqual(['政府', '社会', '词2', '词3'].sort());
    store.close();
  });

  it('read-only: a missing collection is not created, an old-schema one is read as it is', () => {
    const home = tempHome();
    expect(openLearningReader(home)).toBeNull();
    const old = new Database(collectionPath(home));
    old.exec("CREATE TABLE cards (id TEXT, stability REAL, retired INTEGER); CREATE TABLE card_decks (card_id TEXT, content TEXT); PRAGMA user_version = 4;");
    old.exec(`INSERT INTO cards VALUES ('a', 30, 0); INSERT INTO card_decks VALUES ('a', '{"word":"执法"}');`);
    old.close();
    const r = openLearningReader(home)!;
    expect([...r.knownWords()]).toEqual(['执法']);
    expect(r.corrections().size).toBe(0);
    r.close();
  });
});

describe('schema 10', () => {
  it('a collection of schema 9, read-only as it is, has its known words without Recall cards', () => {
    const home = tempHome();
    const db = new Database(collectionPath(home));
    const clock = { timeZone: 'UTC', dayStartsAt: 4 };
    for (const step of MIGRATIONS.slice(0, 9)) step(db, clock);
    db.pragma('user_version = 9');
    db.exec(`INSERT INTO cards (id, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, created_at, word)
      VALUES ('a', 2, 0, 30, 5, 0, 30, 0, 3, 0, 0, '执法')`);
    db.close();
    const r = openLearningReader(home)!;
    expect([...r.knownWords()]).toEqual(['执法']);
    r.close();
  });
});

describe('schema 5', () => {
  it('fills in the word of every card of a version 4 collection, so its mature words are known', () => {
    const home = tempHome();
    const db = new Database(collectionPath(home));
    const clock = { timeZone: 'UTC', dayStartsAt: 4 };
    for (const step of MIGRATIONS.slice(0, 4)) step(db, clock);
    db.pragma('user_version = 4');
    const t = now.getTime();
    db.prepare("INSERT INTO decks VALUES ('d', 'd', '{}', ?, ?)").run(t, t);
    for (const [id, word, stability] of [['a', '执法', 30], ['b', '社会', 2]] as const) {
      db.prepare('INSERT INTO cards (id, state, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, created_at) VALUES (?, 2, ?, ?, 5, 0, 3, 0, 3, 0, ?)')
        .run(id, t, stability, t);
      db.prepare("INSERT INTO card_decks VALUES ('d', ?, 1, ?, ?)").run(id, JSON.stringify({ id, word }), t);
    }
    db.close();
    openCollection(home).close();
    const check = new Database(collectionPath(home));
    expect(check.prepare('SELECT id, word FROM cards ORDER BY id').all()).toEqual([{ id: 'a', word: '执法' }, { id: 'b', word: '社会' }]);
    check.close();
    const r = openLearningReader(home)!;
    expect([...r.knownWords()]).toEqual(['执法']);
    r.close();
  });
});

describe('corrections in the collection', () => {
  it('are laid over every deck added after them: an old deck file never undoes a fix', () => {
    const home = tempHome();
    const store = openLearningStore(home);
    store.write((d) => putCorrection(d, { word: '词1', reading: { numbered: 'ci4', marked: 'cì' }, meanings: ['a corrected word'] }, now));
    store.close();
    const c = openCollection(home);
    c.addDeck(syntheticDeck('d', 2), now);
    expect(c.card('d-1')!.card).toMatchObject({ pinyin: 'cì', pinyinNumbered: 'ci4', definitions: ['a corrected word'], tags: ['corrected'] });
    expect(c.card('d-2')!.card.pinyin).toBe('cí');
    const again = c.addDeck(syntheticDeck('d', 2), now);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    c.close();
  });
});

describe('the new-card queue', () => {
  it('prefers i+1 cards (every other word of an example known), rank order otherwise', () => {
    const home = tempHome({ newPerDay: 5 });
    const c = openCollection(home);
    c.addDeck(deckWith('d', [['社会', '公平'], ['群众'], undefined, ['正义'], []]), now);
    c.close();
    const store = openLearningStore(home);
    store.write((d) => importKnownWords(d, ['群众'], now));
    store.close();
    expect(newOrder(home)).toEqual(['d-2', 'd-5', 'd-1', 'd-3', 'd-4']);
  });

  it('shows a new card with its i+1 example first', () => {
    const home = tempHome();
    const deck = syntheticDeck('d', 1);
    deck.cards[0].examples = ['社会公平正义', '严格执法'];
    deck.cards[0].exampleWords = [['社会', '公平', '正义'], ['严格']];
    const c = openCollection(home);
    c.addDeck(deck, now);
    expect(c.todayQueue({ now }).next(now)!.card.card.examples[0]).toBe('社会公平正义');
    c.close();
    const store = openLearningStore(home);
    store.write((d) => importKnownWords(d, ['严格'], now));
    store.close();
    const again = openCollection(home);
    expect(again.todayQueue({ now }).next(now)!.card.card.examples).toEqual(['严格执法', '社会公平正义']);
    expect(again.card('d-1')!.card.examples[0]).toBe('社会公平正义');
    again.close();
  });

  it('shows cards an article moved up first, latest article first, then in article order', () => {
    const home = tempHome({ newPerDay: 6 });
    const c = openCollection(home);
    c.addDeck(syntheticDeck('a', 3), now);
    c.addDeck(syntheticDeck('b', 3), now);
    c.close();
    const store = openLearningStore(home);
    store.write((d) => boostCards(d, ['a-3'], new Date(now.getTime() - 1000)));
    store.write((d) => boostCards(d, ['b-3', 'b-2'], now));
    store.close();
    expect(newOrder(home)).toEqual(['b-3', 'b-2', 'a-3', 'a-1', 'a-2', 'b-1']);
  });

  it('keeps a boost inside the decks chosen for the session', () => {
    const home = tempHome();
    const c = openCollection(home);
    c.addDeck(syntheticDeck('a', 2), now);
    c.addDeck(syntheticDeck('b', 2), now);
    c.close();
    const store = openLearningStore(home);
    store.write((d) => boostCards(d, ['b-2', 'a-2'], now));
    store.close();
    expect(newOrder(home, ['a'])).toEqual(['a-2', 'a-1']);
  });
});
