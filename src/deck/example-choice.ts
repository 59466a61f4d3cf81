import type { Context } from './collect-words.js';
import type { LexiconPort } from '../model/lexicon-port.js';
import type { Token } from '../model/lexicon.js';
import type { TextTools } from './article-words.js';
import { bestExample, toFront } from '../learn/i-plus-one.js';
import { isSurname } from '../lexicon/name-tags.js';

const HAN = /^\p{Script=Han}+$/u;
const CLAUSE_MARK = /^[，；：,;:]+$/u;
const MAX_EXAMPLES = 3;
/** An example up to this long is as good as a shorter one; beyond it, each character counts against it. */
const COMFORTABLE_CHARS = 40;
/** A wider window is taken to complete a fragment only while it stays this short. */
const MAX_WIDENED_CHARS = 80;
/** A fragment may be completed by a window up to this long, when no shorter one stands (a list of names and its verb). */
const MAX_LIST_CHARS = 160;
/** From the headline, a caption or a 原标题 line: shown only when the body has no clause with the word. */
const ASIDE = 1000;
/** The word is not a token of the clause, only part of a longer one. */
const NOT_ITSELF = 500;
/** A clause that does not stand alone (a subject, a list of names, a prepositional phrase) and could not be completed. */
const FRAGMENT = 30;

/**
 * jieba tags of words that can carry a clause: verbs (jieba tags many as verbal nouns), adjectives, idioms,
 * set phrases and status words. An adverb alone carries nothing.
 */
const PREDICATE_TAGS = new Set(['v', 'vn', 'vd', 'vi', 'vg', 'vq', 'vf', 'vx', 'a', 'ag', 'ad', 'i', 'l', 'z']);
/**
 * Words that open a prepositional phrase: a clause they open leans on the next one
 * (根据当前疫情形势…, 围绕全面建成…强国). jieba tags most as p, a few as v.
 */
const COVERBS = new Set(['围绕', '通过', '随着', '按照', '根据', '依照', '依据', '面对', '针对', '基于', '为了', '对于', '关于', '本着', '经过', '对照']);
/** Conjunctions that open a clause leaning on the next one (不管面对何种压力，…). */
const SUBORDINATORS = new Set(['不管', '无论', '不论', '虽然', '尽管', '如果', '假如', '只要', '只有', '即使', '哪怕', '因为', '由于', '既然', '除了']);
/** Verbs of saying: a clause they end leans on the words said, in the clause after it (…采访时表示). */
const SAYING = new Set(['表示', '指出', '强调', '认为', '说', '称', '介绍', '提出', '宣布', '透露', '要求', '表明', '显示', '报道', '获悉']);

interface Candidate {
  clause: string;
  tokens: Token[];
  penalty: number;
  /** Its sentence's place among the word's contexts (article order). */
  order: number;
}

/**
 * A card's examples and, parallel to them, each clause's content words other than the card's
 * own (`exampleWords`, what the queue's i+1 test reads later). Each context gives the shortest
 * window of whole clauses around the word that stands alone (TextTools.exampleClauses). The
 * body comes before the headline and captions (`asides`: their sentences), a clause where the
 * word is a token of its own before one where it is part of a longer word, a clause that stands
 * alone before a fragment, one of up to COMFORTABLE_CHARS before a longer one, and otherwise
 * article order. When the learner knows words, the first i+1 clause (only the card's word
 * unknown) is put first.
 */
export function chooseExamples(
  word: string,
  contexts: Context[],
  lex: LexiconPort,
  text: TextTools,
  isContentWord: (w: string) => boolean,
  known: ReadonlySet<string>,
  asides: ReadonlySet<string> = new Set(),
): { examples: string[]; exampleWords: string[][] } {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  contexts.forEach((c, order) => {
    const found = standingWindow(text.exampleClauses(c.sentence, c.offset, word.length), lex);
    const { clause, tokens } = found;
    if (!clause.includes(word) || seen.has(clause)) return;
    seen.add(clause);
    let penalty = Math.max(0, [...clause].length - COMFORTABLE_CHARS);
    if (asides.has(c.sentence)) penalty += ASIDE;
    if (!tokens.some((t) => t.word === word)) penalty += NOT_ITSELF;
    if (!found.stands) penalty += FRAGMENT;
    candidates.push({ clause, tokens, penalty, order });
  });
  candidates.sort((a, b) => a.penalty - b.penalty || a.order - b.order);
  const words = candidates.map((c) => contentWordsOf(c.tokens, word, isContentWord));
  let order = candidates.map((_, i) => i);
  if (known.size > 0) order = toFront(order, bestExample(words, (w) => known.has(w)));
  const kept = order.slice(0, MAX_EXAMPLES);
  return { examples: kept.map((i) => candidates[i].clause), exampleWords: kept.map((i) => words[i]) };
}

