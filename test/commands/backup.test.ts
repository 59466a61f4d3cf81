import { describe, expect, it } from 'vitest';
import { openCollection } from '../../src/store/collection.js';
import { cli } from '../helpers/cli.js';
import { loadUiDeck, tempHome } from '../store/helpers.js';

const deck = loadUiDeck();

describe('guanhua backup --list (CLI)', () => {
  it('lists every backup newest first, its columns aligned whatever the reason', async () => {
    const home = tempHome();
    const c = openCollection(home);
    c.addDeck(deck, new Date('2026-11-20T10:00:00Z'));
    c.close();
    expect((await cli(['--home', home, 'backup'])).status).toBe(0);
    expect((await cli(['--home', home, 'decks', 'remove', deck.name, '--yes'])).status).toBe(0);

    const json = JSON.parse((await cli(['--home', home, 'backup', '--list', '--json'])).stdout) as { backups: { file: string; reason: string }[] };
    expect(json.backups.map((b) => b.reason)).toEqual(['before-decks-remove', 'manual']);

    const lines = (await cli(['--home', home, 'backup', '--list'])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    lines.forEach((line, i) => expect(line.endsWith(json.backups[i].file)).toBe(true));
    // The reason, the counts and the file each start in the same column on every line.
    for (const column of [/before-decks-remove|manual/, /\d+ cards/, new RegExp(home.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))]) {
      const starts = lines.map((line) => line.search(column));
      expect(starts[0]).toBeGreaterThan(0);
      expect(new Set(starts).size).toBe(1);
    }
  });
});
