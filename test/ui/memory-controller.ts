import type { Grade } from '../../src/srs/types.js';
import type { ReviewController } from '../../src/ui/controller.js';
import type { DeckCard } from '../../src/model/deck.js';
import { item } from './fixtures.js';

/**
 * A queue in memory that records every call: for screen tests, where the point
 * is which callback a key press reaches. The real controller is tested over a real collection.
 */
export function memoryController(cards: DeckCard[]) {
  const calls: string[] = [];
  let queue = [...cards];
  const history: DeckCard[][] = [];
  const stepNow = () => ({ item: queue[0] ? item(queue[0]) : null, counts: { new: queue.length, learning: 0, review: 0 } });
  const take = () => {
    history.push(queue);
    queue = queue.slice(1);
    return stepNow();
  };
  const controller: ReviewController = {
    overview: () => [{ name: '政府工作报告', new: queue.length, learning: 0, review: 0 }, { name: 'HSK 6', new: 0, learning: 0, review: 5 }],
    start: (decks) => {
      calls.push(`start ${decks === null ? '*' : decks.join(',')}`);
      return stepNow();
    },
    answer: (cardId: string, grade: Grade, _now: Date, durationMs: number) => {
      calls.push(`answer ${cardId} ${grade} ${durationMs}`);
      return take();
    },
    undo: () => {
      const prev = history.pop();
      if (prev === undefined) return null;
      calls.push('undo');
      queue = prev;
      return stepNow();
    },
    suspend: (id) => (calls.push(`suspend ${id}`), take()),
    bury: (id) => (calls.push(`bury ${id}`), take()),
    retire: (id) => (calls.push(`retire ${id}`), take()),
    resume: () => stepNow(),
    details: () => ({ intervals: null, counts: { new: queue.length, learning: 0, review: 0 } }),
    dueTomorrow: () => 7,
    recheck: () => null,
  };
  return { controller, calls };
}