/**
 * The first window that stands alone (within MAX_WIDENED_CHARS), else the shortest. A window
 * widened to reach its predicate takes in the list items before it too (verbless clauses:
 * 各省…局长，各省会市…局长，…参加会议), so that it does not open in the middle of a list. When
 * no window that short stands, a longer one up to MAX_LIST_CHARS may: a list of a dozen
 * officials before its one verb (国务院副秘书长肖亚庆，…，大连市市长李万才参加有关活动) is shown
 * whole rather than as an orphan item (a clause with no predicate only: a phrase that leans on
 * the next clause stays short); else the shortest window it is.
 */
function standingWindow(windows: string[], lex: LexiconPort): { clause: string; tokens: Token[]; stands: boolean } {
  const first = { clause: windows[0], tokens: lex.segment(windows[0]) };
  if (standsAlone(first.tokens, windows.length === 1)) return { ...first, stands: true };
  const verbless = !hasPredicate(first.tokens);
  return widened(windows, lex, MAX_WIDENED_CHARS) ?? (verbless ? widened(windows, lex, MAX_LIST_CHARS) : null) ?? { ...first, stands: false };
}

/** The first window of up to `limit` characters that stands alone, with the list items before it; null if none. */
function widened(windows: string[], lex: LexiconPort, limit: number): { clause: string; tokens: Token[]; stands: true } | null {
  const fits = (i: number) => i < windows.length && [...windows[i]].length <= limit;
  for (let i = 1; fits(i); i++) {
    let tokens = lex.segment(windows[i]);
    if (!standsAlone(tokens, i === windows.length - 1)) continue;
    // Wider windows past this one open earlier in the sentence: take them while what they add is a list item.
    while (i + 1 < windows.length && windows[i + 1].endsWith(windows[i])) {
      const added = windows[i + 1].slice(0, windows[i + 1].length - windows[i].length);
      // Verbs only: jieba reads many names as adjectives (孟宏伟 孟/宏伟 a).
      if (lex.segment(added).some((t) => t.pos.startsWith('v'))) break;
      if (!fits(i + 1)) return null;
      i++;
      tokens = lex.segment(windows[i]);
    }
    return { clause: windows[i], tokens, stands: true };
  }
  return null;
}

/**
 * Whether a clause says something by itself: it holds a word that can be a predicate, and it
 * does not lean on the clause after it — a prepositional phrase, a clause ending in a verb of
 * saying, or one whose last clause opens with 不管, 如果… (the whole sentence leans on nothing).
 */
function standsAlone(tokens: Token[], whole: boolean): boolean {
  const words = tokens.filter((t) => HAN.test(t.word));
  if (words.length === 0) return true;
  const mark = tokens.findLastIndex((t) => CLAUSE_MARK.test(t.word));
  const lastOpener = tokens.slice(mark + 1).find((t) => HAN.test(t.word));
  const leaning =
    !whole &&
    (words[0].pos === 'p' ||
      COVERBS.has(words[0].word) ||
      SAYING.has(words[words.length - 1].word) ||
      (lastOpener !== undefined && SUBORDINATORS.has(lastOpener.word)));
  return !leaning && hasPredicate(tokens);
}

/** Whether a word of the clause can be its predicate (not a piece of a personal name). */
function hasPredicate(tokens: Token[]): boolean {
  const names = nameParts(tokens);
  return tokens.some((t) => HAN.test(t.word) && PREDICATE_TAGS.has(t.pos) && !names.has(t));
}

/** Marks between which a list item stands: a personal name is a whole item or ends one. */
const ITEM_END = /^[、，；。,;]+$/u;

/**
 * Tokens jieba cut out of personal names it did not know, which it often tags as adjectives or
 * verbs (孟 宏伟 a, 陈 智 敏 ag, 黄 明 a): a surname of one character and one or two characters
 * more, in one or two tokens, ending at a list mark or the clause's end. A single character
 * after a noun (质量高) is no name.
 */
function nameParts(tokens: Token[]): Set<Token> {
  const parts = new Set<Token>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].word.length !== 1 || !isSurname(tokens[i].word)) continue;
    for (let j = i + 1, chars = 0; j < tokens.length && j <= i + 2; j++) {
      chars += tokens[j].word.length;
      if (!HAN.test(tokens[j].word) || chars > 2) break;
      if (j + 1 === tokens.length || ITEM_END.test(tokens[j + 1].word)) {
        for (let k = i; k <= j; k++) parts.add(tokens[k]);
        break;
      }
    }
  }
  return parts;
}

function contentWordsOf(tokens: Token[], own: string, isContentWord: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.word !== own && HAN.test(t.word) && isContentWord(t.word) && !out.includes(t.word)) out.push(t.word);
  }
  return out;
}
