import type { SenseClass } from '../model/lexicon.js';

/**
 * What the HSK list says a word is used as: its parts of speech, most frequent first (the list
 * takes them from HanLP's corpus-tagged dictionary), e.g. 落实 v, 巩固 v vn, 稳定 a an v ad.
 * CC-CEDICT's first sense and the English of a gloss can both say otherwise (落实 "practical",
 * 巩固 "firm; solid"): where the learner order starts with a verb sense for a word never used as
 * a verb, or with a non-verb sense for a word used mostly as a verb, the senses of the word's
 * main use move to the front (a stable partition). Only the verb / non-verb line is trusted:
 * "to …" marks a verb gloss for sure, while nouns and adjectives are told apart less surely.
 */

/** The sense classes each HanLP tag allows: vn is a verb used as a noun, an an adjective so used. */
const ALLOWS: Record<string, readonly SenseClass[]> = {
  v: ['v'], vd: ['v', 'd'], vi: ['v'], vn: ['v', 'n'], vg: ['v'],
  n: ['n'], ng: ['n'], nz: ['n'], an: ['a', 'n'], a: ['a'], ag: ['a'], ad: ['a', 'd', 'v'], d: ['d'],
  b: ['a', 'n'], z: ['a', 'd'], f: ['n', 'd'], s: ['n'], t: ['n', 'd'],
};

/** How far below the first sense (in prior score) a sense of the main use may stand and still move. */
const REACH = 1.2;

/**
 * Indexes of `classes` (one letter per sense, in learner order) in the order the word's use
 * asks for. `scores`: the senses' prior scores, in the same order; `tags`: the word's HanLP
 * tags, most frequent first ([] when unknown). A sense the prior ranks far lower (a register
 * label: 够 "(coll.) to reach by stretching out") does not move.
 */
export function usageOrder(classes: string, scores: readonly number[], tags: readonly string[]): number[] {
  const order = Array.from(classes, (_, i) => i);
  const known = tags.filter((t) => ALLOWS[t]);
  if (known.length === 0 || known[0] !== tags[0] || classes.length < 2) return order;
  const allowed = new Set<string>(known.flatMap((t) => ALLOWS[t]));
  const first = classes[0] as SenseClass;
  const mainIsVerb = ALLOWS[known[0]][0] === 'v';
  let front: (c: string) => boolean;
  if (mainIsVerb && first !== 'v' && !allowed.has(first)) front = (c) => c === 'v';
  else if (first === 'v' && !allowed.has('v')) front = (c) => c !== 'v' && c !== 'q' && allowed.has(c);
  else return order;
  const moving = (i: number) => front(classes[i]) && scores[i] >= scores[0] - REACH;
  if (!order.some(moving)) return order;
  return [...order.filter(moving), ...order.filter((i) => !moving(i))];
}

/**
 * The class a word is mostly used in, from its most frequent HanLP tag: v for 统筹 and 落实, a for
 * 稳定, n for 试点; null where the tag says nothing sure (vn, a verb as often a noun: 改革, 投资).
 */
export function mainUse(tags: readonly string[] | undefined): SenseClass | null {
  const main = tags?.[0];
  if (main === undefined || main === 'vn' || main === 'an' || !ALLOWS[main]) return null;
  return ALLOWS[main][0];
}
