import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runImport, type ImportSummary } from '../../src/commands/import.js';
import { parseDeck } from '../../src/deck/parse-deck.js';
import { learnerDay } from '../../src/srs/day.js';
import { openCollection } from '../../src/store/collection.js';
import { openLearningReader } from '../../src/store/learning-store.js';
import { root } from '../helpers/cli.js';
import { describeWithAnki } from '../helpers/python.js';
import { commandContext, guanhuaBeforeAnki, importEach, importJson, studyInGuanhua, utc, type GuanhuaStudy } from './round-trip.js';
import { IMPORT_AT, libfaketimeMissing, studyInAnki, type AnkiReport } from './study.js';

/**
 * Reviews come back from real Anki: guanhua exports its bundled deck with progress; Anki's own
 * engine imports it, switches FSRS on with guanhua's parameters, studies it with its v3
 * scheduler over two weeks (libfaketime sets its clock), suspends, buries and unsuspends, and
 * exports a package, a legacy package, a package without scheduling and a .colpkg.
 * guanhua imports them all.
 */

const deckFile = path.join(root, 'decks/000_50515ac5e261a18b.json');
const deck = parseDeck(fs.readFileSync(deckFile, 'utf8'), deckFile);
const id = (i: number) => deck.cards[i].id;
const clock = { timeZone: 'UTC', dayStartsAt: 4 };
const NOW = utc('2026-01-23 12:00:00');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-anki-import-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The guanhua side before Anki: a few cards studied, one suspended, then exported with progress. */
const BEFORE_ANKI: GuanhuaStudy = {
  answers: [
    [id(0), 3, '2026-01-02 10:00:00', 4000], [id(0), 3, '2026-01-02 10:12:00', 3000], [id(1), 1, '2026-01-02 10:01:00', 8000],
    [id(1), 3, '2026-01-02 10:06:00', 3000], [id(1), 3, '2026-01-02 10:20:00', 3000], [id(2), 4, '2026-01-03 10:00:00', 2000],
    [id(0), 3, '2026-01-05 10:00:00', 2500],
  ],
  suspend: [[id(3), '2026-01-06 10:00:00']],
};

/** What the learner does in guanhua while Anki studies: a review of a card Anki studies too, a suspension. */
const MEANWHILE: GuanhuaStudy = { answers: [[id(0), 3, '2026-01-11 12:00:00', 3000]], suspend: [[id(150), '2026-01-20 12:00:00']] };

