import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runExport } from '../../src/commands/export.js';
import { openCollection } from '../../src/store/collection.js';
import { tempDir } from '../helpers/cli.js';
import { describeWithAnki } from '../helpers/python.js';
import { bundledDeck } from './learner.js';
import { commandContext, importJson, utc, utcHome, withCollection } from './round-trip.js';
import { libfaketimeMissing, studyInAnki } from './study.js';

/**
 * The everyday round trip: `guanhua export` without progress (every card new in Anki), study in
 * real Anki, `guanhua import` of its package with scheduling. Cards Anki never touched keep
 * what guanhua decided for them ("I know this", suspended); what the learner did in Anki comes
 * back.
 */

const dir = tempDir('guanhua-anki-plain-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeWithAnki('a plain export studied in real Anki comes back', () => {
  it('keeps guanhua\'s "I know this" and suspensions on cards Anki never touched, and takes what Anki did', async () => {
    const deck = bundledDeck();
    const id = (i: number) => deck.cards[i].id;
    const home = path.join(dir, 'home');
    utcHome(home);
    const c = openCollection(home);
    c.addDeck(deck, utc('2026-01-01 10:00:00'));
    c.retire(id(150), utc('2026-01-05 10:00:00'));
    c.suspend(id(151), utc('2026-01-05 10:00:00'));
    c.close();
    const apkg = path.join(dir, 'plain.apkg');
    await runExport(deck.name, { apkg }, commandContext(home, utc('2026-01-08 10:00:00')));

    const anki = studyInAnki({
      dir: path.join(dir, 'anki'),
      package: apkg,
      newPerDay: 5,
      ratings: [3, 3, 1, 4],
      sessions: [{ at: '2026-01-09 10:00:00' }, { at: '2026-01-10 10:00:00', suspend: [id(152)] }],
      exportAt: '2026-01-10 11:00:00',
    });
    const studied = new Set(anki.revlog.map((r) => r.guid));
    expect(studied.size).toBeGreaterThan(0);
    for (const i of [150, 151, 152]) expect(studied.has(id(i))).toBe(false);

    const summary = await importJson(home, anki.packages.latest, utc('2026-01-10 12:00:00'));
    expect(summary).toMatchObject({ matched: 200, reviewsAdded: anki.revlog.length, scheduling: true });
    // The studied cards and the one suspended in Anki: nothing else changed.
    expect(summary.cardsUpdated).toBe(studied.size + 1);

    withCollection(home, (after) => {
      expect(after.card(id(150))).toMatchObject({ retired: true }); // "I know this" here, new in Anki
      expect(after.card(id(151))).toMatchObject({ suspended: true }); // suspended here, active in Anki
      expect(after.card(id(152))).toMatchObject({ suspended: true }); // suspended in Anki
      for (const guid of studied) expect(after.card(guid)!.schedule.reps).toBeGreaterThan(0);
    });
  });
}, libfaketimeMissing);
