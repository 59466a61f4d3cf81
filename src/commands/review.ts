import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import { parseDeck } from '../deck/parse-deck.js';
import { openCollection, type Collection } from '../store/collection.js';
import { collectionController } from '../ui/controller.js';
import { againRate, answeredCount, timeSpentMs, type QueueStep, type SessionState } from '../ui/session-reducer.js';
import { firstFrameText, overviewFrameText } from '../ui/first-frame.js';
import type { DeckRow } from '../ui/overview-text.js';
import { formatDuration } from '../ui/labels.js';
import { trace, tracing } from '../trace.js';
import { bundledOr } from '../bundled.js';
import type { RunningBackup } from '../store/backups.js';
import { ENTER_ALT_SCREEN, HIDE_CURSOR, LEAVE_ALT_SCREEN, SHOW_CURSOR, watchForDamage, type DamageWatch } from './full-screen.js';

export interface ReviewOptions {
  new?: number;
  reviews?: number;
  type?: boolean;
}

/** decks/ of the installed package: dist/commands/review.js → ../../decks. */
const BUNDLED_DECKS = fileURLToPath(new URL('../../decks/', import.meta.url));

function readDeckFile(file: string) {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new GuanhuaError(`cannot read deck file ${file}: ${why}; give a deck file made by 'guanhua generate', or a deck name`);
  }
  return parseDeck(text, file);
}

const looksLikeFile = (arg: string) => /\.json$/i.test(arg) || arg.includes('/') || (fs.existsSync(arg) && fs.statSync(arg).isFile());

/** Deck arguments to deck names: a file is added (or updated) first; a name must be in the collection. */
function resolveDecks(collection: Collection, args: string[], now: Date): string[] {
  return args.map((arg) => {
    if (looksLikeFile(arg)) return collection.addDeck(readDeckFile(arg), now).deck;
    if (collection.deckByName(arg) === undefined) {
      throw new GuanhuaError(`no deck named '${arg}' in the collection; 'guanhua due' lists the decks, or give a deck file`);
    }
    return arg;
  });
}

/** First run of `npm start`: every bundled deck not yet in the collection is added. */
export function addBundledDecks(collection: Collection, now: Date, dir = BUNDLED_DECKS): void {
  if (!fs.existsSync(dir)) return;
  const have = new Set(collection.deckNames());
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const deck = readDeckFile(path.join(dir, name));
    if (!have.has(deck.name)) collection.addDeck(deck, now);
  }
}

function summaryLine(s: SessionState): string {
  const n = answeredCount(s);
  if (n === 0) return 'guanhua: no cards answered.\n';
  return `guanhua: ${n} answered, again ${Math.round(againRate(s) * 100)}%, ${formatDuration(timeSpentMs(s))}.\n`;
}

