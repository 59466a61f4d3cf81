import type { Context } from './collect-words.js';
import type { SenseClass, Token } from '../model/lexicon.js';

/**
 * The sense the article uses, first. A card's definitions arrive in learner order (see
 * src/lexicon/sense-prior.ts); here the word's neighbours in the article say which part of
 * speech it has there, and the senses of that class move to the front, the others keep their
 * order after them. The cues are syntax, not words of any one article:
 *
 * - a verb: an aspect particle after it (了 着 过), a modal before it (要 落实), an adverb before
 *   it with an object after it (认真 落实 党的…);
 * - weaker, only towards the word's main use: an adverbial right before a verb (切实 提升, 有序
 *   推进), a verb before a verb (统筹 推进) or before its object; an adjective after an adverb;
 * - a noun: 的, a numeral, a classifier or a demonstrative before it, a comparison after it
 *   (增速高于 "growth rate"), 的 and an adjective before it (…的新期待 "expectation", 的重要讲话
 *   "a speech");
 * - an adjective: 很/更/最… before it, or 的 after it, when it has adjective senses.
 *
 * Each occurrence votes; the word's main use (the HSK list's part of speech, else jieba's
 * dictionary tag) casts half a vote, which only breaks ties: with no cue in the article the
 * learner order stands (中央 "central" in 中央委员).
 */

const DEGREE = new Set(['很', '更', '最', '非常', '十分', '较', '比较', '更加', '极', '极为', '相当', '越来越']);
const MODAL = new Set(['要', '应', '应当', '应该', '必须', '须', '能', '能够', '可以', '可', '将', '会', '得以', '不', '没', '没有', '未', '已', '已经', '正在', '把', '被', '并', '并且', '进而', '从而', '以', '来', '去', '共同', '一起', '继续', '坚持', '努力', '进一步']);
const NOUN_BEFORE = new Set(['的', '之', '这', '那', '该', '此', '各', '每', '其', '本', '一个', '一种', '这个', '这种', '这些', '那些']);
const ASPECT = new Set(['了', '着', '过']);
const COMPARED = new Set(['高于', '低于', '快于', '慢于', '大于', '小于', '多于', '少于', '优于', '好于', '超过', '达到']);
/**
 * Words whose subject stands right before them: a modal (诉求要限时办结) or a verb that takes
 * what befalls its subject (合理诉求得到有效解决, 权益受到侵害).
 */
const SUBJECT_BEFORE = new Set(['要', '应', '应当', '应该', '必须', '须', '将', '得到', '受到', '遭到']);

const TAG_CLASS: Record<string, SenseClass> = {
  v: 'v', vd: 'v', vi: 'v', vg: 'v', vq: 'v',
  n: 'n', ng: 'n', nz: 'n', vn: 'n', an: 'n',
  a: 'a', ag: 'a', ad: 'd', d: 'd', dg: 'd',
};

const isVerbTag = (pos: string) => pos.startsWith('v') && pos !== 'vn';
/** A noun that can be a verb's object (a verbal noun, vn, may as well be the next verb). */
const isNounTag = (pos: string) => pos.startsWith('n') || pos === 'r';
const isWord = (t: Token | undefined) => t !== undefined && /\p{Script=Han}/u.test(t.word);

/**
 * The class one occurrence asks for, or null when its neighbours say nothing. `primary` is the
 * class the word is mostly used in (the HSK list's, else its first sense's in learner order). The weak cues, a word right before a verb
 * or a noun, fit modifiers as well as verbs (综合 算力 "comprehensive", 试点 任务 "test point",
 * 规范 执法 not "within the rules"): they move a word only to its main class, or to a verb
 * where its main sense is one.
 */
