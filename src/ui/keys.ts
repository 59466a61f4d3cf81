import type { Grade } from '../srs/types.js';
import type { Phase } from './session-reducer.js';

/**
 * Every key binding of the review screen, in one place. The screen asks
 * `commandFor(...)` what a key press means and the help overlay lists `KEY_HELP`.
 */

export type Command =
  | { kind: 'start' }
  | { kind: 'cursor'; delta: number }
  | { kind: 'reveal' }
  | { kind: 'grade'; grade: Grade }
  /** Space or enter on the back: Good, or the suggested grade in typing mode. */
  | { kind: 'accept' }
  | { kind: 'undo' }
  | { kind: 'suspend' }
  | { kind: 'bury' }
  | { kind: 'retire' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'type'; text: string }
  | { kind: 'backspace' }
  | { kind: 'submitTyping' };

/** The subset of Ink's Key that the bindings read. */
export interface KeyInfo {
  return?: boolean;
  escape?: boolean;
  backspace?: boolean;
  delete?: boolean;
  upArrow?: boolean;
  downArrow?: boolean;
  tab?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

/** The key info of one character taken out of a run of input. */
export function keyOf(ch: string): KeyInfo {
  return { return: ch === '\r' || ch === '\n', backspace: ch === '\x7f' || ch === '\b', tab: ch === '\t' };
}

export interface KeyContext {
  phase: Phase;
  typingMode: boolean;
  help: boolean;
}

const GRADES: Record<string, Grade> = { '1': 1, '2': 2, '3': 3, '4': 4 };

/** Keys that act on the current card on either side. */
function cardKey(input: string): Command | null {
  switch (input) {
    case 'u':
      return { kind: 'undo' };
    case 's':
      return { kind: 'suspend' };
    case 'b':
      return { kind: 'bury' };
    case 'k':
      return { kind: 'retire' };
    case 'q':
      return { kind: 'quit' };
    case '?':
      return { kind: 'help' };
    default:
      return null;
  }
}

/** What a key press means in this context; null: nothing. Ctrl-C is Ink's (exitOnCtrlC). */
export function commandFor(input: string, key: KeyInfo, ctx: KeyContext): Command | null {
  // Ink reports Escape with meta set too.
  if ((key.ctrl || key.meta) && !key.escape) return null;
  const confirm = key.return === true || input === ' ';
  if (ctx.help) return input === 'q' ? { kind: 'quit' } : { kind: 'help' };
  switch (ctx.phase) {
    case 'overview':
      if (confirm) return { kind: 'start' };
      if (key.upArrow || input === 'k') return { kind: 'cursor', delta: -1 };
      if (key.downArrow || input === 'j') return { kind: 'cursor', delta: 1 };
      if (input === 'q' || key.escape) return { kind: 'quit' };
      if (input === '?') return { kind: 'help' };
      return null;
    case 'front':
      if (ctx.typingMode) {
        // Letters and digits are the learner's pinyin here; Tab and Esc are the way out.
        if (key.return) return { kind: 'submitTyping' };
        if (key.backspace || key.delete) return { kind: 'backspace' };
        if (key.tab) return { kind: 'submitTyping' };
        if (key.escape) return { kind: 'quit' };
        if (input === '?') return { kind: 'help' };
        if (input.length > 0 && /^[\p{L}\p{M}0-9 :'’-]+$/u.test(input)) return { kind: 'type', text: input };
        return null;
      }
      if (confirm) return { kind: 'reveal' };
      return cardKey(input);
    case 'back':
      if (confirm) return { kind: 'accept' };
      if (GRADES[input] !== undefined) return { kind: 'grade', grade: GRADES[input]! };
      if (key.escape) return { kind: 'quit' };
      return cardKey(input);
    case 'summary':
      if (input === 'u') return { kind: 'undo' };
      if (confirm || input === 'q' || key.escape) return { kind: 'quit' };
      if (input === '?') return { kind: 'help' };
      return null;
  }
}

/** The help overlay's lines: keys, then what they do. */
export const KEY_HELP: ReadonlyArray<readonly [string, string]> = [
  ['space / enter', 'show the answer; on the answer: Good (or the suggested grade)'],
  ['1 2 3 4', 'Again · Hard · Good · Easy'],
  ['u', 'undo the last answer'],
  ['s', 'suspend this card'],
  ['b', 'bury this card until tomorrow'],
  ['k', 'I know this: never show it again'],
  ['↑ ↓ / j k', 'overview: choose a deck'],
  ['--type mode', 'type the pinyin (zhi2 fa3 or zhí fǎ), enter checks, tab skips, esc quits'],
  ['?', 'this help (any key closes it)'],
  ['q', 'quit (answers are already saved)'],
  ['ctrl-c', 'quit at once'],
];
