import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import type { CommandContext } from '../context.js';
import { buildDeck, type BuildResult } from '../deck/build-deck.js';
import { deckSlug } from '../deck/slug.js';
import { GuanhuaError } from '../errors.js';
import { createHash } from 'node:crypto';
import { readArticle } from '../text/read-article.js';
import { CountHelper, parallelMinBytes, type HelperOptions } from '../deck/parallel-collect.js';
import { splitSentences } from '../text/sentences.js';
import { exampleClauses } from '../text/example-clause.js';
import { asideSentences } from '../text/asides.js';
import * as lexicon from '../lexicon/index.js';
import { progressReporter } from './progress.js';
import { correctedLexicon } from '../deck/corrected-lexicon.js';
import { readKnownFile } from './known-file.js';
import { boostArticleWords, loadLearnerState } from '../store/learner-state.js';
import { roundShare } from '../learn/coverage.js';
import { trace } from '../trace.js';

export interface GenerateOptions {
  out?: string;
  max: number;
  known?: string;
  keepNames?: boolean;
  includeKnown?: boolean;
  name?: string;
  json?: boolean;
  /** Not a flag: how the second counting process starts (tests use its switches). */
  countHelper?: HelperOptions;
}

function targetPath(opts: GenerateOptions, input: string, sha: string): string {
  if (opts.out) {
    const dir = path.dirname(path.resolve(opts.out));
    if (!fs.existsSync(dir)) throw new GuanhuaError(`cannot write ${opts.out}: the folder ${dir} does not exist`);
    if (fs.existsSync(opts.out) && fs.statSync(opts.out).isDirectory()) {
      throw new GuanhuaError(`cannot write ${opts.out}: it is a folder; name a .json file`);
    }
    return opts.out;
  }
  fs.mkdirSync('decks', { recursive: true });
  return path.join('decks', `${deckSlug(input, sha)}.json`);
}

function summary(result: BuildResult, out: string, boosted: number) {
  const { deck } = result;
  return {
    deck: out,
    name: deck.name,
    cards: deck.cards.length,
    characters: deck.source.characters,
    tokens: deck.source.tokens,
    distinctWords: result.distinctWords,
    // The JSON key predates the second process being a process: it counts counting processes.
    threads: result.processes,
    candidates: result.candidates,
    skipped: result.skipped,
    // Share of running words known: the learner's words plus words that are never cards (see src/learn/coverage.ts).
    knownCoverage: deck.source.tokens > 0 ? roundShare((result.knownTokens + result.freeTokens) / deck.source.tokens) : 0,
    knownTokens: result.knownTokens,
    boosted,
  };
}

export async function runGenerate(input: string, opts: GenerateOptions, ctx: CommandContext): Promise<void> {
  trace('generate started');
  const fileKnown = opts.known ? readKnownFile(opts.known) : new Set<string>();
  // A large file gets its second counting process now: it loads jieba while the article is read.
  const helper = CountHelper.start(input, { minBytes: parallelMinBytes(ctx.env), ...opts.countHelper });
  try {
    await generateWith(helper, input, opts, ctx, fileKnown);
  } finally {
    helper?.close();
  }
}

async function generateWith(
  helper: CountHelper | null,
  input: string,
  opts: GenerateOptions,
  ctx: CommandContext,
  fileKnown: Set<string>,
): Promise<void> {
  const article = await readArticle(input, { stdin: ctx.stdin });
  trace('read the article');
  const sha = createHash('sha256').update(article.text, 'utf8').digest('hex');
  const out = targetPath(opts, input, sha);
  const learner = loadLearnerState(ctx.home, fileKnown);
  let s: ReturnType<typeof summary>;
  try {
    helper?.share(article.paragraphs, learner.corrections, article.text);
    const progress = progressReporter(ctx.stderr, article.text.length, 'segmenting');
    const result = await buildDeck(
      article.paragraphs,
      correctedLexicon(lexicon, learner.corrections),
      { splitSentences, exampleClauses },
      {
        name: opts.name?.trim() || article.title,
        source: { title: article.title, file: article.file, sha256: sha },
        max: opts.max,
        known: learner.known,
        // --include-known keeps the collection's known words; a --known list is always left out.
        keep: opts.includeKnown ? new Set([...learner.collectionKnown].filter((w) => !fileKnown.has(w))) : undefined,
        keepNames: Boolean(opts.keepNames),
        helper,
        corrections: learner.corrections,
        asides: asideSentences(article.title, article.paragraphs, splitSentences),
      },
      progress.tick,
    );
    progress.done();
    helper?.close();
    trace('built the deck');
    // The same deck again keeps its file's time: an export of it dates its notes by that time.
    writeFileAtomic(out, `${JSON.stringify(result.deck, null, 2)}\n`, { keepIdentical: true });
    s = summary(result, out, boostArticleWords(ctx.home, learner, result.words, sha, ctx.now));
  } finally {
    learner.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(s)}\n`);
    return;
  }
  const knownLine = learner.known.size > 0 ? `; you already read ${(s.knownCoverage * 100).toFixed(1)}% of its running words` : '';
  ctx.stdout.write(
    `Wrote ${out}: ${s.cards} cards from "${s.name}" ` +
      `(${s.characters} characters, ${s.tokens} words, ${s.candidates} content words${knownLine}).\n`,
  );
  if (s.boosted > 0) ctx.stdout.write(`Moved ${s.boosted} new cards of your collection that occur in it to the front of the new-card queue.\n`);
}
