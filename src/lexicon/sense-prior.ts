import type { SenseClass } from '../model/lexicon.js';
import { usageOrder } from './usage-class.js';


/**
 * Build time: the order in which a reading's senses are shown when nothing about the article
 * says otherwise, and each sense's part of speech (so the deck can put the one that fits the
 * article first, see src/deck/sense-fit.ts). Learned from the data at hand, never a word list:
 *
 * - CC-CEDICT's own order is the starting point (it tends to put the common sense first).
 * - Register: "(fig.)" senses are what official prose means (提升 "to raise", 渠道 "channel");
 *   "(old)", "(archaic)", "(literary)", "(dialect)", "(Tw)"… and field labels ("(biology)")
 *   are for other texts; a sense narrowed by a parenthesis ("to promote (to a
 *   higher-ranking position)", "allocated area (for housing…)") is less general.
 * - How common the sense's English is in the Chinese of jieba's corpus (People's Daily-style
 *   news): each English word weighs the corpus counts of the CC-CEDICT words glossed with it
 *   (a verb's words apart from a noun's). "to lead" outweighs "to crane one's neck" (引领),
 *   "great undertaking" outweighs "exploit" (伟业), "to open" outweighs "to bloom" (开放).
 * - What the word means inside the longer words built on it, weighted by their corpus counts:
 *   项 is "item" in 项目, 事项…, not "back of neck"; 机关 is "organ" in 国家机关, 公安机关….
 * - How the word is used (the HSK list's parts of speech, see usage-class.ts): 落实 is a verb
 *   ("to implement", not "practical").
 * - The part of speech of an English gloss: "to …" is a verb; otherwise the class of its
 *   head word, learned from single-word glosses of CC-CEDICT words jieba tags n, a or d.
 */

const STOP = new Set(
  ("to of a an the one one's sb sb's sth sth's etc and or in on for with by as at from into be is are it its oneself up out " +
    'together other each do make get have take give go come put set thing things something someone way not no all so such ' +
    'this that used very more most').split(' '),
);
const LEADING_LABELS = /^(?:\([^)]*\)\s*|(?:fig|lit)\.\s+)+/;
export const REGISTER_LABEL = /\((?:old|archaic|literary|classical|obsolete|dialect|Tw|Taiwan|Cantonese|Hong Kong|Internet slang|slang|vulgar|coll\.|colloquial|euphemism|derog\.|derogatory|humble|honorific|loanword|abbr\.)\)/i;
const FIELD_LABEL = /^\((?!fig\.|of |usu|lit\.|esp|in |about |bound form)[a-z][a-z .]*\)\s/;
const FIGURATIVE = /^(?:\([^)]*\)\s*)*\(fig\.\)|\bfig\. /;
const PREPOSITIONS = new Set(['in', 'within', 'at', 'on', 'by', 'with', 'without', 'under', 'through', 'according']);

