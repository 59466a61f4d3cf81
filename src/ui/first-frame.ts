import { cellWidth } from './text-width.js';
import type { QueueCounts, ReviewItem } from './session-reducer.js';
import { spacedWord } from './card-text.js';
import { progressBar, statusCounts } from './status-text.js';
import { NO_DECKS, OVERVIEW_HINT, OVERVIEW_TITLE, overviewTable, type DeckRow } from './overview-text.js';

/**
 * The first screen (the first card's front, or the overview) as plain terminal
 * text, drawn before Ink has loaded (Ink's own import takes most of a launch). It is
 * the same picture, cell for cell, that ReviewScreen or Overview draws
 * (test/ui/first-frame.test.tsx holds them side by side), so when Ink takes over
 * nothing moves. null when the layout is beyond this simple copy (lines that would
 * wrap): then Ink draws alone.
 */

const SGR = {
  bold: ['\x1b[1m', '\x1b[22m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  underline: ['\x1b[4m', '\x1b[24m'],
  blue: ['\x1b[34m', '\x1b[39m'],
  red: ['\x1b[31m', '\x1b[39m'],
  green: ['\x1b[32m', '\x1b[39m'],
  cyan: ['\x1b[36m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
} as const;

type Style = keyof typeof SGR;

export const FRONT_HINT = 'space: show answer · ?: keys · q: quit';

export function firstFrameText(item: ReviewItem, counts: QueueCounts, columns: number, rows: number, color: boolean): string | null {
  const paint = (style: Style, text: string) => (style === 'bold' || style === 'dim' || style === 'underline' || color ? SGR[style][0] + text + SGR[style][1] : text);
  const height = Math.max(10, rows - 1);
  const title = `${item.deckName} · ${item.state} card`;
  const word = spacedWord(item.card.word);
  const example = item.card.examples[0];
  if (cellWidth(title) > columns - 2 || cellWidth(word) + 8 > columns) return null;
  if (example !== undefined && cellWidth(example) + 4 > columns) return null;

  const left = statusCounts(counts);
  const percent = '  0%';
  const bar = progressBar(0, statusBarWidth(columns, counts));
  const gap = columns - 2 - left.length - bar.length - percent.length;
  if (gap < 0) return null;
  const status = ` ${paint('blue', `new ${counts.new}`)}  ${paint('red', `learning ${counts.learning}`)}  ${paint('green', `review ${counts.review}`)}${' '.repeat(gap)}${paint('cyan', bar)}${percent}`;

  // The card, centred both ways in the body (rows between status bar and footer).
  const boxWidth = cellWidth(word) + 8;
  const boxLeft = ' '.repeat(Math.round((columns - boxWidth) / 2));
  const card = [
    `${boxLeft}╭${'─'.repeat(boxWidth - 2)}╮`,
    `${boxLeft}│   ${paint('bold', word)}   │`,
    `${boxLeft}╰${'─'.repeat(boxWidth - 2)}╯`,
  ];
  if (example !== undefined) {
    const exLeft = ' '.repeat(Math.round((columns - cellWidth(example) - 4) / 2) + 2);
    const parts = example.split(item.card.word);
    const highlighted = parts.join(paint('yellow', paint('underline', paint('bold', item.card.word))));
    card.push('', exLeft + highlighted);
  }
  const body = height - 2 - 2 - 1;
  if (card.length > body) return null;
  const above = Math.round((body - card.length) / 2);
  const lines = [
    status,
    ` ${paint('dim', title)}`,
    '',
    ...Array<string>(above).fill(''),
    ...card,
    ...Array<string>(body - above - card.length).fill(''),
    ` ${paint('dim', ' ')}`,
    ` ${paint('dim', FRONT_HINT)}`,
  ];
  return lines.join('\n');
}

/** StatusBar's progress bar width for these counts (the bar takes what the counts leave). */
export function statusBarWidth(columns: number, counts: QueueCounts): number {
  return Math.min(30, Math.max(5, columns - statusCounts(counts).length - 4 - 8));
}

/** The overview (cursor on "All decks") as plain text, the same picture Overview draws. */
export function overviewFrameText(decks: DeckRow[], columns: number, rows: number, color: boolean): string {
  const on = (sgr: string, off: string, text: string) => (color ? `\x1b[${sgr}m${text}\x1b[${off}m` : text);
  const table = overviewTable(decks, columns);
  const lines = [` ${SGR.bold[0]}${OVERVIEW_TITLE}${SGR.bold[1]}`, ` ${SGR.dim[0]}${table.header}${SGR.dim[1]}`];
  table.rows.forEach((row, i) => {
    const text = `${i === 0 ? '› ' : '  '}${row.name}${on('34', '39', row.cells[0])}${on('31', '39', row.cells[1])}${on('32', '39', row.cells[2])}`;
    lines.push(i === 0 ? ` \x1b[7m\x1b[1m${text}\x1b[22m\x1b[27m` : ` ${text}`);
  });
  if (decks.length === 0) lines.push(` ${SGR.dim[0]}${NO_DECKS}${SGR.dim[1]}`);
  lines.push('', ` ${SGR.dim[0]}${OVERVIEW_HINT}${SGR.dim[1]}`);
  // The screen is one row short of the terminal and clips what does not fit.
  return lines.slice(0, Math.max(10, rows - 1)).join('\n');
}
