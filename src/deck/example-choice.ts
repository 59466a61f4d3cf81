import { examplesFor } from './annotate.js';
import type { Context } from './collect-words.js';
import type { LexiconPort } from '../model/lexicon-port.js';
import type { TextTools } from './article-words.js';
import { bestExample, toFront } from '../learn/i-plus-one.js';

const HAN = /^\p{Script=Han}+$/u;

/**
 * A card's examples and, parallel to them, each clause's content words other than the card's
 * own (`exampleWords`, what the queue's i+1 test reads later). When the learner knows words,
 * the first i+1 clause (only the card's word unknown) is put first.
 */
export function chooseExamples(
  word: string,
  contexts: Context[],
  lex: LexiconPort,
  text: TextTools,
  isContentWord: (w: string) => boolean,
  known: ReadonlySet<string>,
): { examples: string[]; exampleWords: string[][] } {
  // Every context's clause is a candidate when an i+1 one may be chosen; else the first three.
  const all = examplesFor(word, contexts, text.clauseAround, known.size > 0 ? contexts.length : 3);
  const words = all.map((clause) => contentWordsOf(clause, word, lex, isContentWord));
  let order = all.map((_, i) => i);
  if (known.size > 0) order = toFront(order, bestExample(words, (w) => known.has(w)));
  const kept = order.slice(0, 3);
  return { examples: kept.map((i) => all[i]), exampleWords: kept.map((i) => words[i]) };
}

function contentWordsOf(clause: string, own: string, lex: LexiconPort, isContentWord: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (const t of lex.segment(clause)) {
    if (t.word !== own && HAN.test(t.word) && isContentWord(t.word) && !out.includes(t.word)) out.push(t.word);
  }
  return out;
}
