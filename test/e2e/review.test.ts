import { afterEach, describe, expect, it } from 'vitest';
import { bin, root, tempDir } from '../helpers/cli.js';
import { loadUiDeck, uiDeckFile } from '../store/helpers.js';
import { hasTmux, Terminal } from './tmux.js';
import { openCollection } from '../../src/store/collection.js';

const deck = loadUiDeck();
const wordOf = (id: string) => deck.cards.find((c) => c.id === id)?.word;

let term: Terminal | null = null;
afterEach(() => {
  term?.close();
  term = null;
});

function review(home: string, args: string[], env: Record<string, string> = {}, size = { width: 80, height: 24 }): Terminal {
  term = new Terminal(`${process.execPath} ${bin} review --home ${home} ${args.join(' ')}`, { ...size, env, cwd: root });
  return term;
}

/** The words whose answers the collection has saved, in order. */
function savedAnswers(home: string): Array<[string | undefined, number]> {
  const c = openCollection(home, { create: false });
  try {
    return c.reviewLog().map((e) => [wordOf(e.cardId), e.grade]);
  } finally {
    c.close();
  }
}

describe.skipIf(!hasTmux)('guanhua review in a real terminal (tmux, 80×24)', () => {
  it('answers, undoes and quits; the collection holds exactly the answers kept', async () => {
    const home = tempDir();
    const t = review(home, [uiDeckFile], { NO_COLOR: '1' });
    let screen = await t.waitFor('执  法');
    expect(screen).toContain('坚持严格规范公正文明执法');
    expect(screen).toContain('new 8');
    t.send('Space');
    screen = await t.waitFor('zhí fǎ');
    expect(screen).toContain('1. to enforce a law');
    expect(screen).toMatch(/Again · 1m\s+2 Hard · \S+\s+3 Good · \S+\s+4 Easy · \S+/);
    t.send('3');
    screen = await t.waitFor('局  长');
    // Nothing of the answer side is left over on the next front.
    expect(screen).not.toMatch(/Again|zhí fǎ|to enforce/);
    t.send('Enter', 'Enter'); // reveal, then enter = Good
    await t.waitFor('落  实');
    t.send('Space', '1');
    await t.waitFor('监  督');
    t.send('u');
    screen = await t.waitFor('Undone');
    expect(screen).toContain('落  实');
    t.send('q');
    expect(await t.waitForExit()).toBe(0);
    // The screen is given back: the review's alternate screen is gone, the one-line summary stays.
    screen = t.screen();
    expect(screen).toContain('guanhua: 2 answered');
    expect(screen).not.toContain('space: show answer');
    expect(savedAnswers(home)).toEqual([
      ['执法', 3],
      ['局长', 3],
    ]);
  });

  it('kill -9 mid-session loses no answer already shown as saved', async () => {
    const home = tempDir();
    const t = review(home, [uiDeckFile]);
    await t.waitFor('执  法');
    t.send('Space', '4');
    await t.waitFor('局  长');
    t.send('Space', '2');
    await t.waitFor('落  实');
    t.send('Space');
    await t.waitFor('luò shí');
    process.kill(t.pid(), 'SIGKILL');
    await t.waitForExit();
    expect(savedAnswers(home)).toEqual([
      ['执法', 4],
      ['局长', 2],
    ]);
    // A new session picks up where the killed one stopped.
    term?.close();
    const again = review(home, [deck.name]);
    await again.waitFor('落  实');
    expect(again.screen()).toContain('new 6');
  });

  it('no deck named: the overview lists each deck; enter starts; Ctrl-C quits cleanly', async () => {
    const home = tempDir();
    const c = openCollection(home);
    c.addDeck(deck, new Date());
    c.close();
    const t = review(home, []);
    let screen = await t.waitFor('All decks');
    expect(screen).toContain(deck.name);
    expect(screen).toMatch(/政府工作报告（测试）\s+8\s+0\s+0/);
    t.send('Enter');
    await t.waitFor('执  法');
    t.send('?');
    screen = await t.waitFor('Keys');
    expect(screen).toContain('bury this card until tomorrow');
    t.send('Escape');
    await t.waitFor('执  法');
    t.send('C-c');
    expect(await t.waitForExit()).toBe(0);
    expect(t.screen()).not.toContain('执  法');
    expect(savedAnswers(home)).toEqual([]);
  });

  it('typing mode: the typed pinyin is compared and the suggested grade saved; SIGTERM leaves the terminal clean', async () => {
    const home = tempDir();
    const t = review(home, ['--type', uiDeckFile]);
    await t.waitFor('pinyin ›');
    t.send('zhi2 fa4');
    await t.waitFor('pinyin › zhi2 fa4');
    t.send('Enter');
    const screen = await t.waitFor('Suggested: Hard');
    expect(screen).toContain('fa4 ~');
    t.send('Enter');
    await t.waitFor('局  长');
    process.kill(t.pid(), 'SIGTERM');
    expect(await t.waitForExit()).toBe(0);
    expect(t.screen()).not.toContain('局  长');
    expect(savedAnswers(home)).toEqual([['执法', 2]]);
  });

  it('a deck that is neither a file nor in the collection: one clear line, exit 1, terminal untouched', async () => {
    const home = tempDir();
    const t = review(home, ['no-such-deck.json', '没有这个牌组']);
    expect(await t.waitForExit()).toBe(1);
    // The line is longer than the terminal: join the wrapped rows.
    expect(t.screen().replace(/\n/g, '')).toContain("guanhua: cannot read deck file no-such-deck.json: no such file; give a deck file made by 'guanhua generate', or a deck name");
    const t2 = (term?.close(), review(home, ['没有这个牌组']));
    expect(await t2.waitForExit()).toBe(1);
    expect(t2.screen()).toContain("guanhua: no deck named '没有这个牌组' in the collection");
  });

  it('follows a resize and keeps colour off under NO_COLOR', async () => {
    const home = tempDir();
    const t = review(home, [uiDeckFile], { NO_COLOR: '1' });
    await t.waitFor('执  法');
    // No colour escapes (SGR 30–37, 38;…, 90–97) anywhere on the screen.
    expect(t.screen(true)).not.toMatch(/\x1b\[(3[0-8]|9[0-7])[;m]/);
    const widthOfStatus = (s: string) => s.split('\n')[0]!.trimEnd().length;
    const before = widthOfStatus(t.screen());
    t.resize(120, 30);
    await t.waitFor((s) => widthOfStatus(s) > before + 20);
    t.send('q');
    await t.waitForExit();
  });

  it('shows tone colours when colour is on', async () => {
    const home = tempDir();
    const t = review(home, [uiDeckFile], { TERM: 'xterm-256color', NO_COLOR: '' });
    await t.waitFor('执  法');
    t.send('Space');
    await t.waitFor('zhí fǎ');
    expect(t.screen(true)).toMatch(/\x1b\[[0-9;]*3[0-9;]*m/);
    t.send('q');
    await t.waitForExit();
  });
});
