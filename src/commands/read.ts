import type { CommandContext } from '../context.js';
import { readingInArticle } from '../deck/annotate.js';
import { articleWords, type ArticleWords } from '../deck/article-words.js';
import { correctedLexicon } from '../deck/corrected-lexicon.js';
import { coverage, roundShare, wordsToReach } from '../learn/coverage.js';
import { hskProfile } from '../learn/hsk-profile.js';
import { loadLearnerState } from '../store/learner-state.js';
import * as lexicon from '../lexicon/index.js';
import { readArticle } from '../text/read-article.js';
import { CountHelper, parallelMinBytes, type HelperOptions } from '../deck/parallel-collect.js';
import { readKnownFile } from './known-file.js';
import { splitSentences } from '../text/sentences.js';
import { exampleClauses } from '../text/example-clause.js';

export interface ReadOptions {
  json?: boolean;
  /** A word list (or deck file) of words known besides the collection's. */
  known?: string;
  /** Unknown words listed in the human report. */
  top?: number;
  /** Not a flag: how the second counting process starts (tests use its switches). */
  countHelper?: HelperOptions;
}

/**
 * `guanhua read <article>`: how much of the article the learner can read, with the same
 * reading and segmentation as generate (corrections included). JSON shape in readReport().
 */
export async function runRead(input: string, opts: ReadOptions, ctx: CommandContext): Promise<void> {
  const fileKnown = opts.known ? readKnownFile(opts.known) : new Set<string>();
  // A large file gets its second counting process now: it loads jieba while the article is read.
  const helper = CountHelper.start(input, { minBytes: parallelMinBytes(ctx.env), ...opts.countHelper });
  let report: ReturnType<typeof readReport>;
  try {
    const article = await readArticle(input, { stdin: ctx.stdin });
    const learner = loadLearnerState(ctx.home, fileKnown);
    try {
      const lex = correctedLexicon(lexicon, learner.corrections);
      helper?.share(article.paragraphs, learner.corrections, article.text);
      const aw = await articleWords(article.paragraphs, lex, { splitSentences, exampleClauses }, {
        corrections: learner.corrections,
        helper,
      });
      // Readings cost a pinyin-pro pass per polyphone: the human report shows only the top.
      report = readReport(article, aw, learner.known, lex, opts.json ? Infinity : (opts.top ?? 20));
    } finally {
      learner.close();
    }
  } finally {
    helper?.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  ctx.stdout.write(humanReport(report, opts.top ?? 20));
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function readReport(
  article: { title: string; file: string },
  aw: ArticleWords,
  known: ReadonlySet<string>,
  lex: Parameters<typeof readingInArticle>[2],
  /** Unknown words that get their reading (the rest: ''). */
  readings = Infinity,
) {
  const c = coverage(aw.words.map(({ w, reason }) => ({ word: w.word, count: w.count, first: w.first, known: known.has(w.word), free: reason !== null })));
  const byWord = new Map(aw.words.map((x) => [x.w.word, x]));
  return {
    title: article.title,
    file: article.file,
    characters: aw.collected.characters,
    tokens: c.tokens,
    distinctWords: aw.words.length,
    known: {
      share: roundShare(c.share),
      knownTokens: c.knownTokens,
      freeTokens: c.freeTokens,
      knownWords: aw.words.filter((x) => known.has(x.w.word)).length,
    },
    hsk: hskProfile(aw.words.map((x) => ({ count: x.w.count, v3: x.hsk.v3 }))),
    toReach: { '95': wordsToReach(c, 0.95), '98': wordsToReach(c, 0.98) },
    unknown: c.unknown.map((u, i) => {
      const x = byWord.get(u.word)!;
      const pinyin = i < readings ? readingInArticle(u.word, x.w.contexts, lex).pinyin : '';
      return { word: u.word, pinyin, hsk: x.hsk.v3, count: u.count, gain: Math.round(u.gain * 10000) / 10000 };
    }),
  };
}

function humanReport(r: ReturnType<typeof readReport>, top: number): string {
  const lines = [
    `"${r.title}": ${r.tokens} running words, ${r.distinctWords} distinct.`,
    `You can read ${pct(r.known.share)} of its running words ` +
      `(${pct(r.tokens ? r.known.knownTokens / r.tokens : 0)} words you know, ${pct(r.tokens ? r.known.freeTokens / r.tokens : 0)} function words, numbers and names).`,
    `HSK 3.0 profile: ${r.hsk.map((h) => `${h.level === 'none' ? 'not in HSK' : h.level} ${pct(h.share)}`).join(' · ')}`,
    `New words to reach 95%: ${r.toReach['95']}; to reach 98%: ${r.toReach['98']}.`,
  ];
  if (r.unknown.length > 0) {
    lines.push(`Unknown words that would help most${r.unknown.length > top ? ` (first ${top} of ${r.unknown.length})` : ''}:`);
    for (const u of r.unknown.slice(0, top)) {
      lines.push(`  ${u.word}  ${u.pinyin}  ${u.count}×  +${(u.gain * 100).toFixed(1)}%${u.hsk ? `  HSK ${u.hsk >= 7 ? '7-9' : u.hsk}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
