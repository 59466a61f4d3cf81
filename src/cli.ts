import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { GuanhuaError } from './errors.js';
import { resolveHome } from './home.js';
import { bundledOr } from './bundled.js';
import type { CommandContext, Shell } from './context.js';

/**
 * The only entry: parses arguments, dispatches to src/commands/*, turns errors
 * into exit codes. Command modules are imported lazily so that quick commands
 * (--version, due, stats) do not pay for jieba, the dictionary or Ink; due, stats and review
 * come from one-file bundles (src/bundled.ts).
 */

const packageJson = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
export const VERSION = packageJson.version;

const wholeNumber = (flag: string) => (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${flag} takes a whole number, not '${value}'.`);
  return Number(value);
};

function colorWanted(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean((stream as NodeJS.WriteStream).isTTY);
}

/** `cards` and `card` from their one-file bundle (src/bundled.ts): they must start as fast as due. */
const loadCards = () => bundledOr(new URL('./commands/cards.bundle.js', import.meta.url), new URL('./commands/cards.js', import.meta.url), () => import('./commands/cards.js'));

interface GlobalOptions {
  home?: string;
  debug?: boolean;
}

const processShell = (): Shell => ({ env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

export async function main(argv: string[], shell: Shell = processShell()): Promise<number> {
  const { env, stdin, stdout, stderr } = shell;
  let debug = argv.includes('--debug');
  let home: string | undefined;
  const program = new Command();
  const context = (cmd: Command): CommandContext => {
    const globals = cmd.optsWithGlobals<GlobalOptions>();
    debug = Boolean(globals.debug);
    home = resolveHome(globals.home, env);
    return { home, env, stdin, stdout, stderr, color: colorWanted(stdout, env), now: new Date() };
  };

  program
    .name('guanhua')
    .description('官话: flashcards from official-register Chinese, reviewed with FSRS, exported to Anki')
    .version(VERSION, '--version', 'print the version')
    .option('--home <dir>', 'where the collection lives (default $GUANHUA_HOME, $XDG_DATA_HOME/guanhua, ~/.local/share/guanhua)')
    .option('--debug', 'show stack traces for unexpected errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => stdout.write(s),
      writeErr: (s) => stderr.write(s),
      outputError: (s, write) => write(`guanhua: ${s.replace(/^error: /, '').trim()} (see 'guanhua --help')\n`),
    });

  program
    .command('generate')
    .description('turn one article (.txt, .md, .html, or - for stdin) into a deck file')
    .argument('<input>', 'the article file, or - for standard input')
    .option('-o, --out <file>', 'deck file to write (default decks/<slug>.json)')
    .option('--max <n>', 'at most N cards, best ranked first; 0 keeps every content word', wholeNumber('--max'), 200)
    .option('--known <file>', 'words to leave out, one per line (a deck file is accepted too)')
    .option('--keep-names', 'keep personal names (left out by default)')
    .option('--include-known', 'keep words the collection knows as cards (--known words are still left out)')
    .option('--name <name>', 'deck name (default: the article title)')
    .option('--json', 'print a machine-readable summary instead of the human one')
    .action(async (input: string, opts, cmd: Command) => {
      const { runGenerate } = await import('./commands/generate.js');
      await runGenerate(input, opts, context(cmd));
    });

  program
    .command('add')
    .description('add deck files to the collection, or update them (progress is kept)')
    .argument('<deck-file...>', 'deck files made by generate')
    .option('--json', 'print a machine-readable summary')
    .action(async (files: string[], opts, cmd: Command) => {
      const { runAdd } = await import('./commands/add.js');
      await runAdd(files, opts, context(cmd));
    });

  program
    .command('review')
    .description("review today's queue in the terminal")
    .argument('[deck...]', 'deck files (added first) or deck names; none means every deck')
    .option('--new <n>', 'new cards for this session', wholeNumber('--new'))
    .option('--reviews <n>', 'reviews for this session', wholeNumber('--reviews'))
    .option('--type', 'type the pinyin before the answer shows')
    .action(async (decks: string[], opts, cmd: Command) => {
      const { runReview } = await bundledOr(new URL('./commands/review.bundle.js', import.meta.url), new URL('./commands/review.js', import.meta.url), () => import('./commands/review.js'));
      await runReview(decks, opts, context(cmd));
    });

  program
    .command('due')
    .description("today's queue per deck")
    .option('--json', 'machine-readable output')
    .action(async (opts, cmd: Command) => {
      const { runDue } = await bundledOr(new URL('./commands/due.bundle.js', import.meta.url), new URL('./commands/due.js', import.meta.url), () => import('./commands/due.js'));
      await runDue(opts, context(cmd));
    });

  program
    .command('stats')
    .description('cards by state, reviews, retention and the due forecast')
    .option('--json', 'machine-readable output')
    .action(async (opts, cmd: Command) => {
      const { runStats } = await bundledOr(new URL('./commands/stats.bundle.js', import.meta.url), new URL('./commands/stats.js', import.meta.url), () => import('./commands/stats.js'));
      await runStats(opts, context(cmd));
    });

  program
    .command('export')
    .description('export a deck as an Anki package (.apkg) or an Anki text-import file')
    .argument('<deck>', 'a deck file or the name of a deck in the collection')
    .addOption(new Option('--apkg <file>', 'write an Anki package').conflicts('tsv'))
    .addOption(new Option('--tsv <file>', 'write an Anki text-import file').conflicts('apkg'))
    .option('--with-progress', 'carry scheduling, FSRS memory state and the review log')
    .option('--recall', 'add a Recall card (meaning, the word masked → hanzi) to each note that has something to ask')
    .option('--json', 'print a summary as JSON')
    .action(async (deck: string, opts, cmd: Command) => {
      const { runExport } = await import('./commands/export.js');
      await runExport(deck, opts, context(cmd));
    });

  program
    .command('import')
    .description('bring back reviews made in Anki: a package (.apkg) or collection (.colpkg) exported with scheduling')
    .argument('<file>', 'the .apkg or .colpkg file')
    .option('--json', 'print a machine-readable summary')
    .action(async (file: string, opts, cmd: Command) => {
      const { runImport } = await import('./commands/import.js');
      await runImport(file, opts, context(cmd));
    });

  program
    .command('optimize')
    .description("fit FSRS parameters to the learner's own review log")
    .option('--json', 'machine-readable output')
    .action(async (opts, cmd: Command) => {
      const { runOptimize } = await import('./commands/optimize.js');
      await runOptimize(opts, context(cmd));
    });

  const known = program.command('known').description('the words you know: mature cards, "I know this" and imported lists');
  known
    .command('import')
    .description('add words you already know (one word a line; a deck file works too)')
    .argument('<file>', 'the word list')
    .option('--json', 'print a machine-readable summary')
    .action(async (file: string, opts, cmd: Command) => {
      const { runKnownImport } = await import('./commands/known.js');
      await runKnownImport(file, opts, context(cmd));
    });
  known
    .command('export')
    .description('write every known word, one a line (written atomically)')
    .argument('<file>', 'the file to write')
    .option('--json', 'print a machine-readable summary')
    .action(async (file: string, opts, cmd: Command) => {
      const { runKnownExport } = await import('./commands/known.js');
      await runKnownExport(file, opts, context(cmd));
    });

  program
    .command('read')
    .description('how much of an article you can read: known share, HSK profile, the words that would help most')
    .argument('<article>', 'the article file (.txt, .md, .html), or - for standard input')
    .option('--top <n>', 'unknown words to list', wholeNumber('--top'), 20)
    .option('--known <file>', 'words you know besides the collection\'s, one per line (a deck file is accepted too)')
    .option('--json', 'machine-readable output')
    .action(async (article: string, opts, cmd: Command) => {
      const { runRead } = await import('./commands/read.js');
      await runRead(article, opts, context(cmd));
    });

  program
    .command('pinyin')
    .description('the text with its readings in context, line for line (plain, --html ruby markup, or --json tokens)')
    .argument('<input>', 'a text file, or - for standard input')
    .addOption(new Option('--json', 'one JSON object per line: {"tokens": [{"text", "pinyin", "numbered"}]}').conflicts('html'))
    .addOption(new Option('--html', 'an HTML page with <ruby> readings, a paragraph per line').conflicts('json'))
    .action(async (input: string, opts, cmd: Command) => {
      const { runPinyin } = await import('./commands/pinyin.js');
      await runPinyin(input, opts, context(cmd));
    });

  program
    .command('fix')
    .description("correct a word's reading, meanings or segmentation; kept in the collection, applied by generate and add")
    .argument('[word]', 'the word, in characters')
    .option('--reading <pinyin>', 'the reading with tone numbers, one syllable per character: "zhi2 fa3"')
    .option('--meaning <text>', 'a meaning (repeat for several; replaces the dictionary\'s)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--split <words>', 'the words it really is, separated by spaces: "辽宁 大连"')
    .option('--merge', 'make this multi-character string one word')
    .option('--list', 'list every correction')
    .option('--remove <word>', "remove a word's correction")
    .option('--json', 'machine-readable output')
    .action(async (word: string | undefined, opts, cmd: Command) => {
      const { runFix } = await import('./commands/fix.js');
      await runFix(word, opts, context(cmd));
    });

  program
    .command('cards')
    .description('find cards: by characters, pinyin with or without tones (zhifa, zhi2 fa3, zhí fǎ) or a meaning word')
    .argument('[query]', 'what to look for; none lists every card')
    .option('--deck <name>', 'only cards of this deck')
    .addOption(new Option('--state <state>', 'only cards in this state').choices(['new', 'learning', 'review', 'relearning', 'suspended', 'buried', 'known']))
    .option('--json', 'machine-readable output')
    .action(async (query: string | undefined, opts, cmd: Command) => {
      const { runCards } = await loadCards();
      await runCards(query, opts, context(cmd));
    });

  program
    .command('card')
    .description('one card: its state, due date, memory, decks, examples and every review')
    .argument('<word|id>', 'the word (characters) or the card id')
    .option('--json', 'machine-readable output')
    .action(async (arg: string, opts, cmd: Command) => {
      const { runCard } = await loadCards();
      await runCard(arg, opts, context(cmd));
    });

  const cardEdit = (name: 'suspend' | 'unsuspend' | 'unbury' | 'forget', description: string) =>
    program
      .command(name)
      .description(description)
      .argument('<word|id...>', 'words (every card of each) or card ids')
      .option('--json', 'machine-readable output')
      .action(async (args: string[], opts, cmd: Command) => {
        const { runCardEdit } = await import('./commands/edit.js');
        await runCardEdit(name, args, opts, context(cmd));
      });
  cardEdit('suspend', 'keep cards out of the reviews until unsuspended');
  cardEdit('unsuspend', 'bring suspended cards back into the reviews');
  cardEdit('unbury', 'bring buried cards back today');
  cardEdit('forget', 'make cards new again (their review history is kept; a backup is made first)');

  known
    .command('remove')
    .description('take words back: no longer imported as known nor marked "I know this"')
    .argument('<word...>', 'the words')
    .option('--json', 'machine-readable output')
    .action(async (words: string[], opts, cmd: Command) => {
      const { runKnownRemove } = await import('./commands/edit.js');
      await runKnownRemove(words, opts, context(cmd));
    });

  // `decks` has a --json of its own, which commander gives it wherever the flag stands.
  const withParentJson = <T extends { json?: boolean }>(opts: T, cmd: Command): T => ({ ...opts, json: Boolean(opts.json || cmd.parent?.opts().json) });
  const decks = program
    .command('decks')
    .description('the decks of the collection with their cards by state; rename or remove one')
    .option('--json', 'machine-readable output')
    .action(async (opts, cmd: Command) => {
      const { runDecks } = await import('./commands/decks.js');
      await runDecks(opts, context(cmd));
    });
  decks
    .command('rename')
    .description('rename a deck (its cards and progress stay)')
    .argument('<old>', 'the deck\'s name now')
    .argument('<new>', 'its new name')
    .option('--json', 'machine-readable output')
    .action(async (from: string, to: string, opts, cmd: Command) => {
      const { runDeckRename } = await import('./commands/decks.js');
      await runDeckRename(from, to, withParentJson(opts, cmd), context(cmd));
    });
  decks
    .command('remove')
    .description('remove a deck: its cards in no other deck go, with their reviews (asks first; a backup is made first)')
    .argument('<name>', 'the deck')
    .option('--yes', 'do not ask (for scripts)')
    .option('--json', 'machine-readable output')
    .action(async (name: string, opts, cmd: Command) => {
      const { runDeckRemove } = await import('./commands/decks.js');
      await runDeckRemove(name, withParentJson(opts, cmd), context(cmd));
    });

  program
    .command('browse')
    .description('the collection in the terminal: type to search, see a card and its history, suspend, forget, correct')
    .action(async (_opts, cmd: Command) => {
      const { runBrowse } = await bundledOr(new URL('./commands/browse.bundle.js', import.meta.url), new URL('./commands/browse.js', import.meta.url), () => import('./commands/browse.js'));
      await runBrowse(context(cmd));
    });

  program
    .command('backup')
    .description('back up the collection now (backups are also made each day and before forget, decks remove, import, restore, optimize)')
    .option('--list', 'list the backups, newest first')
    .option('--json', 'machine-readable output')
    .action(async (opts, cmd: Command) => {
      const { runBackup } = await import('./commands/backup.js');
      await runBackup(opts, context(cmd));
    });

  program
    .command('restore')
    .description('make a backup the collection again (the collection as it is now is backed up first)')
    .argument('<file>', "a backup: its path, or its name in the backups folder ('guanhua backup --list')")
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts, cmd: Command) => {
      const { runRestore } = await import('./commands/backup.js');
      await runRestore(file, opts, context(cmd));
    });

  program
    .command('check')
    .description("check the collection: SQLite's integrity, its references, each card against its review log")
    .option('--json', 'machine-readable output')
    .action(async (opts, cmd: Command) => {
      const { runCheck } = await import('./commands/check.js');
      await runCheck(opts, context(cmd));
    });

  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof GuanhuaError) {
      stderr.write(`guanhua: ${err.message}\n`);
      return err.exitCode;
    }
    const e = err as NodeJS.ErrnoException;
    // SQLite found damage where no store call was looking for it: the same line as everywhere.
    const code = typeof e?.code === 'string' ? e.code : '';
    const collectionFile = home === undefined ? '' : path.join(home, 'collection.sqlite');
    if ((code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) && fs.existsSync(collectionFile)) {
      const { damagedMessage } = await import('./store/backup-files.js');
      stderr.write(`guanhua: ${damagedMessage(collectionFile, code)}\n`);
      if (debug && e?.stack) stderr.write(`${e.stack}\n`);
      return 1;
    }
    stderr.write(`guanhua: unexpected error: ${e?.message ?? String(err)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && e?.stack) stderr.write(`${e.stack}\n`);
    return 1;
  }
}
