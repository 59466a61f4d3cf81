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

export const LIST_HINT = 'type to search · ↑↓ move · enter: card · ?: keys · esc: quit';
export const CARD_HINT = 's suspend · f forget · k known · r reading · m meaning · esc: back · ?: keys';

/** Rows the list may take on a terminal of `rows`: the screen is a row short, less search line, gap and footer. */
export const listRowsFor = (rows: number) => Math.max(1, Math.max(10, rows - 1) - 4);

const bold = (t: string) => `\x1b[1m${t}\x1b[22m`;
const dim = (t: string) => `\x1b[2m${t}\x1b[22m`;
const inverse = (t: string) => `\x1b[7m${t}\x1b[27m`;

/**
 * The browse screen's first picture (the list for the empty search) as plain terminal text,
 * drawn before Ink has loaded: the same picture, cell for cell, that BrowseApp draws
 * (test/ui/browse-first-frame.test.tsx holds them side by side), so nothing moves when Ink takes over.
 */
export function browseFirstFrameText(cards: readonly CardSummary[], total: number, columns: number, rows: number, color: boolean, now: Date, clock: DayClock): string {
  const listRows = listRowsFor(rows);
  const count = countLabel(cards.length, total);
  const label = color ? `\x1b[36m${bold('search › ')}\x1b[39m` : bold('search › ');
  const gap = Math.max(1, columns - 2 - 10 - displayWidth(count));
  const lines = [` ${label}${inverse(' ')}${' '.repeat(gap)}${dim(count)}`, ''];
  const shown = cards.slice(0, listRows);
  const cols = listColumns(shown);
  const width = Math.max(10, columns - 4);
  shown.forEach((c, i) => {
    const row = `${i === 0 ? '› ' : '  '}${listRow(c, cols, width, now, clock)}`;
    lines.push(` ${i === 0 ? inverse(row) : c.state === 'suspended' || c.state === 'known' ? dim(row) : row}`);
  });
  if (cards.length === 0) lines.push(` ${dim('No cards match.')}`);
  while (lines.length < 2 + listRows) lines.push('');
  lines.push(` ${dim(' ')}`, ` ${dim(LIST_HINT)}`);
  return lines.join('\n');
}
