import { PLACEHOLDER_COUNT, type WordFacts } from './word-facts.js';

/**
 * Free combinations: jieba's dictionary lists many strings that grammar builds on the fly (两张,
 * 这条, 更快, 打来, 我省, 已为), tagged as if they were words. A learner learns their parts, not
 * them. A token CC-CEDICT does not list is cut into its head and the rest when it is one of:
 * - a numeral, or 首 "first", and a classifier or measure (两张, 一篇, 五年, 万公里, 亿亩, 一期,
 *   首场), whatever jieba tags the pair, and a modifier before them (新一届, 上一年, 近三成);
 * - 不/未 and the one-character verb or adjective they negate (不减, 不松, 未变), and the particle
 *   所 and the verb it turns into "what is V-ed" (所涉, 所称);
 * - a demonstrative or determiner and a classifier or noun (这条, 各省, 我省, 该市);
 * - 更/最/较 and the word they grade (更具, 更快, 更好, 较快, 较晚);
 * - a verb and a directional, aspect or result complement (打来, 开过, 转走, 发展起来, 用足), or
 *   the goal or role it reaches (增至, 定为, 列于);
 * - an adverb or adjective and a function word (已为, 快于);
 * - a noun or classifier said twice, "every one" (县县, 村村, 户户).
 * A word CC-CEDICT lists is a lexicalised word and stays (一定, 这样, 更新, 最好, 过来, 开放).
 * The pieces are dictionary words or single characters; the caller tags them.
 */
/** A numeral, with 第 before it or 多/余 ("and more") after it: 两, 五, 一千六百, 第五, 四万多. */
const NUMERAL = /^第?[零〇一二三四五六七八九十百千万亿两半几数]+[多余]?/u;
/** Determiners that combine freely with a classifier or a noun (这条, 每年, 各省, 我省, 该市). */
const DETERMINERS = new Set([...'这那哪每各该本此某我']);
const GRADERS = new Set([...'更最较']);
/** Directional, aspect and common result complements, and the place or recipient after a verb (摆在, 交给). */
const COMPLEMENTS = new Set([
  ...'来去过走上下进出回起开到着了完掉住好成在给足满至为于',
  ...['起来', '下来', '上来', '出来', '进来', '回来', '过来', '下去', '上去', '出去', '进去', '回去', '过去', '开来'],
]);
/** Heads a complement follows: verbs (jieba tags some bound verbs zg: 扛) and adjectives (稳住). */
const VERB_HEAD_TAGS = /^(v|vg|vn|zg|a)$/;
/** jieba's tags of classifiers (q), numeral-classifier words (mq) and time words (t). */
const MEASURE_TAGS = /^(q|qt|qv|mq|m|t)$/;
/** Tags of what 更/最 grade: adjectives, verbs, adverbs. */
const GRADABLE_TAGS = /^(a|ad|an|v|vd|vn|d)$/;
/** Negations that combine freely with a one-character verb or adjective (不减, 未变). */
const NEGATIONS = new Set([...'不未']);
/** Tags of what a negation negates: verbs and adjectives, bound ones too. */
const NEGATED_TAGS = /^(v|vg|vd|vi|a|ag|ad)$/;
/** Tags of function words: prepositions, conjunctions, particles. */
const FUNCTION_TAGS = /^(p|c|u[a-z]*)$/;

export interface FreeSplit {
  pieces: [string, string];
  /** Each piece's role where the combination tells it (m numeral, q classifier), else null. */
  tags: [string | null, string | null];
}

