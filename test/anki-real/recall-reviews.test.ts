import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/commands/import.js';
import { openCollection } from '../../src/store/collection.js';
import { openLearningReader } from '../../src/store/learning-store.js';
import { MATURE_DAYS } from '../../src/store/learning.js';
import { openManager } from '../../src/store/manager.js';
import { describeWithAnki } from '../helpers/python.js';
import { bundledDeck } from './learner.js';
import { guanhuaBeforeAnki, importEach, importJson, utc, type GuanhuaStudy } from './round-trip.js';
import { libfaketimeMissing, studyInAnki, type AnkiReport } from './study.js';

/**
 * Recall cards studied in real Anki: guanhua exports its deck with --recall and progress; Anki
 * studies Recognition and Recall cards of the same notes with FSRS on, and the learner studies two
 * words by their Recall cards only (their Recognition cards suspended). guanhua reviews
 * Recognition only: the Recall answers come back as the word's history and its Recall memory,
 * never into the Recognition card; a mature Recall card makes the word known.
 */

const deck = bundledDeck();
const id = (i: number) => deck.cards[i].id;
const NOW = utc('2026-01-20 12:00:00');
/** Studied by Recall only in Anki. */
const RECALL_ONLY = [id(0), id(1)];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-anki-recall-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const BEFORE_ANKI: GuanhuaStudy = { answers: [[id(2), 3, '2026-01-02 10:00:00', 4000], [id(2), 3, '2026-01-02 10:12:00', 3000]] };

describeWithAnki('guanhua import: Recall cards studied in real Anki', () => {
  const home = path.join(dir, 'home');
  let anki: AnkiReport;
  let imports: Record<'first' | 'again' | 'colpkg' | 'legacy', ImportSummary>;
  const wordOf = (guid: string) => deck.cards.find((c) => c.id === guid)!.word;

  beforeAll(async () => {
    const apkg = await guanhuaBeforeAnki(home, deck, BEFORE_ANKI, path.join(dir, 'from-guanhua.apkg'), true);
    anki = studyInAnki({
      dir: path.join(dir, 'anki'),
      package: apkg,
      newPerDay: 6,
      // Easy throughout: a card answered Easy when new and again when due is mature within two weeks.
      ratings: [4],
      suspendAtImport: RECALL_ONLY,
      sessions: ['2026-01-09 10:00:00', '2026-01-09 10:30:00', '2026-01-20 10:00:00', '2026-01-20 10:30:00'].map((at) => ({ at })),
      exportAt: '2026-01-20 11:00:00',
    });
    imports = await importEach(home, anki.packages, NOW);
  }, 120_000);

  it('Anki studied both kinds of card, and two words by Recall alone to maturity', () => {
    expect(anki.recall.revlog.length).toBeGreaterThan(4);
    expect(anki.revlog.filter((r) => r.id > utc('2026-01-09 00:00:00').getTime()).length).toBeGreaterThan(4);
    for (const guid of RECALL_ONLY) {
      expect(anki.cards.find((c) => c.guid === guid)).toMatchObject({ queue: -1, reps: 0 });
      expect(anki.recall.cards.find((c) => c.guid === guid)!.stability).toBeGreaterThanOrEqual(MATURE_DAYS);
    }
  });

  it('each Recall answer comes back once, apart from the Recognition answers', () => {
    const recognition = anki.revlog.filter((r) => r.ease > 0 && r.id > utc('2026-01-09 00:00:00').getTime());
    expect(imports.first).toMatchObject({ matched: 200, reviewsAdded: recognition.length, recallReviewsAdded: anki.recall.revlog.length });
    for (const again of [imports.again, imports.colpkg, imports.legacy]) {
      expect(again).toMatchObject({ reviewsAdded: 0, recallReviewsAdded: 0, cardsUpdated: 0 });
    }
  });

  it("the Recognition cards' memory is Anki's Recognition memory: Recall answers are not replayed into it", () => {
    const c = openCollection(home);
    try {
      let compared = 0;
      for (const a of anki.cards.filter((x) => x.reps > 0 && x.guid !== id(2))) {
        const g = c.card(a.guid)!.schedule;
        expect(g.reps).toBe(a.reps);
        expect(g.stability).toBeCloseTo(a.stability!, 1);
        compared++;
      }
      expect(compared).toBeGreaterThan(2);
      // Studied by Recall only: the Recognition card is new, as Anki has it (and suspended, as there).
      for (const guid of RECALL_ONLY) expect(c.card(guid)).toMatchObject({ schedule: { state: 'new', reps: 0 }, suspended: true });
      // Every answer counts as study: guanhua's, and Anki's of both kinds.
      expect(c.stats(NOW).reviews.total).toBe(2 + imports.first.reviewsAdded + imports.first.recallReviewsAdded);
    } finally {
      c.close();
    }
  });

  it("a word whose Recall card is mature is known; guanhua card shows the Recall history; forget takes it back for good", async () => {
    const reader = openLearningReader(home)!;
    try {
      for (const guid of RECALL_ONLY) expect(reader.knownWords().has(wordOf(guid))).toBe(true);
    } finally {
      reader.close();
    }
    const m = openManager(home);
    try {
      const d = m.detail(RECALL_ONLY[0], NOW)!;
      const a = anki.recall.cards.find((x) => x.guid === RECALL_ONLY[0])!;
      expect(d.recall!.stability).toBeCloseTo(a.stability!, 3);
      expect(d.recall!.history.map((h) => h.time.getTime())).toEqual(anki.recall.revlog.filter((r) => r.guid === RECALL_ONLY[0]).map((r) => r.id));
      expect(d.history).toEqual([]);
      m.forget([RECALL_ONLY[0]], NOW);
    } finally {
      m.close();
    }
    expect(await importJson(home, anki.packages.latest, NOW)).toMatchObject({ recallReviewsAdded: 0, cardsUpdated: 0 });
    const after = openLearningReader(home)!;
    try {
      expect(after.knownWords().has(wordOf(RECALL_ONLY[0]))).toBe(false);
      expect(after.knownWords().has(wordOf(RECALL_ONLY[1]))).toBe(true);
    } finally {
      after.close();
    }
  });
}, libfaketimeMissing);
