import type { DayClock } from '../srs/types.js';
import type { CardSummary } from '../store/manage-types.js';
import { dueLabel } from './card-report.js';
import { displayWidth } from './columns.js';

/**
 * The browse list's rows as text: word, pinyin, state, due and decks in aligned columns, cut to
 * the terminal's width. Pure.
 */

/** `text` padded or cut to exactly `width` columns (CJK characters take two). */
export function fit(text: string, width: number): string {
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = displayWidth(ch);
    if (w + cw > width) break;
    out += ch;
    w += cw;
  }
  return out + ' '.repeat(Math.max(0, width - w));
}

export interface ListColumns {
  word: number;
  pinyin: number;
  state: number;
  due: number;
}

/** Column widths for these cards (the words and readings on screen decide). */
export function listColumns(cards: readonly CardSummary[]): ListColumns {
  return {
    word: Math.min(12, Math.max(4, ...cards.map((c) => displayWidth(c.word)))),
    pinyin: Math.min(22, Math.max(6, ...cards.map((c) => displayWidth(c.pinyin)))),
    state: 10,
    due: 10,
  };
}

/** One row of the list, `width` columns wide (without the cursor mark). */
export function listRow(c: CardSummary, cols: ListColumns, width: number, now: Date, clock: DayClock): string {
  const text = [fit(c.word, cols.word), fit(c.pinyin, cols.pinyin), fit(c.state, cols.state), fit(dueLabel(c, now, clock), cols.due), c.decks.join(', ')].join('  ');
  return fit(text, width);
}

/** "12 cards" / "the first 500 of 3,214 cards". */
export function countLabel(shown: number, total: number): string {
  if (total > shown) return `the best ${shown} of ${total} cards`;
  return `${total} card${total === 1 ? '' : 's'}`;
}
