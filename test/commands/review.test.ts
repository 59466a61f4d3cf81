import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guanhua, root, tempDir } from '../helpers/cli.js';
import { addBundledDecks } from '../../src/commands/review.js';
import { openCollection } from '../../src/store/collection.js';

describe('guanhua review (not in a terminal)', () => {
  it('exits 1 with one clear line when standard input is not a terminal', () => {
    const home = tempDir();
    const r = guanhua(['review', '--home', home, 'test/fixtures/ui/deck.json'], { input: '' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^guanhua: review needs a terminal/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // Nothing was written: the check comes before the collection is opened.
    expect(fs.readdirSync(home)).toEqual([]);
  });

  it('rejects a bad flag value as a usage error (exit 2)', () => {
    const r = guanhua(['review', '--new', 'many'], { input: '' });
    expect(r.status).toBe(2);
  });
});

describe('first run (npm start)', () => {
  it('adds the bundled decks that the collection does not have yet, once', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(root, 'test/fixtures/ui/deck.json'), path.join(dir, 'report.json'));
    const c = openCollection(tempDir());
    try {
      const now = new Date('2026-01-05T09:00:00');
      addBundledDecks(c, now, dir);
      expect(c.deckNames()).toEqual(['政府工作报告（测试）']);
      expect(c.cardsOfDeck('政府工作报告（测试）')).toHaveLength(8);
      addBundledDecks(c, now, dir);
      expect(c.deckNames()).toHaveLength(1);
    } finally {
      c.close();
    }
  });
});
