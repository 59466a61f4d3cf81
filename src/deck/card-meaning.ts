import type { Context } from './collect-words.js';
import { articleClass, fitSenses } from './sense-fit.js';
import { neighbourFirst } from './sense-neighbours.js';
import { profileFirst, type ArticleProfile } from './article-profile.js';
import { headsLongerWords } from '../lexicon/compose.js';
import type { LexiconPort } from '../model/lexicon-port.js';
import type { Reading, SenseClass, Token } from '../model/lexicon.js';

/** The tag cards carry when their meaning was composed from dictionary parts (党组织). */
export const COMPOSED_TAG = 'composed';

export interface CardMeaning {
  /** The senses, the one the article uses first. */
  definitions: string[];
  /** True when no dictionary lists the word and the meaning was made from its parts. */
  composed: boolean;
}

/** What a word's jieba tag says its head is: a noun's last part takes a noun sense. */
function headClass(tag: string): SenseClass | null {
  if (/^(?:n|j)/.test(tag) || tag === 'vn') return 'n';
  if (tag.startsWith('v')) return 'v';
  return null;
}

/**
 * A card's meaning: the chosen reading's senses, ordered for this article; for a word no
 * dictionary lists (or lists only as a surname or variant), a meaning composed from its
 * parts; null when nothing at all is known (no card).
 */
export function cardMeaning(
  word: string,
  tag: string,
  reading: Reading,
  contexts: readonly Context[],
  lex: LexiconPort,
  segment: (sentence: string) => Token[] = (s) => lex.segment(s),
  article?: { profile: ArticleProfile; words: readonly string[]; asides?: ReadonlySet<string> },
): CardMeaning | null {
  const profile = article?.profile;
  const entry = reading.entry;
  if (entry && !entry.weak && entry.definitions.length > 0) {
    const body = bodyContexts(contexts, article?.asides);
    const first = articleClass(word, tag, body, segment, entry.classes, entry.use ?? null);
    const fitted = fitSenses(entry.definitions, entry.classes, first);
    const inArticle = profile ? profileFirst(fitted, fittedClasses(entry.definitions, entry.classes, fitted), profile, Array.from(word).length > 1) : fitted;
    const classes = fittedClasses(entry.definitions, entry.classes, inArticle);
    return { definitions: neighbourFirst(word, body, segment, inArticle, classes, (w) => allGlosses(lex, w)), composed: false };
  }
  if (cutFromTerm(word, contexts, lex)) return null;
  const composed = lex.composedMeaning(word, headClass(tag), article?.words, reading.pinyinNumbered);
  return composed ? { definitions: [composed.definition], composed: true } : null;
}

/**
 * Whether a word no dictionary lists stands, wherever the article has it (twice or more), before
 * one and the same character that heads longer words (设区 in 设区市 "city divided into districts": 市 as in
 * 大连市): a piece jieba cut from a longer term, not a word to learn.
 */
function cutFromTerm(word: string, contexts: readonly Context[], lex: LexiconPort): boolean {
  const after = contexts.map((c) => Array.from(c.sentence.slice(c.offset + word.length)));
  const next = new Set(after.map((chars) => chars[0] ?? ''));
  const [head] = next;
  if (contexts.length < 2 || next.size !== 1 || head === '' || !headsLongerWords(head, (w) => lex.lookup(w))) return false;
  // The character ends the term rather than beginning the next word (全人类共同: 共同 "common").
  return after.every((chars) => chars.length < 2 || lex.lookup(chars[0] + chars[1]).length === 0);
}

/**
 * The contexts in the body, where the body holds the word: a headline or caption drops the
 * marks and little words that tell a noun from a verb (积极回应民众期待提升服务百姓能力).
 */
function bodyContexts(contexts: readonly Context[], asides: ReadonlySet<string> | undefined): readonly Context[] {
  if (!asides || asides.size === 0) return contexts;
  const body = contexts.filter((c) => !asides.has(c.sentence));
  return body.length > 0 ? body : contexts;
}

/** Every sense of a word, weak readings too (纪录 is "variant of 记录" with 记录's senses). */
export function allGlosses(lex: LexiconPort, word: string): string[] {
  return lex.lookup(word).flatMap((e) => e.definitions);
}

/** The classes of `fitted`, a reordering of `definitions`. */
function fittedClasses(definitions: readonly string[], classes: string, fitted: readonly string[]): string {
  return fitted.map((d) => classes[definitions.indexOf(d)] ?? 'n').join('');
}

/** lex.segment remembered per sentence: the cards of one article share their sentences. */
export function sentenceSegmenter(lex: LexiconPort): (sentence: string) => Token[] {
  const seen = new Map<string, Token[]>();
  return (sentence) => {
    let tokens = seen.get(sentence);
    if (!tokens) seen.set(sentence, (tokens = lex.segment(sentence)));
    return tokens;
  };
}
