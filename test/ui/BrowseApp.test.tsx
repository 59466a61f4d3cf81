import React from 'react';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { openCollection } from '../../src/store/collection.js';
import { openManager, type Manager } from '../../src/store/manager.js';
import { listBackupFiles } from '../../src/store/backup-files.js';
import { BrowseApp } from '../../src/ui/BrowseApp.js';
import { managerController } from '../../src/ui/browse-controller.js';
import { loadUiDeck, tempHome } from '../store/helpers.js';
import { frameWith, listening, press } from './ink-wait.js';

const deck = loadUiDeck();
const idOf = (word: string) => deck.cards.find((c) => c.word === word)!.id;
const T0 = new Date('2026-11-20T10:00:00Z');
const NOW = new Date('2026-11-23T12:00:00Z');
const ENTER = '\r';
const ESC = '\x1b';
const DOWN = '\x1b[B';

let manager: Manager | null = null;
afterEach(() => {
  manager?.close();
  manager = null;
});

/** The browse screen over a real collection: 执法 answered twice. */
function browse() {
  const home = tempHome();
  const c = openCollection(home);
  c.addDeck(deck, T0);
  c.answer(idOf('执法'), 3, T0, 3000);
  c.answer(idOf('执法'), 1, new Date('2026-11-20T10:10:00Z'), 3000);
  c.close();
  manager = openManager(home);
  const controller = managerController(manager, home);
  const r = render(<BrowseApp controller={controller} initial={controller.search('', NOW)} clock={manager.config} color={false} now={() => NOW} />);
  return { home, r, m: manager };
}

describe('BrowseApp', () => {
  it('lists every card; typing filters by pinyin; enter shows the card and its history', async () => {
    const { r } = browse();
    await listening(r);
    expect(r.lastFrame()).toContain('8 cards');
    expect(r.lastFrame()).toMatch(/› 执法 +zhí fǎ +learning/);
    for (const ch of 'lushi') r.stdin.write(ch);
    await frameWith(r, /search › lushi[\s\S]*No cards match/);
    await press(r, '\x7f', '\x7f', '\x7f', '\x7f');
    await frameWith(r, /search › l /);
    r.stdin.write('v');
    await frameWith(r, /› 律师 +lǜ shī/);
    await press(r, ESC);
    await frameWith(r, '8 cards');
    await press(r, ENTER);
    await frameWith(r, 'history');
    const page = r.lastFrame()!;
    expect(page).toContain('1. to enforce a law');
    expect(page).toMatch(/learning · due \S+.* · 2 reviews, 0 lapses/);
    expect(page).toContain('2026-11-20 10:00  Good   new → learning');
    expect(page).toContain('2026-11-20 10:10  Again  learning → learning');
    await press(r, ESC);
    await frameWith(r, 'type to search');
    r.unmount();
  });

  it('on a card: s suspends and unsuspends, k marks known, f f forgets after a backup', async () => {
    const { r, m, home } = browse();
    await listening(r);
    await press(r, ENTER, 's');
    await frameWith(r, 'Suspended: 执法');
    expect(m.detail(idOf('执法'), NOW)!.suspended).toBe(true);
    await press(r, 's');
    await frameWith(r, 'Unsuspended: 执法');
    await press(r, 'k');
    await frameWith(r, 'Marked as known: 执法');
    expect(m.detail(idOf('执法'), NOW)!.state).toBe('known');
    await press(r, 'f');
    await frameWith(r, 'Press f again to forget 执法');
    expect(m.detail(idOf('执法'), NOW)!.reviews).toBe(2);
    r.stdin.write('f');
    await frameWith(r, 'Forgot 执法: new again, history kept');
    const d = m.detail(idOf('执法'), NOW)!;
    expect(d).toMatchObject({ state: 'new', reviews: 2, retired: false });
    expect(d.forgotten).toHaveLength(1);
    expect(listBackupFiles(home).map((b) => b.reason)).toEqual(['before-forget']);
    expect(r.lastFrame()).toContain('forgotten: new again');
    // ↓ on a card opens the next one.
    await press(r, DOWN);
    await frameWith(r, '局长');
    r.unmount();
  });

  it('corrects the reading and the meanings as guanhua fix does; a bad reading is a line, not a crash', async () => {
    const { r, m } = browse();
    await listening(r);
    await press(r, ENTER, 'r');
    await frameWith(r, 'reading, tone numbers (zhi2 fa3) › zhi2 fa3');
    await press(r, '\x7f');
    r.stdin.write('4x');
    await frameWith(r, '› zhi2 fa4x');
    await press(r, ENTER);
    await frameWith(r, /--reading 'zhi2 fa4x'/);
    await press(r, '\x7f', '\x7f');
    r.stdin.write('3');
    await frameWith(r, '› zhi2 fa3');
    await press(r, ENTER);
    await frameWith(r, 'Saved: 执法: read zhí fǎ');
    await press(r, 'm');
    await frameWith(r, 'meanings, separated by ; › to enforce a law; law enforcement');
    for (let i = 0; i < 'law enforcement'.length + 2; i++) r.stdin.write('\x7f');
    await frameWith(r, /› to enforce a law /);
    await press(r, ENTER);
    await frameWith(r, 'Saved: 执法: read zhí fǎ, means to enforce a law');
    const d = m.detail(idOf('执法'), NOW)!;
    expect(d.card!.definitions).toEqual(['to enforce a law']);
    expect(d.card!.tags).toContain('corrected');
    expect(d.reviews).toBe(2);
    r.unmount();
  });

  it('? lists the keys, and any key closes them (quitting is tested in a real terminal: test/e2e/browse.test.ts)', async () => {
    const { r } = browse();
    await listening(r);
    await press(r, '?');
    await frameWith(r, 'Keys');
    expect(r.lastFrame()).toContain('forget: new again, its history kept');
    expect(r.lastFrame()).toContain('correct the reading (tone numbers: zhi2 fa3), as guanhua fix --reading');
    await press(r, 'x');
    await frameWith(r, 'type to search');
    expect(r.lastFrame()).not.toContain('search › x');
    r.unmount();
  });
});
