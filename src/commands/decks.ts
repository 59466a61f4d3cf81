import readline from 'node:readline';
import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import type { DeckRemoval, DeckSummary } from '../store/deck-edits.js';
import { backupBefore, backupIfDue } from '../store/backups.js';
import { openManager } from '../store/manager.js';
import { displayWidth } from '../ui/columns.js';

export interface DecksOptions {
  json?: boolean;
}

/** `guanhua decks`: every deck with its cards by state; reads only. */
export async function runDecks(opts: DecksOptions, ctx: CommandContext): Promise<void> {
  const m = openManager(ctx.home, { create: false });
  let decks: DeckSummary[];
  try {
    decks = m.decks();
  } finally {
    m.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ decks })}\n`);
    return;
  }
  if (decks.length === 0) {
    ctx.stdout.write("No decks yet. Add one with 'guanhua add <deck-file>'.\n");
    return;
  }
  const width = Math.max(4, ...decks.map((d) => displayWidth(d.name)));
  const heads = ['cards', 'new', 'learn', 'review', 'susp', 'known'];
  const num = (n: number, i: number) => String(n).padStart(Math.max(5, heads[i].length));
  ctx.stdout.write(`${'deck'.padEnd(width)}  ${heads.map((h, i) => h.padStart(Math.max(5, heads[i].length))).join('  ')}\n`);
  for (const d of decks) {
    const cells = [d.cards, d.new, d.learning, d.review, d.suspended, d.known].map(num).join('  ');
    ctx.stdout.write(`${d.name}${' '.repeat(width - displayWidth(d.name))}  ${cells}\n`);
  }
}

/** `guanhua decks rename <old> <new>`. */
export async function runDeckRename(from: string, to: string, opts: DecksOptions, ctx: CommandContext): Promise<void> {
  const m = openManager(ctx.home, { create: false });
  try {
    await backupIfDue(ctx.home, ctx.now);
    m.renameDeck(from, to);
  } finally {
    m.close();
  }
  if (opts.json) ctx.stdout.write(`${JSON.stringify({ renamed: from, to })}\n`);
  else ctx.stdout.write(`Renamed '${from}' to '${to}'; its cards and progress are as they were.\n`);
}

export interface DeckRemoveOptions extends DecksOptions {
  yes?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "30 cards: 12 also in another deck stay, 18 go with 140 reviews" / "18 cards go with 140 reviews". */
function describeRemoval(r: DeckRemoval): string {
  const stay = r.cards - r.removed;
  const go = `go with ${plural(r.reviews, 'review')}`;
  return stay === 0 ? `${plural(r.cards, 'card')} ${go}` : `${plural(r.cards, 'card')}: ${stay} also in another deck stay, ${r.removed} ${go}`;
}

/**
 * `guanhua decks remove <name>`: on a terminal it asks first; --yes for scripts. Cards in no
 * other deck go with their reviews; a backup is made first.
 */
export async function runDeckRemove(name: string, opts: DeckRemoveOptions, ctx: CommandContext): Promise<void> {
  const m = openManager(ctx.home, { create: false });
  let done: DeckRemoval;
  try {
    const plan = m.deckRemoval(name);
    if (!opts.yes) {
      const stdin = (ctx.stdin ?? process.stdin) as NodeJS.ReadStream;
      if (!stdin.isTTY) {
        throw new GuanhuaError(`decks remove asks before it removes, and standard input is not a terminal; add --yes to remove '${name}' (${describeRemoval(plan)})`);
      }
      if (!(await confirm(`Remove deck '${name}'? ${describeRemoval(plan)}. [y/N] `, stdin, ctx.stderr))) {
        ctx.stdout.write('Nothing removed.\n');
        return;
      }
    }
    await backupBefore(ctx.home, 'decks-remove', ctx.now);
    done = m.removeDeck(name, ctx.now);
  } finally {
    m.close();
  }
  if (opts.json) ctx.stdout.write(`${JSON.stringify({ removed: done })}\n`);
  else ctx.stdout.write(`Removed deck '${name}' (${describeRemoval(done)}).\n`);
}

/** Asks on the terminal; yes only for y or yes. The end of input is a no. */
function confirm(question: string, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<boolean> {
  const rl = readline.createInterface({ input, output, terminal: false });
  output.write(question);
  return new Promise((resolve) => {
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      resolve(/^\s*y(es)?\s*$/i.test(line));
    });
    rl.once('close', () => {
      if (!answered) resolve(false);
    });
  });
}
