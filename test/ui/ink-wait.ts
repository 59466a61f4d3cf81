import type { EventEmitter } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** What ink-testing-library's render returns, as far as waiting needs it. */
export interface Rendered {
  stdin: EventEmitter & { write(data: string): void };
  frames: string[];
  lastFrame(): string | undefined;
}

/**
 * Waits, one event-loop turn at a time, until `check` holds: the state a test expects, never a
 * fixed time. The limit only turns a hang into a failure that shows the last frame.
 */
export async function until(check: () => boolean, what: () => string, limitMs = 15_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`waited in vain for ${what()}`);
    await nextTurn();
  }
}

/** Ink reads stdin once its input hooks are mounted: keys written before then are lost. */
export function listening(r: Rendered): Promise<void> {
  return until(() => r.stdin.listenerCount('readable') > 0, () => 'Ink to read stdin');
}

/** The frame that shows `text`. */
export function frameWith(r: Rendered, text: string | RegExp): Promise<void> {
  const has = () => {
    const frame = r.lastFrame() ?? '';
    return typeof text === 'string' ? frame.includes(text) : text.test(frame);
  };
  return until(has, () => `a frame with ${String(text)}; last frame:\n${r.lastFrame()}`);
}

/** Types each key once Ink listens, and waits for the frame the key draws before the next. */
export async function press(r: Rendered, ...keys: string[]): Promise<void> {
  await listening(r);
  for (const key of keys) {
    const drawn = r.frames.length;
    r.stdin.write(key);
    await until(() => r.frames.length > drawn, () => `a frame after key ${JSON.stringify(key)}; last frame:\n${r.lastFrame()}`);
  }
}