export function occurrenceClass(
  before: Token | undefined,
  after: Token | undefined,
  has: ReadonlySet<string>,
  primary: string = '',
  further: Token | undefined = undefined,
): SenseClass | null {
  if (after && ASPECT.has(after.word) && has.has('v')) return 'v';
  if (before && DEGREE.has(before.word) && has.has('a')) return 'a';
  if (before && MODAL.has(before.word) && has.has('v')) return 'v';
  // 的 and an adjective before it: the head of a noun phrase (的新期待, 的重要讲话).
  if (before && further && before.pos === 'a' && further.word === '的' && has.has('n')) return 'n';
  // What is compared is a noun: 收入增速高于经济增速 "growth rate".
  if (after && COMPARED.has(after.word) && has.has('n')) return 'n';
  // …and so is the subject of a modal or of 得到 (群众诉求要…, 合理诉求得到…).
  if (after && SUBJECT_BEFORE.has(after.word) && has.has('n') && before && /^(?:n|a|b|vn)/.test(before.pos)) return 'n';
  const objectAfter = isWord(after) && isNounTag(after!.pos);
  if (isWord(after) && isVerbTag(after!.pos) && !ASPECT.has(after!.word)) {
    if (has.has('d') && (primary === 'd' || primary === 'a')) return 'd';
    if (has.has('v') && primary === 'v') return 'v';
  }
  // After 的, unless a noun follows that it modifies (的主管单位 "in charge", not "person in charge").
  if (before && NOUN_BEFORE.has(before.word) && has.has('n') && !(objectAfter && has.has(primary) && primary !== 'n')) return 'n';
  if (before && (before.pos === 'm' || before.pos === 'q' || before.pos === 'mq') && has.has('n')) return 'n';
  // An adverb before it: a verb with its object (认真 落实 党的…), else a predicate (长期 稳定).
  if (before && (before.pos === 'd' || before.pos === 'ad')) {
    if (objectAfter && has.has('v')) return 'v';
    if (primary === 'a' && has.has('a')) return 'a';
    if (has.has('v')) return 'v';
  }
  // 的 after a noun is a possessive (社会公平正义的… "justice"), after an adjective a modifier.
  if (after && after.word === '的' && has.has('a') && primary !== 'n') return 'a';
  if (primary === 'v' && objectAfter && !(before && NOUN_BEFORE.has(before.word))) return 'v';
  return null;
}

/**
 * The class the article uses the word in: votes of its occurrences (tokens of each context
 * sentence around the word) and half a vote for jieba's tag; null when nothing decides.
 */
export function articleClass(
  word: string,
  tag: string,
  contexts: readonly Context[],
  segment: (sentence: string) => Token[],
  classes: string,
  use: SenseClass | null = null,
): SenseClass | null {
  const has = new Set(classes);
  const primary = use ?? classes[0] ?? '';
  if (has.size < 2) return null;
  const votes = new Map<SenseClass, number>();
  const vote = (c: SenseClass | null, w: number) => {
    if (c && has.has(c)) votes.set(c, (votes.get(c) ?? 0) + w);
  };
  let cues = 0;
  for (const c of contexts) {
    const tokens = segment(c.sentence);
    let at = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (at === c.offset && tokens[i].word === word) {
        const cls = occurrenceClass(tokens[i - 1], tokens[i + 1], has, primary, tokens[i - 2]);
        if (cls) cues++;
        vote(cls, 1);
        break;
      }
      at += tokens[i].word.length;
    }
  }
  if (cues === 0) return null;
  vote(use ?? TAG_CLASS[tag] ?? null, 0.5);
  let best: SenseClass | null = null;
  let most = 0;
  for (const [c, n] of votes) if (n > most) [best, most] = [c, n];
  return best;
}

/** Senses of `first` class to the front, in their order; the others after them, in theirs. */
export function fitSenses(definitions: string[], classes: string, first: SenseClass | null): string[] {
  if (!first || classes.length !== definitions.length || !classes.includes(first)) return definitions;
  const front = definitions.filter((_, i) => classes[i] === first);
  const rest = definitions.filter((_, i) => classes[i] !== first);
  return [...front, ...rest];
}