/** The words that carry a gloss's meaning, keyed by verb or not ("v:open", "n:office"). */
export function senseTokens(gloss: string): string[] {
  const verb = isVerbGloss(gloss);
  return gloss
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z']+/)
    .filter((t) => t !== '' && !STOP.has(t))
    .map((t) => (verb ? 'v:' : 'n:') + t.replace(/'s$/, ''));
}

function isVerbGloss(gloss: string): boolean {
  return /^to\s/.test(gloss.replace(LEADING_LABELS, ''));
}

/** The first item of a gloss, without labels and parentheses: "office" of "office; agency". */
export function headItem(gloss: string): string {
  // Parentheses go first: "net (income, exports etc)" is "net", not "net (income".
  const bare = gloss.replace(LEADING_LABELS, '').replace(/\([^)]*\)/g, ' ').split(/[;,]/)[0];
  return bare.trim().replace(/\s+/g, ' ');
}

/** English word → part-of-speech class, learned from CC-CEDICT against jieba's tags. */
export type EnglishClasses = Map<string, SenseClass>;

const TAG_CLASS: Record<string, SenseClass> = { n: 'n', ng: 'n', nz: 'n', a: 'a', ag: 'a', d: 'd', dg: 'd' };

export function learnEnglishClasses(entries: Iterable<{ word: string; glosses: string[] }>, tagOf: (w: string) => string | null): EnglishClasses {
  const votes = new Map<string, Record<string, number>>();
  for (const { word, glosses } of entries) {
    const cls = TAG_CLASS[tagOf(word) ?? ''];
    if (!cls) continue;
    for (const g of glosses) {
      const item = headItem(g).toLowerCase();
      if (!/^[a-z-]+$/.test(item)) continue;
      const v = votes.get(item) ?? {};
      v[cls] = (v[cls] ?? 0) + 1;
      votes.set(item, v);
    }
  }
  const out: EnglishClasses = new Map();
  for (const [w, v] of votes) {
    const [best, n] = Object.entries(v).sort((a, b) => b[1] - a[1])[0];
    if (n >= 2) out.set(w, best as SenseClass);
  }
  return out;
}

export function senseClass(gloss: string, english: EnglishClasses): SenseClass {
  const bare = gloss.replace(LEADING_LABELS, '');
  if (/^(?:measure word:|classifier for\b)/.test(bare)) return 'q';
  if (/^(?:to|can|could|may|might|must|shall|should|will|would)[\s;,]/.test(bare)) return 'v';
  const words = headItem(gloss).toLowerCase().split(' ').filter((w) => w !== '');
  if (words.length === 0) return 'n';
  if (PREPOSITIONS.has(words[0]) && words.length > 1) return 'd';
  const head = words.length === 1 ? words[0] : words[words.length - 1];
  const learned = english.get(head);
  if (learned && (words.length === 1 || learned === 'n')) return learned;
  if (/ly$/.test(head)) return 'd';
  if (/(?:al|ive|ous|ful|able|ible|ic|ent|ant|ary|less|ed)$/.test(head) && words.length === 1) return 'a';
  return 'n';
}

/** English word → log10 of the corpus weight of the CC-CEDICT words glossed with it. */
export type EnglishWeights = Map<string, number>;

export function englishWeights(entries: Iterable<{ word: string; glosses: string[] }>, countOf: (w: string) => number): EnglishWeights {
  const sums = new Map<string, number>();
  for (const { word, glosses } of entries) {
    const count = countOf(word);
    if (count < 5 || glosses.length === 0) continue;
    for (const g of glosses) {
      for (const t of new Set(senseTokens(g))) sums.set(t, (sums.get(t) ?? 0) + count / glosses.length);
    }
  }
  return sums;
}

/** A crude stem, so "organ" meets "organs", "standard" "standardize", "China" "Chinese". */
const stem = (token: string) => token.slice(2, 6);

/**
 * The words built on each word: for each CC-CEDICT word, the corpus weight of the longer words
 * holding it, in total and by the stems of their glosses.
 */
export type Compounds = Map<string, CompoundStems>;
export interface CompoundStems {
  total: number;
  n: number;
  byStem: Map<string, number>;
  /** For a single character: the same, over the words it begins, and over the words it ends. */
  first?: CompoundStems;
  last?: CompoundStems;
  /** The words of three characters or more it ends (公安局, 邮政局: "bureau"; not 大局, 格局). */
  lastLong?: CompoundStems;
}

function add(c: CompoundStems, count: number, stems: Set<string>): void {
  c.total += count;
  c.n++;
  for (const s of stems) c.byStem.set(s, (c.byStem.get(s) ?? 0) + count);
}

const empty = (): CompoundStems => ({ total: 0, n: 0, byStem: new Map() });

export function compoundsOf(entries: Iterable<{ word: string; glosses: string[] }>, countOf: (w: string) => number, isWord: (w: string) => boolean): Compounds {
  const out: Compounds = new Map();
  for (const { word, glosses } of entries) {
    const count = countOf(word);
    const chars = Array.from(word);
    if (count < 5 || chars.length < 2 || chars.length > 6) continue;
    const stems = new Set(glosses.slice(0, 4).flatMap(senseTokens).map(stem));
    const parts = new Set<string>();
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 1; j <= Math.min(chars.length, i + 3); j++) {
        if (j - i < chars.length) parts.add(chars.slice(i, j).join(''));
      }
    }
    for (const part of parts) {
      if (!isWord(part)) continue;
      let c = out.get(part);
      if (!c) out.set(part, (c = empty()));
      add(c, count, stems);
      if (part === chars[0]) add((c.first ??= empty()), count, stems);
      if (part === chars[chars.length - 1]) add((c.last ??= empty()), count, stems);
      if (part === chars[chars.length - 1] && chars.length >= 3) add((c.lastLong ??= empty()), count, stems);
    }
  }
  return out;
}

