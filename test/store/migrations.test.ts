import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GuanhuaError } from '../../src/errors.js';
import { collectionPath, openCollection } from '../../src/store/collection.js';
import { SCHEMA_V1, SCHEMA_VERSION } from '../../src/store/schema.js';
import { openManager } from '../../src/store/manager.js';
import { loadDeck, tempHome } from './helpers.js';

describe('schema versions', () => {
  it('migrates a collection written with the first schema, keeping decks, progress and the log', () => {
    const home = tempHome();
    const deck = loadDeck('governance');
    const db = new Database(collectionPath(home));
    db.exec(SCHEMA_V1);
    db.pragma('user_version = 1');
    const t = Date.parse('2026-11-20T10:00:00Z');
    db.prepare('INSERT INTO decks VALUES (?, ?, ?, ?, ?)').run(deck.name, deck.source.title, JSON.stringify(deck.source), t, t);
    deck.cards.forEach((card, i) => {
      const reviewed = i === 0;
      db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, 0, ?, 0, ?, 0, ?, ?, ?)').run(
        card.id, reviewed ? 2 : 0, reviewed ? t + 3 * 86_400_000 : t, reviewed ? 3.2 : 0, reviewed ? 5.1 : 0,
        reviewed ? 3 : 0, reviewed ? 1 : 0, reviewed ? t : null, i === 3 ? 1 : 0, t);
      db.prepare('INSERT INTO card_decks VALUES (?, ?, ?, ?, ?)').run(deck.name, card.id, card.rank, JSON.stringify(card), t);
    });
    db.prepare('INSERT INTO review_log (card_id, grade, reviewed_at, duration_ms, state_before, state_after, scheduled_days, elapsed_days, stability, difficulty, due) VALUES (?, 4, ?, 2000, 0, 2, 3, 0, 3.2, 5.1, ?)')
      .run(deck.cards[0].id, t, t + 3 * 86_400_000);
    db.close();

    const c = openCollection(home);
    const now = new Date('2026-11-21T10:00:00Z');
    expect(c.deckNames()).toEqual(['governance']);
    const first = c.card(deck.cards[0].id)!;
    expect(first.schedule).toMatchObject({ state: 'review', stability: 3.2, difficulty: 5.1, reps: 1 });
    expect(first.retired).toBe(false);
    expect(first.buriedUntil).toBeNull();
    // Content dated by the last change of its deck copy (schema 6).
    expect(first.contentChangedAt).toEqual(new Date(t));
    expect(c.card(deck.cards[3].id)!.suspended).toBe(true);
    expect(c.reviewLog()).toHaveLength(1);
    expect(c.stats(now).reviews.total).toBe(1);
    expect(c.stats(now).heatmap).toEqual([{ day: '2026-11-20', reviews: 1 }]);
    // And it works as a current collection.
    c.retire(deck.cards[1].id, now);
    expect(c.stats(now).cards).toMatchObject({ total: 4, new: 1, review: 1, suspended: 1, known: 1 });
    c.close();
    // Search keys made for the cards already there (schema 8).
    const m = openManager(home);
    expect(m.search({ query: 'zhi4li', now }).cards.map((x) => x.word)).toEqual(['治理']);
    m.close();
    const check = new Database(collectionPath(home), { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    check.close();
  });

  it('refuses a collection from a newer guanhua and leaves it untouched', () => {
    const home = tempHome();
    const file = collectionPath(home);
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const bytes = fs.readFileSync(file);
    expect(() => openCollection(home)).toThrow(GuanhuaError);
    expect(() => openCollection(home, { create: false })).toThrow(/written by a newer guanhua .*update guanhua/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('a reader on a missing collection sees nothing and creates nothing', () => {
    const home = path.join(tempHome(), 'not-yet');
    const c = openCollection(home, { create: false });
    expect(c.due(new Date()).decks).toEqual([]);
    expect(c.stats(new Date()).cards.total).toBe(0);
    expect(() => c.addDeck(loadDeck('governance'), new Date())).toThrow(/add a deck first/);
    c.close();
    expect(fs.existsSync(home)).toBe(false);
  });

  it('a file that is not a collection is refused with one clear line', () => {
    const home = tempHome();
    fs.writeFileSync(collectionPath(home), 'not a database at all, just text that is long enough to look like a header'.repeat(20));
    expect(() => openCollection(home)).toThrow(/is damaged and cannot be read \(SQLITE_NOTADB\); nothing was written to it/);
  });
});

describe('config.json', () => {
  it.each([
    ['{"desiredRetention": 1.5}', /"desiredRetention" must be a number from 0.7 to 0.99/],
    ['{"learningSteps": ["1 minute"]}', /"learningSteps" must be a list like/],
    ['{"timeZone": "Mars/Olympus"}', /"timeZone" must be "local" or an IANA zone/],
    ['{"newPerDy": 10}', /unknown setting "newPerDy"/],
    ['{not json', /is not valid JSON/],
  ])('%s is refused', (text, message) => {
    const home = tempHome();
    fs.writeFileSync(path.join(home, 'config.json'), text);
    expect(() => openCollection(home)).toThrow(message);
  });

  it('settings apply: retention, steps, limits, day start', () => {
    const home = tempHome({ desiredRetention: 0.85, learningSteps: ['5m'], newPerDay: 7, dayStartsAt: 6, timeZone: 'Asia/Shanghai' });
    const c = openCollection(home);
    expect(c.config).toMatchObject({ desiredRetention: 0.85, learningSteps: ['5m'], newPerDay: 7, dayStartsAt: 6, timeZone: 'Asia/Shanghai', maximumInterval: 36500 });
    c.addDeck(loadDeck('governance'), new Date('2026-11-27T10:00:00Z'));
    const p = c.previewIntervals(c.cardsOfDeck('governance')[0].card.id, new Date('2026-11-27T10:00:00Z'));
    expect(p[1].interval).toBe('5m');
    c.close();
  });
});
