import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCollection } from '../../src/store/collection.js';
import { collectionController } from '../../src/ui/controller.js';
import { initialSession, sessionReducer } from '../../src/ui/session-reducer.js';
import { root } from '../helpers/cli.js';
import { loadUiDeck, tempHome } from '../store/helpers.js';

const deck = loadUiDeck();
const T0 = new Date('2026-11-27T09:00:00Z');
const at = (sec: number) => new Date(T0.getTime() + sec * 1000);

/** Two review screens' controllers on one collection file, each with its own connection, as two terminals have. */
function twoWindows() {
  const home = tempHome();
  const one = openCollection(home);
  one.addDeck(deck, T0);
  const two = openCollection(home);
  return { home, one, two, a: collectionController(one), b: collectionController(two) };
}

describe('two review windows on one collection', () => {
  it('in lockstep, each card is answered once: the second window skips a card the first has just answered', () => {
    const { one, two, a, b } = twoWindows();
    let sa = a.start(null, at(0));
    let sb = b.start(null, at(0));
    const words: string[] = [];
    for (let i = 0; i < 8; i++) {
      // Both windows show the same card; both answer Good within a second.
      expect(sb.item?.card.id).toBe(sa.item?.card.id);
      const id = sa.item!.card.id;
      words.push(sa.item!.card.word);
      sa = a.answer(id, 3, at(10 * i), 2000);
      expect(sa.elsewhere).toBeUndefined();
      sb = b.answer(id, 3, at(10 * i + 0.5), 2000);
      expect(sb.elsewhere).toBe(words[i]);
    }
    expect(words).toEqual(deck.cards.map((c) => c.word));
    // One answer per card, and each card where one Good puts a new card: learning, not a 2-day review.
    expect(one.reviewLog().map((l) => l.cardId)).toEqual(deck.cards.map((c) => c.id));
    for (const c of deck.cards) expect(two.card(c.id)!.schedule).toMatchObject({ state: 'learning', reps: 1 });
    one.close();
    two.close();
  });

  it('the window that did not answer moves on by itself (recheck) and at the reveal, naming the card', () => {
    const { one, two, a, b } = twoWindows();
    const sa = a.start(null, at(0));
    let sb = b.start(null, at(0));
    expect(b.recheck(at(1))).toBeNull();
    a.answer(sa.item!.card.id, 3, at(2), 2000);
    const moved = b.recheck(at(3))!;
    expect(moved.elsewhere).toBe('执法');
    expect(moved.item?.card.word).toBe('局长');
    // The session shows the next card with a notice and counts no answer for the card that went.
    let s = sessionReducer(initialSession({ typingMode: false }), { type: 'start', now: 0, step: sb });
    s = sessionReducer(s, { type: 'elsewhere', now: 3000, step: moved });
    expect(s).toMatchObject({ phase: 'front', notice: 'Answered in another window: 执法', answered: [] });
    expect(s.item?.card.word).toBe('局长');
    sb = moved;
    // A card changed elsewhere that is still due (suspended, then unsuspended) stays on screen.
    two.suspend(sb.item!.card.id, at(4));
    two.unsuspend(sb.item!.card.id, at(5));
    expect(b.recheck(at(6))).toBeNull();
    one.close();
    two.close();
  });

  it('another process answering the card on screen: this window saves nothing for it', async () => {
    const { home, one, a } = twoWindows();
    const first = a.start(null, at(0)).item!;
    expect(first.card.word).toBe('执法');
    // A second guanhua process answers the first new card of the deck: the one on screen here.
    const answered: string = await new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [path.join(root, 'test/store/answer-stream.child.mjs'), home, '1'], { cwd: root });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`child exited ${code}`))));
    });
    expect(answered).toBe(first.card.id);
    const step = a.answer(first.card.id, 1, at(5), 2000);
    expect(step.elsewhere).toBe('执法');
    expect(step.item?.card.id).not.toBe(first.card.id);
    expect(one.reviewLog([first.card.id]).map((l) => l.grade)).toEqual([3]);
    one.close();
  });
});