/** The stems of every sense of a character (all its real readings). */
export function senseStems(glosses: readonly string[]): Set<string> {
  return new Set(glosses.flatMap(senseTokens).map(stem));
}

/** Share (0..1) of the corpus weight of the word's compounds that share the sense's best stem. */
export function compoundSupport(gloss: string, compounds: CompoundStems | undefined): number {
  if (!compounds || compounds.n < 2) return 0;
  let best = 0;
  for (const s of new Set(senseTokens(gloss).map(stem))) best = Math.max(best, compounds.byStem.get(s) ?? 0);
  return best / compounds.total;
}

/**
 * How common a sense's English is among the corpus's words: the mean log weight of its words
 * that some other word's gloss uses (null: none does). `ownShare`: the word's own contribution
 * to each of its tokens' weight (left out, so a word does not vote for its own senses).
 */
export function commonness(gloss: string, weights: EnglishWeights, ownShare: number): number | null {
  const logs: number[] = [];
  for (const t of senseTokens(gloss)) {
    const w = (weights.get(t) ?? 0) - ownShare;
    if (w > 1) logs.push(Math.log10(w));
  }
  return logs.length > 0 ? logs.reduce((a, b) => a + b, 0) / logs.length : null;
}

/** How fitting a sense is for a learner of official prose, before the article is read. */
export function priorScore(
  gloss: string,
  index: number,
  common: number,
  compounds: CompoundStems | undefined,
  charStems: readonly Set<string>[],
): number {
  // CC-CEDICT's order weighs most: a later sense needs clear evidence to come first.
  let score = 0.35 * common - 0.4 * index + compoundSupport(gloss, compounds);
  // The characters' own meanings: 引领's 引 and 领 both "lead", none "crane one's neck"; 监督's
  // 监 and 督 "supervise", neither "control".
  if (charStems.length > 1) {
    const mine = new Set(senseTokens(gloss).map(stem));
    const agreeing = charStems.filter((cs) => [...mine].some((m) => cs.has(m))).length;
    score += (0.8 * agreeing) / charStems.length;
  }
  // A note, not a sense ("opposite: passive 被动", "same as 总领事馆").
  if (/^(?:opposite|antonym|syn\.|synonym):|^same as\b|^see also\b/i.test(gloss)) score -= 3;
  // The literal reading of an image ("lit. frontline troops" of 排头兵): official prose means the image.
  if (/^lit\. /.test(gloss)) score -= 1;
  if (FIGURATIVE.test(gloss)) score += 1.5;
  if (REGISTER_LABEL.test(gloss)) score -= 1.5;
  if (FIELD_LABEL.test(gloss)) score -= 0.8;
  // A restriction in parentheses after the head ("to promote (to a higher-ranking position)")
  // or before it ("(of a doctor etc) to do a follow-up").
  if (/\S \([^)]*\)/.test(gloss) || /^\((?:of|usu|esp)\b/.test(gloss)) score -= 0.3;
  return score;
}

