import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/commands/import.js';
import { learnerDay } from '../../src/srs/day.js';
import { openCollection } from '../../src/store/collection.js';
import { describeWithAnki } from '../helpers/python.js';
import { bundledDeck } from './learner.js';
import { cardProblems, guanhuaBeforeAnki, importEach, importJson, utc, withCollection, type GuanhuaStudy } from './round-trip.js';
import { libfaketimeMissing, studyInAnki, type AnkiCardReport, type AnkiReport, type AnkiSession } from './study.js';

/**
 * The learner's hand on the schedule in real Anki comes back: Anki's engine imports a guanhua
 * package, studies it with FSRS on, then the learner sets due dates (Browse → Set Due Date) on
 * studied and new cards and forgets (Reset) a card; some of those cards are answered again
 * before Anki exports. guanhua imports the package and the .colpkg.
 */

const deck = bundledDeck();
const id = (i: number) => deck.cards[i].id;
const clock = { timeZone: 'UTC', dayStartsAt: 4 };
const NOW = utc('2026-01-22 12:00:00');
/** The learner day on which Anki has a card due. */
const ankiDueDay = (card: AnkiCardReport) => learnerDay(utc(`${card.dueDate!} 12:00:00`), clock);

/** Who gets what on 12 January, after that day's answers (FORGOTTEN: on the 22nd). */
const FORGOTTEN_THEN_STUDIED = id(1); // studied in guanhua and in Anki, new again, studied again from the 16th
const FORGOTTEN = id(2); // studied in Anki; forgotten after the last answers
const SET_THEN_ANSWERED = id(0); // due in 10 days: answered on the 22nd
const SET_STUDIED = id(4); // "20!": due 1 February, after the export
const SET_NEW_THEN_ANSWERED = id(150); // a card never studied, due in 5 days: answered on the 22nd
const SET_NEW = id(160); // a card never studied, due in 30 days

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-anki-manual-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const BEFORE_ANKI: GuanhuaStudy = {
  answers: [[id(0), 3, '2026-01-02 10:00:00', 4000], [id(0), 3, '2026-01-02 10:12:00', 3000], [id(1), 4, '2026-01-02 10:01:00', 3000]],
};

