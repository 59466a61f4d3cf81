import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import { bundledOr } from '../bundled.js';
import { openManager } from '../store/manager.js';
import type { RunningCheck } from '../store/background-check.js';
import { managerController } from '../ui/browse-controller.js';
import { browseFirstFrameText } from '../ui/browse-text.js';
import { trace } from '../trace.js';

// The whole terminal, given back untouched at the end (as the review screen does).
const ENTER_ALT_SCREEN = '\x1b[?1049h\x1b[H';
const LEAVE_ALT_SCREEN = '\x1b[?1049l';
const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';

/**
 * `guanhua browse`: the collection in the terminal: type to search, see a card and its history,
 * suspend, forget, "I know this", correct. The first list is read while Ink loads.
 */
export async function runBrowse(ctx: CommandContext): Promise<void> {
  const stdin = (ctx.stdin ?? process.stdin) as NodeJS.ReadStream;
  const stdout = ctx.stdout as NodeJS.WriteStream;
  if (!stdin.isTTY) {
    throw new GuanhuaError("browse needs a terminal: standard input is not one; for scripts, see 'guanhua cards --json'");
  }
  process.env.NODE_ENV ??= 'production';
  // Ink draws only a final frame when it believes it runs in CI (as in review.ts).
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  trace('browse started');
  const screen = bundledOr(new URL('../ui/screen.bundle.js', import.meta.url), new URL('../ui/screen.js', import.meta.url), () => import('../ui/screen.js'));
  const m = openManager(ctx.home, { create: false });
  let entered = false;
  let check: RunningCheck | undefined;
  try {
    if (m.file === null) throw new GuanhuaError("there is no collection yet; add a deck with 'guanhua add <deck-file>'");
    const controller = managerController(m, ctx.home);
    const initial = controller.search('', ctx.now);
    trace('first cards read');
    // The list is drawn at once as plain text, the picture Ink will draw, while Ink loads; keys
    // typed meanwhile wait in raw mode.
    if (stdout.isTTY) {
      stdin.setRawMode(true);
      stdout.write(ENTER_ALT_SCREEN + HIDE_CURSOR + browseFirstFrameText(initial.cards, initial.total, stdout.columns || 80, stdout.rows || 24, ctx.color, ctx.now, m.config));
      entered = true;
      trace('first screen drawn as text');
    }
    const { React, render, BrowseApp } = await screen;
    trace('ink loaded');
    // Ink draws from the top left over the identical picture.
    if (entered) stdout.write('\x1b[H');
    const app = render(React.createElement(BrowseApp, { controller, initial, clock: m.config, color: ctx.color }), {
      stdout, stdin, exitOnCtrlC: true, patchConsole: false, maxFps: 60,
    });
    trace('ink drew its first frame');
    // The damage check of the whole file, in a child process beside the screen: a damaged file ends it
    // with the damage line (a change made before the check is done checks for itself).
    let damaged = false;
    check = m.checkInBackground();
    void check.done.then((ok) => {
      if (ok !== false) return;
      damaged = true;
      app.unmount();
    });
    const stop = () => app.unmount();
    process.once('SIGTERM', stop);
    process.once('SIGHUP', stop);
    try {
      await app.waitUntilExit();
    } finally {
      process.off('SIGTERM', stop);
      process.off('SIGHUP', stop);
    }
    // The damage line (verify() throws it).
    if (damaged) m.verify();
  } finally {
    check?.stop();
    if (entered) stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
    if (stdin.isRaw) stdin.setRawMode(false);
    m.close();
  }
}
