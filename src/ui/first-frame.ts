import stringWidth from 'string-width';
import type { QueueCounts, ReviewItem } from './session-reducer.js';
import { spacedWord } from './card-text.js';
import { progressBar, statusCounts } from './status-text.js';

/**
 * The first card's front as plain terminal text, drawn before Ink has loaded
 * (Ink's own import takes most of a launch). It is the same picture, cell for cell,
 * that ReviewScreen draws for that card (test/ui/first-frame.test.tsx holds the
 * two side by side), so when Ink takes over nothing moves. null when the layout
 * is beyond this simple copy (long lines that would wrap): then Ink draws alone.
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
  if (stringWidth(title) > columns - 2 || stringWidth(word) + 8 > columns) return null;
  if (example !== undefined && stringWidth(example) + 4 > columns) return null;

  const left = statusCounts(counts);
  const percent = '  0%';
  const bar = progressBar(0, statusBarWidth(columns, counts));
  const gap = columns - 2 - left.length - bar.length - percent.length;
  if (gap < 0) return null;
  const status = ` ${paint('blue', `new ${counts.new}`)}  ${paint('red', `learning ${counts.learning}`)}  ${paint('green', `review ${counts.review}`)}${' '.repeat(gap)}${paint('cyan', bar)}${percent}`;

  // The card, centred both ways in the body (rows between status bar and footer).
  const boxWidth = stringWidth(word) + 8;
  const boxLeft = ' '.repeat(Math.round((columns - boxWidth) / 2));
  const card = [
    `${boxLeft}╭${'─'.repeat(boxWidth - 2)}╮`,
    `${boxLeft}│   ${paint('bold', word)}   │`,
    `${boxLeft}╰${'─'.repeat(boxWidth - 2)}╯`,
  ];
  if (example !== undefined) {
    const exLeft = ' '.repeat(Math.round((columns - stringWidth(example) - 4) / 2) + 2);
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