export async function runReview(decks: string[], opts: ReviewOptions, ctx: CommandContext): Promise<void> {
  const stdin = process.stdin;
  const stdout = ctx.stdout as NodeJS.WriteStream;
  if (!stdin.isTTY) {
    throw new GuanhuaError('review needs a terminal: standard input is not one; run it in an interactive terminal (for scripts, see guanhua due --json)');
  }
  // React and Ink in their production builds (smaller, faster); loading starts now and
  // overlaps with opening the collection.
  process.env.NODE_ENV ??= 'production';
  // Ink draws only a final frame when it believes it runs in CI (is-in-ci reads CI at
  // import); a learner at a terminal is not CI, whatever the environment says.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  trace(`review started, ${performance.now().toFixed(0)} ms after the process`);
  const screen = loadScreen();
  const collection = openCollection(ctx.home);
  trace('collection open');
  let daily: RunningBackup | undefined;
  let watch: DamageWatch | undefined;
  const fullScreen = stdout.isTTY === true;
  let entered = false;
  try {
    let named: string[] | null = null;
    if (decks.length > 0) named = resolveDecks(collection, decks, ctx.now);
    else addBundledDecks(collection, ctx.now);
    const controller = collectionController(collection, { newLimit: opts.new, reviewLimit: opts.reviews });

    // The first screen (a card when decks are named, else the overview) is drawn at once
    // as plain text, the same picture Ink will draw, while Ink is still loading; keys
    // typed meanwhile wait in raw mode.
    let initialStep: QueueStep | undefined;
    let initialOverview: DeckRow[] | undefined;
    let text: string | null = null;
    const columns = stdout.columns || 80;
    const rows = stdout.rows || 24;
    if (named !== null) {
      initialStep = controller.start(named, new Date());
      trace('first card read');
      const { item, counts } = initialStep;
      if (!opts.type && item !== null && counts !== null) text = firstFrameText(item, counts, columns, rows, ctx.color);
    } else {
      initialOverview = controller.overview(new Date());
      text = overviewFrameText(initialOverview, columns, rows, ctx.color);
    }
    const preDrawn = fullScreen && text !== null;
    if (preDrawn) {
      stdin.setRawMode(true);
      stdout.write(ENTER_ALT_SCREEN + HIDE_CURSOR + text);
      entered = true;
      trace('first screen drawn as text');
    }
    // While Ink loads: the first card's intervals (its answer side's bar), so Ink's first frame
    // is the whole card and nothing else runs before the first key is taken.
    const firstCard = initialStep?.item;
    if (initialStep !== undefined && firstCard != null) {
      initialStep = { ...initialStep, item: { ...firstCard, intervals: controller.details(firstCard.card.id, new Date()).intervals } };
    }

    const { React, render, App, warmAnswerSide } = await screen;
    trace('ink loaded');
    if (fullScreen && !entered) stdout.write(ENTER_ALT_SCREEN);
    entered = fullScreen;
    // Ink draws from the top left over the identical first frame.
    if (preDrawn) stdout.write('\x1b[H');
    let final: SessionState | null = null;
    const app = render(
      React.createElement(App, {
        controller,
        decks: named,
        initialStep,
        initialOverview,
        typingMode: opts.type === true,
        color: ctx.color,
        onQuit: (s: SessionState) => {
          final = s;
        },
      }),
      { stdout: tracing ? tracedWrites(stdout) : stdout, stdin, exitOnCtrlC: true, patchConsole: false, maxFps: 60 },
    );
    trace('ink drew its first frame');
    const shown = initialStep?.item;
    if (shown != null && !opts.type) {
      // Keys already typed are taken first (I/O before setImmediate).
      setImmediate(() => {
        warmAnswerSide(shown, columns, Math.max(10, rows - 1), ctx.color);
        trace('answer side drawn off screen');
      });
    }
    // The damage check of the whole file, in a child process beside the session: a damaged file ends it
    // with the damage line (an answer given before the check is done checks for itself).
    // Started after the answer side is drawn off screen (setImmediate runs in order).
    setImmediate(() => {
      watch = watchForDamage(() => collection.checkInBackground(), () => app.unmount());
    });
    // The day's backup, once the first card is up: a few pages a step, so keys are taken meanwhile.
    const backupTimer = setTimeout(() => {
      daily = collection.dailyBackup(ctx.home, new Date());
    }, 1000).unref();
    // A terminal closed or a kill: leave the screen as it was; answers are already saved.
    const stop = () => app.unmount();
    process.once('SIGTERM', stop);
    process.once('SIGHUP', stop);
    process.once('SIGINT', stop);
    try {
      await app.waitUntilExit();
    } finally {
      process.off('SIGTERM', stop);
      process.off('SIGHUP', stop);
      process.off('SIGINT', stop);
    }
    clearTimeout(backupTimer);
    // The damage line (verify() throws it).
    if (watch?.damaged) collection.verify();
    if (entered) stdout.write(LEAVE_ALT_SCREEN);
    entered = false;
    if (final !== null) stdout.write(summaryLine(final));
  } finally {
    // A backup still running is abandoned (the next review takes it); the connection closes after it.
    daily?.stop();
    watch?.stop();
    await daily?.done;
    if (entered) stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
    if (stdin.isRaw) stdin.setRawMode(false);
    collection.close();
  }
}

/** React, Ink and the App (see src/ui/screen.ts). */
function loadScreen(): Promise<typeof import('../ui/screen.js')> {
  return bundledOr(new URL('../ui/screen.bundle.js', import.meta.url), new URL('../ui/screen.js', import.meta.url), () => import('../ui/screen.js'));
}

/** The terminal with each write traced (GUANHUA_TRACE): when Ink's frames leave the process. */
function tracedWrites(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
  return new Proxy(stdout, {
    get(target, prop) {
      if (prop === 'write') {
        return (chunk: string | Uint8Array, ...rest: unknown[]) => {
          const done = (target.write as (...a: unknown[]) => boolean)(chunk, ...rest);
          trace(`frame written (${chunk.length} chars)`);
          return done;
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