/** How a free combination splits, or null when `word` is not one (or is a word CC-CEDICT lists). */
export function splitFreeCombination(word: string, facts: WordFacts): FreeSplit | null {
  if (facts.inCedict(word)) return null;
  const chars = Array.from(word);
  if (chars.length < 2) return null;
  const tag = facts.jiebaTag(word) ?? 'x';
  const numeral = NUMERAL.exec(word)?.[0];
  if (numeral && numeral.length < word.length) {
    const rest = word.slice(numeral.length);
    const restTag = facts.jiebaTag(rest) ?? '';
    const measure = MEASURE_TAGS.test(restTag) || (rest.length === 1 && facts.inCedict(rest));
    // jieba tags a numeral with its classifier m, mq or t (两张, 三季度, 五年); one with a
    // one-character noun sometimes n (两地).
    const numeralTag = /^(m|mq)$/.test(tag) || (/^(q|t|x)$/.test(tag) && measure) || (tag === 'n' && rest.length === 1);
    // A classifier CC-CEDICT knows makes the pair one whatever jieba tags it (一期 is tagged d).
    const classifier = rest.length === 1 && facts.classifier(rest) && !/^n[rstz]/.test(tag);
    if ((numeralTag || classifier) && isPiece(rest, facts)) {
      return { pieces: [numeral, rest], tags: ['m', rest.length === 1 ? 'q' : null] };
    }
  }
  const [head] = chars;
  const rest = word.slice(head.length);
  // A modifier before a numeral and its classifier (新一届, 上一年, 近三成): the modifier, then the count.
  if (chars.length >= 3 && !NUMERAL.test(head) && !/^n[rstz]/.test(tag)) {
    const count = NUMERAL.exec(rest)?.[0];
    const unit = count ? rest.slice(count.length) : '';
    if (count && Array.from(unit).length === 1 && facts.classifier(unit)) return { pieces: [head, rest], tags: [null, 'm'] };
  }
  // 首 "first" before a classifier counts like a numeral (首场, 首轮): the first of them.
  if (head === '首' && chars.length === 2 && facts.classifier(rest)) return { pieces: [head, rest], tags: ['m', 'q'] };
  if (NEGATIONS.has(head) && chars.length === 2 && isPiece(rest, facts) && NEGATED_TAGS.test(facts.jiebaTag(rest) ?? '')) {
    return { pieces: [head, rest], tags: ['d', null] };
  }
  // The particle 所 before a verb makes "what is V-ed" of it (所涉 财物, 所称, 所作): grammar, not a word.
  if (head === '所' && isPiece(rest, facts) && /^v/.test(facts.jiebaTag(rest) ?? '')) return { pieces: [head, rest], tags: ['u', null] };
  if (chars.length === 2 && head === rest && /^(n|ng|q|zg)$/.test(facts.jiebaTag(head) ?? '')) {
    return { pieces: [head, rest], tags: [null, null] };
  }
  if (DETERMINERS.has(head) && isPiece(rest, facts) && !/^(nr|ns|nt|nz)/.test(tag)) {
    // After a determiner, one character is a classifier or a bound noun (这条, 各项, 各省).
    return { pieces: [head, rest], tags: ['r', rest.length === 1 || /^q/.test(facts.jiebaTag(rest) ?? '') ? 'q' : null] };
  }
  // 更/最/较 grade a quality or an action (更快, 最早, 更具, 较快); 最高院 is a name, not a grade of 高院.
  if (GRADERS.has(head) && isPiece(rest, facts) && (rest.length === 1 || GRADABLE_TAGS.test(facts.jiebaTag(rest) ?? ''))) {
    return { pieces: [head, rest], tags: ['d', null] };
  }
  for (const complement of COMPLEMENTS) {
    if (!word.endsWith(complement) || complement.length >= word.length) continue;
    const verb = word.slice(0, word.length - complement.length);
    if (facts.inCedict(verb) && VERB_HEAD_TAGS.test(facts.jiebaTag(verb) ?? '') && /^(v|vn|x)$/.test(tag)) {
      return { pieces: [verb, complement], tags: [null, null] };
    }
  }
  // Only where jieba barely attests the pair (an entry without a count, or none): the adverbs
  // it counts with a function character are literary words (始于, 互为, 亦然).
  if (
    chars.length === 2 && facts.jiebaCount(word) <= PLACEHOLDER_COUNT &&
    /^(d|a)$/.test(facts.jiebaTag(head) ?? '') && FUNCTION_TAGS.test(facts.jiebaTag(rest) ?? '')
  ) {
    return { pieces: [head, rest], tags: ['d', null] };
  }
  return null;
}

/** A part a free combination may leave: a dictionary word, or one character CC-CEDICT has. */
function isPiece(part: string, facts: WordFacts): boolean {
  return facts.inCedict(part);
}
