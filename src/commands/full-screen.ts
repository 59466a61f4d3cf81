import type { RunningCheck } from '../store/background-check.js';

/** The whole terminal for review and browse, given back untouched at the end. */
export const ENTER_ALT_SCREEN = '\x1b[?1049h\x1b[H';
export const LEAVE_ALT_SCREEN = '\x1b[?1049l';
export const HIDE_CURSOR = '\x1b[?25l';
export const SHOW_CURSOR = '\x1b[?25h';

export interface DamageWatch {
  /** The check found the file damaged (and ended the session): verify() then gives the damage line. */
  damaged: boolean;
  stop(): void;
}

/**
 * The damage check of the whole file, in a child process beside a full-screen session
 * (store/background-check.ts): a damaged file ends the session (`end`); a change made before the
 * check is done checks for itself.
 */
export function watchForDamage(start: () => RunningCheck, end: () => void): DamageWatch {
  const check = start();
  const watch = { damaged: false, stop: () => check.stop() };
  void check.done.then((ok) => {
    if (ok !== false) return;
    watch.damaged = true;
    end();
  });
  return watch;
}
