import type { Context } from './collect-words.js';
import type { LexiconPort } from '../model/lexicon-port.js';
import type { Token } from '../model/lexicon.js';
import type { TextTools } from './article-words.js';
import { bestExample, toFront } from '../learn/i-plus-one.js';

const HAN = /^\p{Script=Han}+$/u;
const CLAUSE_MARK = /^[，；：,;:]+$/u;
const MAX_EXAMPLES = 3;
/** An example up to this long is as good as a shorter one; beyond it, each character counts against it. */
const COMFORTABLE_CHARS = 40;
/** A wider window is taken to complete a fragment only while it stays this short. */
const MAX_WIDENED_CHARS = 80;
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
 * 各省…局长，各省会市…局长，…参加会议), so that it does not open in the middle of a list; when
 * the whole list does not fit, the shortest window it is.
 */
function standingWindow(windows: string[], lex: LexiconPort): { clause: string; tokens: Token[]; stands: boolean } {
  const first = { clause: windows[0], tokens: lex.segment(windows[0]) };
  if (standsAlone(first.tokens, windows.length === 1)) return { ...first, stands: true };
  const fits = (i: number) => i < windows.length && [...windows[i]].length <= MAX_WIDENED_CHARS;
  for (let i = 1; fits(i); i++) {
    let tokens = lex.segment(windows[i]);
    if (!standsAlone(tokens, i === windows.length - 1)) continue;
    // Wider windows past this one open earlier in the sentence: take them while what they add is a list item.
    while (i + 1 < windows.length && windows[i + 1].endsWith(windows[i])) {
      const added = windows[i + 1].slice(0, windows[i + 1].length - windows[i].length);
      // Verbs only: jieba reads many names as adjectives (孟宏伟 孟/宏伟 a).
      if (lex.segment(added).some((t) => t.pos.startsWith('v'))) break;
      if (!fits(i + 1)) return { ...first, stands: false };
      i++;
      tokens = lex.segment(windows[i]);
    }
    return { clause: windows[i], tokens, stands: true };
  }
  return { ...first, stands: false };
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
  return !leaning && words.some((t) => PREDICATE_TAGS.has(t.pos));
}

function contentWordsOf(tokens: Token[], own: string, isContentWord: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.word !== own && HAN.test(t.word) && isContentWord(t.word) && !out.includes(t.word)) out.push(t.word);
  }
  return out;
}
