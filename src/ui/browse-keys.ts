import type { KeyInfo } from './keys.js';
import type { BrowseView, FixField } from './browse-reducer.js';

/**
 * Every key of the browse screen, in one place. In the list, what is typed is the search (so
 * the keys that act are on the card view, where letters are free); `?` lists them anywhere.
 */

export type BrowseCommand =
  | { kind: 'type'; text: string }
  | { kind: 'backspace' }
  | { kind: 'clear' }
  | { kind: 'move'; delta: number }
  | { kind: 'page'; delta: number }
  | { kind: 'open' }
  | { kind: 'back' }
  | { kind: 'suspend' }
  | { kind: 'forget' }
  | { kind: 'known' }
  | { kind: 'fix'; field: FixField }
  | { kind: 'submit' }
  | { kind: 'cancel' }
  | { kind: 'help' }
  | { kind: 'quit' };

/** Page keys, as Ink reports them. */
export interface BrowseKeyInfo extends KeyInfo {
  pageUp?: boolean;
  pageDown?: boolean;
  leftArrow?: boolean;
}

export interface BrowseKeyContext {
  view: BrowseView;
  help: boolean;
  /** A correction is being typed. */
  input: boolean;
  /** The search line is empty. */
  emptyQuery: boolean;
}

/** What may be typed into the search line or a correction: letters (hanzi, pinyin with marks), digits, spaces, ; : ' , . - */
const TYPABLE = /^[\p{L}\p{M}\p{N} ;:'’,.()-]+$/u;

export function browseCommandFor(input: string, key: BrowseKeyInfo, ctx: BrowseKeyContext): BrowseCommand | null {
  if ((key.ctrl || key.meta) && !key.escape) return null;
  if (ctx.help) return input === 'q' ? { kind: 'quit' } : { kind: 'help' };
  if (ctx.input) {
    if (key.return) return { kind: 'submit' };
    if (key.escape) return { kind: 'cancel' };
    if (key.backspace || key.delete) return { kind: 'backspace' };
    if (input.length > 0 && TYPABLE.test(input)) return { kind: 'type', text: input };
    return null;
  }
  if (key.upArrow) return { kind: 'move', delta: -1 };
  if (key.downArrow) return { kind: 'move', delta: 1 };
  if (key.pageUp) return { kind: 'page', delta: -1 };
  if (key.pageDown) return { kind: 'page', delta: 1 };
  if (input === '?') return { kind: 'help' };
  if (ctx.view === 'list') {
    if (key.return) return { kind: 'open' };
    if (key.escape) return ctx.emptyQuery ? { kind: 'quit' } : { kind: 'clear' };
    if (key.backspace || key.delete) return { kind: 'backspace' };
    if (input.length > 0 && TYPABLE.test(input)) return { kind: 'type', text: input };
    return null;
  }
  if (key.escape || key.backspace || key.delete || key.leftArrow) return { kind: 'back' };
  switch (input) {
    case 's':
      return { kind: 'suspend' };
    case 'f':
      return { kind: 'forget' };
    case 'k':
      return { kind: 'known' };
    case 'r':
      return { kind: 'fix', field: 'reading' };
    case 'm':
      return { kind: 'fix', field: 'meaning' };
    case 'q':
      return { kind: 'quit' };
    default:
      return null;
  }
}

/** The help overlay's lines: keys, then what they do. */
export const BROWSE_KEY_HELP: ReadonlyArray<readonly [string, string]> = [
  ['type', 'search: characters, pinyin with or without tones (zhifa, zhi2 fa3, zhí fǎ), a meaning word'],
  ['↑ ↓ / PgUp PgDn', 'move through the cards (on a card: the card before or after)'],
  ['enter', 'open the highlighted card: its state, memory and every review'],
  ['esc', 'clear the search; on an empty search: quit'],
  ['on a card:', ''],
  ['s', 'suspend or unsuspend'],
  ['f f', 'forget: new again, its history kept (a backup is made first)'],
  ['k', 'I know this, or no longer'],
  ['r', 'correct the reading (tone numbers: zhi2 fa3), as guanhua fix --reading'],
  ['m', 'correct the meanings (separated by ;), as guanhua fix --meaning'],
  ['esc / ←', 'back to the list'],
  ['q', 'quit'],
  ['?', 'this help (any key closes it)'],
  ['ctrl-c', 'quit at once'],
];
