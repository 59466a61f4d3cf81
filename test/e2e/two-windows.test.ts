import { afterEach, describe, expect, it } from 'vitest';
import { bin, root, tempDir } from '../helpers/cli.js';
import { loadUiDeck } from '../store/helpers.js';
import { hasTmux, Terminal } from './tmux.js';
import { openCollection } from '../../src/store/collection.js';

const deck = loadUiDeck();
const wordOf = (id: string) => deck.cards.find((c) => c.id === id)?.word;

const terms: Terminal[] = [];
afterEach(() => {
  for (const t of terms.splice(0)) t.close();
});

function review(home: string): Terminal {
  const t = new Terminal(`${process.execPath} ${bin} review --home ${home} ${JSON.stringify(deck.name)}`, { env: { NO_COLOR: '1' }, cwd: root });
  terms.push(t);
  return t;
}

describe.skipIf(!hasTmux)('two review screens on one collection (two terminals, tmux)', () => {
  it('a card answered in one window leaves the other by itself; no card is answered twice', async () => {
    const home = tempDir();
    const c = openCollection(home);
    c.addDeck(deck, new Date());
    c.close();
    const one = review(home);
    const two = review(home);
    await one.waitFor('执  法');
    await two.waitFor('执  法');
    one.send('Space', '3');
    await one.waitFor('局  长');
    // The second window had 执法 on screen: it moves on without a key.
    let screen = await two.waitFor('Answered in another window: 执法');
    expect(screen).toContain('局  长');
    // And the other way round, at the answer side.
    two.send('Space');
    await two.waitFor('jú zhǎng');
    two.send('3');
    await two.waitFor('落  实');
    screen = await one.waitFor('Answered in another window: 局长');
    expect(screen).toContain('落  实');
    // Both answer 落实 at once: one answer is kept.
    one.send('Space');
    two.send('Space');
    await one.waitFor('luò shí');
    await two.waitFor('luò shí');
    one.send('3');
    two.send('3');
    await one.waitFor('监  督');
    await two.waitFor('监  督');
    one.send('q');
    two.send('q');
    expect(await one.waitForExit()).toBe(0);
    expect(await two.waitForExit()).toBe(0);
    const after = openCollection(home);
    expect(after.reviewLog().map((e) => [wordOf(e.cardId), e.grade])).toEqual([['执法', 3], ['局长', 3], ['落实', 3]]);
    after.close();
  });
});