describeWithAnki('guanhua import: reviews made in real Anki come back', () => {
  const home = path.join(dir, 'home');
  const twin = path.join(dir, 'twin');
  let anki: AnkiReport;
  let ankiMade: AnkiReport['revlog'];
  let before: { due: ReturnType<ReturnType<typeof openCollection>['due']>; known: Set<string> };
  const imports: Record<string, ImportSummary> = {};

  beforeAll(async () => {
    const apkg = await guanhuaBeforeAnki(home, deck, BEFORE_ANKI, path.join(dir, 'from-guanhua.apkg'));
    const sessions = ['2026-01-09', '2026-01-10', '2026-01-12', '2026-01-16', '2026-01-20', '2026-01-23']
      .flatMap((day) => [`${day} 10:00:00`, `${day} 10:15:00`, `${day} 10:30:00`].map((at) => ({ at })));
    Object.assign(sessions[sessions.length - 1], { suspend: [id(4)], bury: [id(5)], unsuspend: [id(3)] });
    anki = studyInAnki({
      dir: path.join(dir, 'anki'),
      package: apkg,
      newPerDay: 5,
      ratings: [3, 3, 1, 3, 2, 4, 3, 3, 4, 3, 1, 3, 3],
      sessions,
      exportAt: '2026-01-23 11:00:00',
    });
    ankiMade = anki.revlog.filter((r) => r.id >= utc(IMPORT_AT).getTime());
    studyInGuanhua(home, MEANWHILE);
    fs.cpSync(home, twin, { recursive: true });
    const c = openCollection(home);
    const reader = openLearningReader(home)!;
    before = { due: c.due(NOW), known: reader.knownWords() };
    reader.close();
    c.close();
    Object.assign(imports, await importEach(home, anki.packages, NOW));
    imports.twinColpkg = await importJson(twin, anki.packages.colpkg, NOW);
    imports.twinLatest = await importJson(twin, anki.packages.latest, NOW);
  }, 120_000);

  it('Anki studied: reviews over two weeks, review cards due days ahead', () => {
    expect(ankiMade.length).toBeGreaterThan(40);
    expect(new Set(ankiMade.map((r) => learnerDay(r.id, clock))).size).toBe(6);
    expect(anki.cards.filter((c) => c.type === 2 && c.dueDate !== null).length).toBeGreaterThan(10);
  });

  it('imports the package once: every review Anki made, and only those', () => {
    expect(imports.first).toEqual({
      file: anki.packages.latest, notes: 200, matched: 200, reviewsAdded: ankiMade.length, rescheduled: 0, recallReviewsAdded: 0,
      cardsUpdated: expect.any(Number), unknownNotes: 0, scheduling: true,
    });
    expect(imports.first.cardsUpdated).toBeGreaterThanOrEqual(new Set(ankiMade.map((r) => r.guid)).size);
    expect(imports.again).toMatchObject({ reviewsAdded: 0, cardsUpdated: 0 });
    // The collection export and the legacy package carry the same reviews.
    expect(imports.colpkg).toMatchObject({ matched: 200, reviewsAdded: 0, cardsUpdated: 0 });
    expect(imports.legacy).toMatchObject({ matched: 200, reviewsAdded: 0, cardsUpdated: 0 });

    const c = openCollection(home);
    try {
      const log = c.reviewLog();
      // guanhua's 8 answers, Anki's, each once.
      expect(log).toHaveLength(8 + ankiMade.length);
      for (const r of ankiMade) {
        expect(log.filter((l) => l.cardId === r.guid && Math.abs(l.reviewedAt.getTime() - r.id) < 1000)).toHaveLength(1);
      }
    } finally {
      c.close();
    }
  });

  it('a .colpkg imported first gives the same, and the package then adds nothing', () => {
    expect(imports.twinColpkg).toMatchObject({ matched: 200, reviewsAdded: ankiMade.length });
    expect(imports.twinLatest).toMatchObject({ reviewsAdded: 0, cardsUpdated: 0 });
    const a = openCollection(home);
    const b = openCollection(twin);
    try {
      for (const card of deck.cards) expect(b.card(card.id)).toEqual(a.card(card.id));
      expect(b.reviewLog().map(({ id: _, ...rest }) => rest)).toEqual(a.reviewLog().map(({ id: _, ...rest }) => rest));
    } finally {
      a.close();
      b.close();
    }
  });

  it('each card Anki scheduled is due in guanhua within a day of that, with the memory state Anki computed', () => {
    const c = openCollection(home);
    try {
      const log = c.reviewLog();
      let compared = 0;
      for (const a of anki.cards) {
        if (a.reps === 0 || a.guid === id(0)) continue; // id(0) has a review Anki never saw
        const g = c.card(a.guid)!;
        const last = log.filter((l) => l.cardId === a.guid).at(-1)!;
        expect(ankiMade.some((r) => r.guid === a.guid && Math.abs(r.id - last.reviewedAt.getTime()) < 1000)).toBe(true);
        if (a.dueDate !== null) {
          const ankiDay = learnerDay(utc(`${a.dueDate} 12:00:00`), clock);
          expect(Math.abs(learnerDay(g.schedule.due, clock) - ankiDay)).toBeLessThanOrEqual(1);
        } else {
          expect(Math.abs(g.schedule.due.getTime() - a.due * 1000)).toBeLessThanOrEqual(86_400_000);
        }
        expect(g.schedule.stability).toBeCloseTo(a.stability!, 1);
        expect(g.schedule.difficulty).toBeCloseTo(a.difficulty!, 1);
        compared++;
      }
      expect(compared).toBeGreaterThan(20);
    } finally {
      c.close();
    }
  });

  it('the review guanhua made between Anki\'s is replayed in order with them', () => {
    const c = openCollection(home);
    try {
      const times = c.reviewLog([id(0)]).map((l) => l.reviewedAt.getTime());
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(times).toContain(utc('2026-01-11 12:00:00').getTime());
      expect(times.some((t) => t > utc('2026-01-11 12:00:00').getTime())).toBe(true);
    } finally {
      c.close();
    }
  });

  it('suspended and buried follow the newer side', () => {
    const c = openCollection(home);
    try {
      expect(c.card(id(4))!.suspended).toBe(true); // suspended in Anki
      expect(c.card(id(5))!.buriedUntil).toEqual(utc('2026-01-24 04:00:00')); // buried in Anki today
      expect(c.card(id(3))!.suspended).toBe(false); // suspended here, unsuspended later in Anki
      expect(c.card(id(150))!.suspended).toBe(true); // suspended here after Anki last touched it
    } finally {
      c.close();
    }
  });

  it('the queue and the known words reflect it at once', () => {
    const c = openCollection(home);
    const reader = openLearningReader(home)!;
    try {
      const after = c.due(NOW);
      // Anki answered new cards today: the day's new-card allowance is used up by that many.
      const newToday = ankiMade.filter((r) => r.type === 0 && learnerDay(r.id, clock) === learnerDay(NOW, clock)
        && !ankiMade.some((o) => o.guid === r.guid && o.id < r.id)).length;
      expect(newToday).toBeGreaterThan(0);
      expect(after.total.new).toBe(before.due.total.new - newToday);
      const mature = anki.cards.filter((a) => (a.stability ?? 0) >= 22).map((a) => deck.cards.find((d) => d.id === a.guid)!.word);
      // Words that became known through Anki's reviews alone.
      expect(mature.filter((w) => !before.known.has(w)).length).toBeGreaterThan(0);
      const known = reader.knownWords();
      for (const w of mature) expect(known.has(w)).toBe(true);
    } finally {
      reader.close();
      c.close();
    }
  });

  it('an Anki export without scheduling says it carries no reviews and changes nothing', async () => {
    const ctx = commandContext(home, NOW);
    await runImport(anki.packages.noScheduling, {}, ctx);
    expect(ctx.output()).toMatch(/carries no reviews: it was exported from Anki without scheduling information/);
    expect(await importJson(home, anki.packages.noScheduling, NOW)).toMatchObject({ scheduling: false, matched: 200, reviewsAdded: 0, cardsUpdated: 0 });
  });
}, libfaketimeMissing);
