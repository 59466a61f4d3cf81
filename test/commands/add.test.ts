import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';
import { fixture } from '../store/helpers.js';

const collectionIn = (home: string) => path.join(home, 'collection.sqlite');

describe('guanhua add (CLI)', () => {
  it('adds decks, prints a summary per deck, and keeps progress on re-add', async () => {
    const home = path.join(tempDir(), 'home');
    const r = await cli(['--home', home, 'add', fixture('report-2024'), fixture('governance')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      'report-2024: 5 new, 0 updated, 0 unchanged\n' +
        'governance: 2 new, 2 already in other decks (progress kept), 0 updated, 0 unchanged\n',
    );
    expect(fs.existsSync(collectionIn(home))).toBe(true);
    const again = await cli(['--home', home, 'add', '--json', fixture('report-2024-v2')]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ decks: [{ deck: 'report-2024', added: 1, shared: 0, updated: 3, unchanged: 1 }] });
  });

  it('honours GUANHUA_HOME', async () => {
    const home = path.join(tempDir(), 'env-home');
    const r = await cli(['add', fixture('governance')], { env: { GUANHUA_HOME: home } });
    expect(r.status).toBe(0);
    expect(fs.existsSync(collectionIn(home))).toBe(true);
  });

  it.each([
    ['a missing file', () => '/nonexistent/deck.json', /^guanhua: \/nonexistent\/deck\.json: no such file; make a deck with 'guanhua generate <article>'\n$/],
    ['a file that is not a deck', () => {
      const f = path.join(tempDir(), 'notes.json');
      fs.writeFileSync(f, '{"hello": 1}');
      return f;
    }, /^guanhua: .*notes\.json: not a guanhua deck \(format is not "guanhua-deck"\); make one with 'guanhua generate'\n$/],
    ['broken JSON', () => {
      const f = path.join(tempDir(), 'broken.json');
      fs.writeFileSync(f, '{"format": "guanhua-deck", ');
      return f;
    }, /not valid JSON/],
  ])('%s exits 1 with one line and adds nothing, not even the good decks before it', async (_what, make, message) => {
    const home = path.join(tempDir(), 'home');
    const r = await cli(['--home', home, 'add', fixture('governance'), make()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(home)).toBe(false);
  });

  it('without a deck file it is a usage error (exit 2)', async () => {
    const r = await cli(['--home', tempDir(), 'add']);
    expect(r.status).toBe(2);
  });
});
