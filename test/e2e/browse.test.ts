import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { bin, cli, root, tempDir } from '../helpers/cli.js';
import { loadUiDeck } from '../store/helpers.js';
import { hasTmux, Terminal } from './tmux.js';
import { collectionPath, openCollection } from '../../src/store/collection.js';
import { listBackupFiles } from '../../src/store/backup-files.js';
import { damageRootPage, sha256 } from '../helpers/damage.js';

const deck = loadUiDeck();
const idOf = (word: string) => deck.cards.find((c) => c.word === word)!.id;

let term: Terminal | null = null;
afterEach(() => {
  term?.close();
  term = null;
});

function run(home: string, command: string): Terminal {
  term = new Terminal(`${process.execPath} ${bin} ${command} --home ${home}`, { env: { NO_COLOR: '1' }, cwd: root });
  return term;
}

function collection(): string {
  const home = tempDir();
  const c = openCollection(home);
  c.addDeck(deck, new Date());
  c.answer(idOf('局长'), 3, new Date(), 3000);
  c.close();
  return home;
}

describe.skipIf(!hasTmux)('guanhua browse in a real terminal (tmux, 80×24)', () => {
  it('types a search, opens a card, suspends it, goes back and quits; the terminal is given back', async () => {
    const home = collection();
    const t = run(home, 'browse');
    let screen = await t.waitFor('8 cards');
    expect(screen).toMatch(/› 执法 +zhí fǎ +new/);
    t.send('ju2');
    screen = await t.waitFor('1 card');
    expect(screen).toMatch(/› 局长 +jú zhǎng +learning/);
    t.send('Enter');
    screen = await t.waitFor('history');
    expect(screen).toContain('director of a bureau');
    expect(screen).toMatch(/\d\d:\d\d {2}Good {3}new → learning/);
    t.send('s');
    await t.waitFor('Suspended: 局长');
    t.send('Escape');
    screen = await t.waitFor(/› 局长 +jú zhǎng +suspended/);
    t.send('Escape');
    await t.waitFor('8 cards');
    t.send('Escape');
    expect(await t.waitForExit()).toBe(0);
    expect(t.screen()).not.toContain('search ›');
    const c = openCollection(home, { create: false });
    expect(c.card(idOf('局长'))!.suspended).toBe(true);
    c.close();
  });

  it('forgets a card after a second f, making a backup first', async () => {
    const home = collection();
    const t = run(home, 'browse');
    await t.waitFor('8 cards');
    t.send('局长');
    await t.waitFor('1 card');
    t.send('Enter', 'f');
    await t.waitFor('Press f again');
    t.send('f');
    await t.waitFor('Forgot 局长');
    t.send('q');
    expect(await t.waitForExit()).toBe(0);
    expect(listBackupFiles(home).map((b) => b.reason)).toEqual(['before-forget']);
    const c = openCollection(home, { create: false });
    expect(c.card(idOf('局长'))!.schedule.state).toBe('new');
    expect(c.reviewLog([idOf('局长')])).toHaveLength(1);
    c.close();
  });

  it.each(['review', 'browse'])('%s on a damaged collection: one line naming guanhua restore and the newest backup, exit 1', async (command) => {
    const home = collection();
    expect((await cli(['--home', home, 'backup'])).status).toBe(0);
    const backup = listBackupFiles(home)[0].file;
    fs.writeFileSync(collectionPath(home), 'no database here; '.repeat(400));
    const t = run(home, command);
    expect(await t.waitForExit()).toBe(1);
    const screen = t.screen().replace(/\n/g, '');
    expect(screen).toContain('is damaged and cannot be read (SQLITE_NOTADB); nothing was written to it;');
    expect(screen).toContain(`guanhua restore ${backup}`);
    expect(screen).not.toMatch(/at .*\.js:\d+/);
  });

  // A damaged page that neither screen reads to start (a table of Anki's set due dates): only the
  // session's check of the whole file, in its worker, finds it, and the screen ends before anything is written.
  it.each([['review', `review ${deck.name}`], ['browse', 'browse']])('%s on a collection with a damaged page it does not read: the check ends it with the line, the file unchanged', async (_name, command) => {
    const home = collection();
    expect((await cli(['--home', home, 'backup'])).status).toBe(0);
    const backup = listBackupFiles(home)[0].file;
    const file = collectionPath(home);
    damageRootPage(file, 'card_due_sets');
    const sha = sha256(file);
    const t = run(home, command);
    expect(await t.waitForExit()).toBe(1);
    const screen = t.screen().replace(/\n/g, '');
    expect(screen).toContain('is damaged and cannot be read (SQLITE_CORRUPT); nothing was written to it;');
    expect(screen).toContain(`guanhua restore ${backup}`);
    expect(sha256(file)).toBe(sha);
  });
});

describe('guanhua browse without a terminal', () => {
  it('exits 1 with one line', async () => {
    const r = await cli(['--home', collection(), 'browse']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("guanhua: browse needs a terminal: standard input is not one; for scripts, see 'guanhua cards --json'\n");
  });
});
