import { cellWidth } from './text-width.js';
import type { QueueCounts } from './session-reducer.js';

/** The overview's table as text: shared by the Overview component and the first frame. */

export interface DeckRow extends QueueCounts {
  name: string;
}

export const OVERVIEW_TITLE = '官话 · today';
export const OVERVIEW_HINT = 'enter: start · ↑↓: choose · ?: keys · q: quit';
export const NO_DECKS = "No decks yet: make one with 'guanhua generate', then 'guanhua add'.";
const NUM_WIDTH = 9;

/** Pads to a display width (CJK characters take two cells). */
export function padCells(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - cellWidth(text)));
}

/** Cuts to a display width, with an ellipsis. */
export function fitCells(text: string, width: number): string {
  if (cellWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (cellWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export interface OverviewTable {
  /** Column headings, already padded. */
  header: string;
  /** "All decks" first, then each deck: the name cell and the three number cells. */
  rows: Array<{ name: string; cells: [string, string, string] }>;
}

export function overviewTable(decks: DeckRow[], columns: number): OverviewTable {
  const nameWidth = Math.max(10, Math.min(50, columns - 3 * NUM_WIDTH - 6));
  const total = decks.reduce((t, d) => ({ new: t.new + d.new, learning: t.learning + d.learning, review: t.review + d.review }), {
    new: 0,
    learning: 0,
    review: 0,
  });
  const num = (n: number) => String(n).padStart(NUM_WIDTH);
  return {
    header: padCells('', nameWidth + 2) + 'new'.padStart(NUM_WIDTH) + 'learning'.padStart(NUM_WIDTH) + 'due'.padStart(NUM_WIDTH),
    rows: [{ name: 'All decks', ...total }, ...decks].map((r) => ({
      name: padCells(fitCells(r.name, nameWidth), nameWidth),
      cells: [num(r.new), num(r.learning), num(r.review)],
    })),
  };
}