/**
 * A reading's definitions in learner order, with their classes. Measure-word lines stay last;
 * everything else is sorted by priorScore (stable).
 */
export function learnerOrder(
  definitions: string[],
  weights: EnglishWeights,
  english: EnglishClasses,
  ownCount: number,
  compounds?: CompoundStems,
  charStems: readonly Set<string>[] = [],
  usage: readonly string[] = [],
): { definitions: string[]; classes: string; bound: string } {
  const ownShare = definitions.length > 0 ? ownCount / definitions.length : 0;
  const commons = definitions.map((gloss) => commonness(gloss, weights, ownShare));
  const known = commons.filter((c): c is number => c !== null);
  // A sense whose English no other word's gloss uses ("to convoke") counts as the word's rarest
  // known one: rare English is seldom what a learner needs, but no rarer than that.
  const neutral = known.length > 0 ? Math.min(...known) : 0;
  const scored = definitions.map((gloss, index) => {
    const cls = senseClass(gloss, english);
    const last = /^measure word:/.test(gloss);
    const score = last ? -Infinity : priorScore(gloss, index, commons[index] ?? neutral, compounds, charStems);
    return { gloss, cls, last, score, index };
  });
  collectiveFirst(scored);
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  const byUse = usageOrder(scored.map((s) => s.cls).join(''), scored.map((s) => s.score), usage).map((i) => scored[i]);
  const ordered = byUse.map((s) => s.gloss);
  return { definitions: ordered, classes: byUse.map((s) => s.cls).join(''), bound: boundSenses(ordered, compounds) };
}

/**
 * "the masses" before "mass" (群众), "the public" before "public": a group named with "the" is
 * what the word means where a bare English word of the same stem is ambiguous (mass in physics).
 */
function collectiveFirst(scored: { gloss: string; score: number }[]): void {
  for (const group of scored) {
    const m = /^the ([a-z]+)$/.exec(group.gloss);
    if (!m) continue;
    const bare = scored.find((s) => s !== group && stem('n:' + s.gloss) === stem('n:' + m[1]) && /^[a-z]+$/.test(s.gloss));
    if (bare && bare.score > group.score) group.score = bare.score + 1e-6;
  }
}

/**
 * For a character: which of its senses the words it begins, the words it ends, and the words of
 * three characters or more it ends use most (地 "place" at the end of 当地, 各地; 华 "China" at
 * the start of 华人, 华侨; 局 "office" at the end of 公安局, 邮政局), as
 * `first:share,last:share,long:share` (sense index, share in hundredths); '' without such words. A part of a
 * composed meaning takes this sense (see compose.ts).
 */
function boundSenses(definitions: string[], compounds: CompoundStems | undefined): string {
  if (!compounds?.first && !compounds?.last) return '';
  const best = (c: CompoundStems | undefined) => {
    let index = -1;
    let share = 0;
    let words = Infinity;
    definitions.forEach((d, i) => {
      // A note naming other words is not a sense to lend ("abbr. for a place ending in 园, such
      // as …"); an abbreviation is ("abbr. for 企业 qǐ yè, company").
      const note = /^(?:measure word:|used in|see\b)/.test(d) || /\p{Script=Han}/u.test(d.replace(/abbr\. for \p{Script=Han}+/gu, ''));
      const s = note ? 0 : compoundSupport(d, c);
      // Of two senses the same words support, the one with less else in it: 委 "committee", not
      // "committee member".
      const n = senseTokens(d).length;
      if (s > share || (s > 0 && s === share && n < words)) [index, share, words] = [i, s, n];
    });
    return index < 0 ? '' : `${index}:${Math.round(share * 100)}`;
  };
  return `${best(compounds.first)},${best(compounds.last)},${best(compounds.lastLong)}`;
}
