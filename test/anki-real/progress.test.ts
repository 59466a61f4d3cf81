import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dayNumber, epochSeconds } from '../../src/anki/ids.js';
import { KNOWN_TAG } from '../../src/anki/package-plan.js';
import type { Deck } from '../../src/model/deck.js';
import { openCollection, type ReviewLogEntry, type StoredCard } from '../../src/store/collection.js';
import { tempDir } from '../helpers/cli.js';
import { describeWithAnki } from '../helpers/python.js';
import { anki, type AnkiCard, type Snapshot } from './anki.js';
import { EXPORTED, HISTORY, exportInProcess, learnerCollection } from './learner.js';

/**
 * `guanhua export --with-progress` imported by real Anki, with and without
 * "Import any learning progress": what arrives is what guanhua had.
 */

const dir = tempDir('guanhua-anki-progress-');
const home = path.join(dir, 'home');
const pkg = path.join(dir, 'progress.apkg');
let deck: Deck;
let stored: Map<string, StoredCard>;
let log: ReviewLogEntry[];
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const recognition = (snap: Snapshot, guid: string): AnkiCard => snap.cards.find((c) => c.guid === guid && c.template === 'Recognition')!;

describeWithAnki('progress in real Anki', () => {
  beforeAll(async () => {
    deck = learnerCollection(home);
    await exportInProcess(deck.name, { apkg: pkg, withProgress: true, recall: true }, home, EXPORTED);
    const col = openCollection(home, { create: false });
    try {
      stored = new Map(col.cardsOfDeck(deck.name).map((s) => [s.card.id, s]));
      log = col.reviewLog();
    } finally {
      col.close();
    }
  });

  it('with progress: each card keeps its state, due day, FSRS memory state and review log', () => {
    const [counts, snap, check] = anki(path.join(dir, 'with.anki2'), [
      { op: 'import', package: pkg, withScheduling: true },
      { op: 'snapshot' },
      { op: 'check' },
    ] as const);
    expect(counts.new).toBe(deck.cards.length);
    expect(check).toMatchObject({ ok: true });

    const clock = { timeZone: 'local', dayStartsAt: 4 } as const;
    const studied = HISTORY.filter((h) => h.answers.length > 0);
    for (const h of studied) {
      const s = stored.get(deck.cards[h.rank - 1].id)!;
      const card = recognition(snap, s.card.id);
      const kind = { review: 2, learning: 1, relearning: 3 }[s.schedule.state as 'review' | 'learning' | 'relearning'];
      // Day-based due dates are counted from the importing collection's creation: the same learner day.
      const dayBased = kind === 2 || s.schedule.scheduledDays >= 1;
      const queue = kind === 2 ? 2 : dayBased ? 3 : 1;
      expect(card.type, h.what).toBe(kind);
      expect(card.queue, h.what).toBe(s.suspended ? -1 : h.then === 'bury' ? -3 : queue);
      expect(card.due, h.what).toBe(dayBased ? dayNumber(s.schedule.due, snap.crt * 1000, clock) : epochSeconds(s.schedule.due));
      expect(card.reps, h.what).toBe(s.schedule.reps);
      expect(card.lapses, h.what).toBe(s.schedule.lapses);
      expect(card.memoryState!.stability, h.what).toBeCloseTo(s.schedule.stability, 3);
      expect(card.memoryState!.difficulty, h.what).toBeCloseTo(s.schedule.difficulty, 3);
      expect(card.desiredRetention).toBeCloseTo(0.9, 5);
      expect(card.lastReview, h.what).toBe(epochSeconds(s.schedule.lastReview!));
    }

    // "I know this": suspended in Anki, tagged.
    const known = deck.cards[HISTORY.find((h) => h.then === 'retire')!.rank - 1].id;
    expect(recognition(snap, known).queue).toBe(-1);
    expect(snap.notes.find((n) => n.guid === known)!.tags).toContain(KNOWN_TAG);

    // Every other card, and every Recall card, is new, in deck order.
    const studiedIds = new Set(HISTORY.map((h) => deck.cards[h.rank - 1].id));
    for (const c of snap.cards.filter((c) => !(studiedIds.has(c.guid) && c.template === 'Recognition'))) {
      expect([c.type, c.queue, c.memoryState], `${c.guid} ${c.template}`).toEqual([0, 0, null]);
    }

    // The review log, row for row: time, grade, answer time, on the right card.
    expect(snap.revlog).toHaveLength(log.length);
    expect(log.length).toBe(studied.reduce((n, h) => n + h.answers.length, 0));
    const cardOf = new Map(snap.cards.filter((c) => c.template === 'Recognition').map((c) => [c.id, c.guid]));
    const theirs = snap.revlog.map((r) => [r.id, cardOf.get(r.cid), r.ease, r.time]);
    const ours = log.map((e) => [e.reviewedAt.getTime(), e.cardId, e.grade, e.durationMs]);
    expect(theirs).toEqual(ours);
  });

  it('without progress: every card new, no review log, no memory state', () => {
    const [counts, snap, check] = anki(path.join(dir, 'without.anki2'), [
      { op: 'import', package: pkg, withScheduling: false },
      { op: 'snapshot' },
      { op: 'check' },
    ] as const);
    expect(counts.new).toBe(deck.cards.length);
    expect(check).toMatchObject({ ok: true });
    expect(snap.revlog).toEqual([]);
    for (const c of snap.cards) expect([c.type, c.queue, c.reps, c.memoryState], `${c.guid} ${c.template}`).toEqual([0, 0, 0, null]);
    const position = new Map(deck.cards.map((c, i) => [c.id, i + 1]));
    for (const c of snap.cards) expect(c.due).toBe(position.get(c.guid));
  });

  it('importing the same package again changes nothing', () => {
    const col = path.join(dir, 'twice.anki2');
    const [, before, again, after] = anki(col, [
      { op: 'import', package: pkg, withScheduling: true },
      { op: 'snapshot' },
      { op: 'import', package: pkg, withScheduling: true },
      { op: 'snapshot' },
    ] as const);
    expect(again).toEqual({ new: 0, updated: 0, duplicate: deck.cards.length, conflicting: 0 });
    expect(after).toEqual(before);
  });
});