describeWithAnki("guanhua import: Anki's Set Due Date and Forget come back", () => {
  const home = path.join(dir, 'home');
  const twin = path.join(dir, 'twin');
  let anki: AnkiReport;
  const imports: Record<string, ImportSummary> = {};
  const ankiCard = (guid: string) => anki.cards.find((c) => c.guid === guid)!;
  const manual = (guid: string) => anki.revlog.filter((r) => r.guid === guid && r.ease === 0);

  beforeAll(async () => {
    const apkg = await guanhuaBeforeAnki(home, deck, BEFORE_ANKI, path.join(dir, 'from-guanhua.apkg'));
    const sessions = ['2026-01-09', '2026-01-10', '2026-01-12', '2026-01-16', '2026-01-22']
      .flatMap((day) => [`${day} 10:00:00`, `${day} 10:15:00`, `${day} 10:30:00`].map((at) => ({ at })));
    Object.assign(sessions.find((s) => s.at === '2026-01-12 10:30:00')!, {
      setDue: [
        { guid: SET_THEN_ANSWERED, days: '10' }, { guid: SET_STUDIED, days: '20!' },
        { guid: SET_NEW_THEN_ANSWERED, days: '5' }, { guid: SET_NEW, days: '30' },
      ],
      forget: [FORGOTTEN_THEN_STUDIED],
    });
    Object.assign(sessions.at(-1)!, { forget: [FORGOTTEN] });
    anki = studyInAnki({
      dir: path.join(dir, 'anki'),
      package: apkg,
      newPerDay: 5,
      ratings: [3, 3, 1, 3, 2, 4, 3, 3, 4, 3],
      sessions,
      exportAt: '2026-01-22 11:00:00',
    });
    Object.assign(imports, await importEach(home, anki.packages, NOW));
    // A twin of the guanhua side that takes the .colpkg first.
    await guanhuaBeforeAnki(twin, deck, BEFORE_ANKI, path.join(dir, 'twin.apkg'));
    imports.twinColpkg = await importJson(twin, anki.packages.colpkg, NOW);
  }, 120_000);

  it('Anki logs each change as an ease-0 row of kind 4 (Manual): Forget with factor 0, Set Due Date with one', () => {
    for (const guid of [FORGOTTEN, FORGOTTEN_THEN_STUDIED]) {
      expect(manual(guid)).toEqual([expect.objectContaining({ type: 4, ivl: 0, factor: 0 })]);
    }
    for (const guid of [SET_THEN_ANSWERED, SET_STUDIED, SET_NEW_THEN_ANSWERED, SET_NEW]) {
      const rows = manual(guid);
      expect(rows).toHaveLength(1);
      expect(rows[0].type).toBe(4);
      expect(rows[0].factor).toBeGreaterThan(0);
    }
    // A studied card's row carries its new interval; a new card's carries none (ivl 0, the deck's ease).
    expect(manual(SET_STUDIED)[0].ivl).toBeGreaterThanOrEqual(20);
    expect(manual(SET_NEW)[0]).toMatchObject({ ivl: 0, factor: 2500 });
    expect(ankiCard(FORGOTTEN)).toMatchObject({ type: 0, queue: 0 });
    expect(ankiCard(SET_STUDIED)).toMatchObject({ type: 2, dueDate: '2026-02-01' });
    expect(ankiCard(SET_NEW)).toMatchObject({ type: 2, dueDate: '2026-02-11', reps: 0 });
    expect(ankiCard(SET_NEW_THEN_ANSWERED).reps).toBe(1);
    expect(anki.revlog.filter((r) => r.guid === SET_THEN_ANSWERED && r.id > utc('2026-01-22 04:00:00').getTime())).toHaveLength(1);
  });

  it('imports each change once: the forgotten card new again, its history kept', () => {
    expect(imports.first).toMatchObject({ matched: 200, rescheduled: 6 });
    for (const again of [imports.again, imports.colpkg, imports.legacy]) {
      expect(again).toMatchObject({ matched: 200, reviewsAdded: 0, rescheduled: 0, cardsUpdated: 0 });
    }
    withCollection(home, (c) => {
      expect(c.card(FORGOTTEN)!.schedule).toMatchObject({ state: 'new', reps: 0, lapses: 0, lastReview: null });
      const answers = anki.revlog.filter((r) => r.guid === FORGOTTEN && r.ease > 0);
      expect(c.reviewLog([FORGOTTEN])).toHaveLength(answers.length);
    });
  });

  it('a due date set in Anki is the due date here: on the same day, a new card a review card', () => {
    withCollection(home, (c) => {
      for (const guid of [SET_STUDIED, SET_NEW]) {
        const g = c.card(guid)!.schedule;
        expect(g.state).toBe('review');
        expect(learnerDay(g.due, clock)).toBe(ankiDueDay(ankiCard(guid)));
      }
      // The studied card keeps the memory Anki computed; the new one has answered nothing.
      expect(c.card(SET_STUDIED)!.schedule.stability).toBeCloseTo(ankiCard(SET_STUDIED).stability!, 1);
      expect(c.card(SET_NEW)!.schedule.reps).toBe(0);
    });
  });

  it('answers after a Forget are replayed from a new card, as Anki computes them', () => {
    withCollection(home, (c) => {
      const a = ankiCard(FORGOTTEN_THEN_STUDIED);
      const g = c.card(FORGOTTEN_THEN_STUDIED)!.schedule;
      const log = c.reviewLog([FORGOTTEN_THEN_STUDIED]);
      const resetAt = manual(FORGOTTEN_THEN_STUDIED)[0].id;
      expect(log.find((l) => l.reviewedAt.getTime() > resetAt)!.stateBefore).toBe('new');
      expect(g.reps).toBe(log.filter((l) => l.reviewedAt.getTime() > resetAt).length);
      expect(g.stability).toBeCloseTo(a.stability!, 1);
      expect(g.difficulty).toBeCloseTo(a.difficulty!, 1);
      expect(learnerDay(g.due, clock)).toBe(ankiDueDay(a));
    });
  });

  it('an answer after the due date was set decides, as in Anki', () => {
    withCollection(home, (c) => {
      for (const guid of [SET_THEN_ANSWERED, SET_NEW_THEN_ANSWERED]) {
        const a = ankiCard(guid);
        const g = c.card(guid)!.schedule;
        expect(g.state).toBe('review');
        expect(Math.abs(learnerDay(g.due, clock) - ankiDueDay(a))).toBeLessThanOrEqual(1);
      }
      expect(c.card(SET_THEN_ANSWERED)!.schedule.stability).toBeCloseTo(ankiCard(SET_THEN_ANSWERED).stability!, 1);
      // The new card made due by hand was a review card when answered, here as in Anki.
      expect(c.reviewLog([SET_NEW_THEN_ANSWERED]).map((l) => l.stateBefore)).toEqual(['review']);
    });
  });

  it('the .colpkg taken first gives the same cards (its day numbers count from the same crt)', () => {
    expect(imports.twinColpkg).toMatchObject({ rescheduled: 6, reviewsAdded: imports.first.reviewsAdded });
    const a = openCollection(home);
    const b = openCollection(twin);
    try {
      for (const guid of [FORGOTTEN, FORGOTTEN_THEN_STUDIED, SET_THEN_ANSWERED, SET_STUDIED, SET_NEW_THEN_ANSWERED, SET_NEW]) {
        expect(b.card(guid)!.schedule).toEqual(a.card(guid)!.schedule);
      }
    } finally {
      a.close();
      b.close();
    }
  });

  it('guanhua check finds every card as its log, resets and due dates say', () => {
    expect(cardProblems(home)).toEqual([]);
  });
}, libfaketimeMissing);

