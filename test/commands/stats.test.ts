import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayLabel, learnerDay } from '../../src/srs/day.js';
import { openCollection } from '../../src/store/collection.js';
import { cli, guanhua, tempDir } from '../helpers/cli.js';
import { fixture } from '../store/helpers.js';

describe('guanhua stats (CLI)', () => {
  it('JSON per the contract, plus retention, forecast and heatmap', async () => {
    const home = tempDir();
    await cli(['--home', home, 'add', fixture('governance')]);
    const c = openCollection(home);
    const id = c.cardsOfDeck('governance')[0].card.id;
    c.answer(id, 4, new Date(), 2000);
    c.suspend(c.cardsOfDeck('governance')[1].card.id, new Date());
    c.close();
    const r = await cli(['--home', home, 'stats', '--json']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.cards).toEqual({ total: 4, new: 2, learning: 0, review: 1, suspended: 1, known: 0 });
    expect(s.reviews).toEqual({ total: 1, today: 1 });
    expect(s.retention).toEqual({ days: 30, reviews: 0, passed: 0, rate: null });
    expect(s.forecast).toHaveLength(30);
    expect(s.heatmap).toHaveLength(1);
    const text = (await cli(['--home', home, 'stats'])).stdout;
    // The readable view (src/ui/stats-view.ts), without colour: not a terminal.
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Cards',
      '  4 in all: 2 new, 0 learning, 1 review, 1 suspended, 0 known',
      '  reviews: 1 in all, 1 today',
      '  true retention (30 days): no reviews of mature cards yet',
    ]);
    expect(text).toMatch(/Due in the next 30 days/);
    expect(text).toMatch(/Reviews, last \d+ weeks/);
    expect(text).not.toMatch(/\x1b\[/);
  });

  it.each(['Asia/Shanghai', 'America/New_York'])('the learner day follows the system time zone (TZ=%s)', async (zone) => {
    const home = tempDir();
    await cli(['--home', home, 'add', fixture('governance')]);
    // The time zone is the process's: a child process.
    const r = guanhua(['--home', home, 'stats', '--json'], { env: { TZ: zone } });
    const expected = dayLabel(learnerDay(new Date(), { timeZone: zone, dayStartsAt: 4 }));
    expect(JSON.parse(r.stdout).forecast[0].day).toBe(expected);
  });

  it('on a home with no collection: zeros, nothing written', async () => {
    const home = path.join(tempDir(), 'none');
    const s = JSON.parse((await cli(['--home', home, 'stats', '--json'])).stdout);
    expect(s.cards).toEqual({ total: 0, new: 0, learning: 0, review: 0, suspended: 0, known: 0 });
    expect(s.reviews).toEqual({ total: 0, today: 0 });
    expect(fs.existsSync(home)).toBe(false);
  });
});
