import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import { bundledOr } from '../bundled.js';
import { openManager } from '../store/manager.js';
import { managerController } from '../ui/browse-controller.js';
import { browseFirstFrameText } from '../ui/browse-text.js';
import { trace } from '../trace.js';
import { ENTER_ALT_SCREEN, HIDE_CURSOR, LEAVE_ALT_SCREEN, SHOW_CURSOR, watchForDamage, type DamageWatch } from './full-screen.js';

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
  let watch: DamageWatch | undefined;
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
    // A damaged file ends the screen with the damage line.
    watch = watchForDamage(() => m.checkInBackground(), () => app.unmount());
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
    if (watch.damaged) m.verify();
  } finally {
    watch?.stop();
    if (entered) stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
    if (stdin.isRaw) stdin.setRawMode(false);
    m.close();
  }
}
