import { describe, expect, it } from 'vitest';
import { openCollection } from '../../src/store/collection.js';
import { cli, tempDir } from '../helpers/cli.js';
import { fixture, syntheticDeck } from '../store/helpers.js';
import fs from 'node:fs';
import path from 'node:path';

describe('guanhua optimize (CLI)', () => {
  it('with too few reviews says how many more are needed', async () => {
    const home = tempDir();
    await cli(['--home', home, 'add', fixture('governance')]);
    const r = await cli(['--home', home, 'optimize']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      "Not enough reviews yet: 0 reviews on a later day than the card's previous one so far; FSRS needs 400: about 400 more, then run 'guanhua optimize' again.\n",
    );
  });

  it('without a collection exits 1 with one line', async () => {
    const r = await cli(['--home', path.join(tempDir(), 'none'), 'optimize']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: there is no collection yet/);
  });

  it('fits parameters to a review history, stores them, and later answers use them', async () => {
    const home = tempDir();
    fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify({ enableFuzz: false, timeZone: 'UTC' }));
    const c = openCollection(home);
    c.addDeck(syntheticDeck('history', 150), new Date('2026-01-01T10:00:00Z'));
    // A deterministic learner: forgets every 5th review, otherwise Good; reviews each card when due.
    let k = 0;
    for (let day = 0; day < 120; day++) {
      const now = new Date(Date.parse('2026-01-01T10:00:00Z') + day * 86_400_000);
      const q = c.todayQueue({ now, newLimit: day < 5 ? 30 : 0 });
      for (let item = q.next(now); item; item = q.next(now)) {
        c.answer(item.card.card.id, (k++ % 5 === 4 ? 1 : 3), now, 1000);
      }
    }
    c.close();
    const r = await cli(['--home', home, 'optimize']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Fitted FSRS to \d+ reviews\.\n  before: log loss [\d.]+, RMSE [\d.]+% \(FSRS-6 defaults\)\n  after:  log loss [\d.]+, RMSE [\d.]+%\n/);
    const after = openCollection(home, { create: false });
    expect(after.config.weights).toHaveLength(21);
    after.close();
  });
});