describeWithAnki('guanhua import: FSRS rescheduling in Anki (a new desired retention, cards rescheduled)', () => {
  const home = path.join(dir, 'rescheduled');
  let anki: AnkiReport;
  let imports: Record<'first' | 'again' | 'colpkg' | 'legacy', ImportSummary>;
  const NOW_16 = utc('2026-01-16 12:00:00');

  beforeAll(async () => {
    const apkg = await guanhuaBeforeAnki(home, deck, BEFORE_ANKI, path.join(dir, 'rescheduled.apkg'));
    const sessions: AnkiSession[] = ['2026-01-09', '2026-01-10', '2026-01-12', '2026-01-16']
      .flatMap((day) => [`${day} 10:00:00`, `${day} 10:15:00`].map((at) => ({ at })));
    sessions[sessions.length - 1].retention = 0.8;
    anki = studyInAnki({
      dir: path.join(dir, 'anki-rescheduled'),
      package: apkg,
      newPerDay: 5,
      ratings: [3, 3, 4, 3, 2],
      sessions,
      exportAt: '2026-01-16 11:00:00',
    });
    imports = await importEach(home, anki.packages, NOW_16);
  }, 120_000);

  it('Anki logs a row of kind 5 (Rescheduled), ease 0, for each review card it moved; guanhua takes each once', () => {
    const rows = anki.revlog.filter((r) => r.type === 5);
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r).toMatchObject({ ease: 0, factor: expect.any(Number) });
    expect(rows.every((r) => r.ivl > 0)).toBe(true);
    expect(imports.first.rescheduled).toBe(rows.length);
    for (const again of [imports.again, imports.colpkg, imports.legacy]) {
      expect(again).toMatchObject({ reviewsAdded: 0, rescheduled: 0, cardsUpdated: 0 });
    }
  });

  it('each card Anki rescheduled is due here on the day Anki moved it to', () => {
    withCollection(home, (c) => {
      const moved = new Set(anki.revlog.filter((r) => r.type === 5).map((r) => r.guid));
      for (const guid of moved) {
        const a = anki.cards.find((x) => x.guid === guid)!;
        expect(learnerDay(c.card(guid)!.schedule.due, clock)).toBe(ankiDueDay(a));
      }
    });
    expect(cardProblems(home)).toEqual([]);
  });
}, libfaketimeMissing);
