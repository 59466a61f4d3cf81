import { boundShareAt, type CedictEntry, type ComposedMeaning, type SenseClass } from '../model/lexicon.js';
import { affixUse, lookup, pairsEndingWith, wordsStartingWith } from './cedict.js';
import { bestSplit, type AffixOf } from './compose-split.js';
import { corpusFrequency, dictionaryTag } from './frequency.js';
import { byPlace, placeInArticle, placeOfGloss } from './place-senses.js';
import { headItem, REGISTER_LABEL, senseStems } from './sense-prior.js';

/**
 * A meaning for a word CC-CEDICT lacks (党组织, 示范区, 四中全会), made from what it has:
 *
 * - by analogy, where the word differs from a listed one only in a numeral: 四中全会 is
 *   三中全会 "third plenum …" with "fourth" for "third";
 * - else from its parts: the split into the fewest dictionary words (numerals read as
 *   numbers), ties to the more common parts (党 组织, not 党组 织), each part given its most
 *   learner-relevant short gloss: the first in learner order (surname and variant senses
 *   never), a noun sense for the head of a noun. 党组织 → "party + organization".
 *
 * The text shows how it was made (" + " between parts, "(like 三中全会)"), and a card so
 * made is tagged `composed`. Null when some part is known to no dictionary: such a word is
 * not a card.
 */

export type EntriesOf = (word: string) => readonly CedictEntry[];
export type CountOf = (word: string) => number;
/** The dictionary's longer words beginning with a prefix (absent: no analogy with them). */
export type WordsStartingWith = (prefix: string) => readonly string[];

/** What else the dictionaries tell of word shapes (each absent: that evidence unused). */
export interface WordShapes {
  /** The dictionary's longer words beginning with a prefix (the analogy of siblingSense). */
  startingWith?: WordsStartingWith;
  affixOf?: AffixOf;
  /** The two-character words ending in a character. */
  pairsEndingWith?: (char: string) => readonly string[];
  /** jieba's dictionary tag of a word (p: a preposition). */
  tagOf?: (word: string) => string | null;
}

const DIGITS = '零一二三四五六七八九';
const NUMERAL = /^[零〇一二三四五六七八九十百千万两]+$/u;
const CARDINALS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** 1–99 written with 十: 四 4, 十三 13, 二十 20; NaN otherwise. */
export function numeralValue(text: string): number {
  if (text === '两') return 2;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || text === '') return NaN;
  if (!m[2]) return m[1] && !m[3] ? DIGITS.indexOf(m[1]) : NaN;
  return (m[1] ? DIGITS.indexOf(m[1]) : 1) * 10 + (m[3] ? DIGITS.indexOf(m[3]) : 0);
}

function numeralText(n: number): string {
  if (n <= 10) return n === 10 ? '十' : DIGITS[n];
  return (n >= 20 ? DIGITS[Math.floor(n / 10)] : '') + '十' + (n % 10 > 0 ? DIGITS[n % 10] : '');
}

function english(n: number, ordinal: boolean): string {
  if (n <= 10) return (ordinal ? ORDINALS : CARDINALS)[n];
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return ordinal ? `${n}${suffix}` : String(n);
}

const isReal = (e: CedictEntry) => !e.weak && e.definitions.length > 0;

/** How much the longer words built on this reading use it (0..100; see CedictEntry.bound). */
function boundShare(e: CedictEntry): number {
  return Math.max(boundShareAt(e, 0), boundShareAt(e, 1), boundShareAt(e, 2));
}

/**
 * The real readings a part may lend its meaning, common words before proper nouns, and of
 * those the reading with the most senses first (the main reading: 强 qiáng, not jiàng), then
 * the one the longer words use (综 zōng "to synthesize", not zèng "heddle").
 */
function realEntries(word: string, entriesOf: EntriesOf): CedictEntry[] {
  const proper = (e: CedictEntry) => (/^[A-Z]/.test(e.pinyinNumbered) ? 1 : 0);
  return entriesOf(word)
    .filter(isReal)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => proper(a.e) - proper(b.e) || b.e.definitions.length - a.e.definitions.length || boundShare(b.e) - boundShare(a.e) || a.i - b.i)
    .map(({ e }) => e);
}

export function composeMeaning(
  word: string,
  entriesOf: EntriesOf,
  countOf: CountOf,
  head: SenseClass | null = null,
  articleWords: readonly string[] = [],
  reading = '',
  shapes: WordShapes = {},
): ComposedMeaning | null {
  const chars = Array.from(word);
  if (chars.length < 2) return null;
  const syllables = reading.split(' ').filter((s) => s !== '');
  return (
    byAnalogy(chars, entriesOf) ??
    (shapes.pairsEndingWith ? byPlace(chars, entriesOf, articleWords, shapes.pairsEndingWith) : null) ??
    fromParts(chars, { entriesOf, countOf, shapes }, head, articleWords, syllables.length === chars.length ? syllables : [])
  );
}

/** The dictionaries fromParts reads. */
interface PartData {
  entriesOf: EntriesOf;
  countOf: CountOf;
  shapes: WordShapes;
}

/**
 * A part's entries as the word is read: those with the part's syllables (为 wéi "as" in 定为,
 * not wèi "because of"; 东西 dōng xī "east and west" in 东西部, not dōng xi "thing"), and of a
 * word read in lower case, never a proper noun's (日 rì "day" in 日均, not Rì "Japan"; 中 zhōng
 * "middle" in 中小城市, not Zhōng "China") — unless, at `side` of a word (0 its start, 1 its
 * end), most of the dictionary's longer words use the proper noun's sense (PROPER_SHARE), and
 * PROPER_LEAN times as many as use the common word's: 华 Huá "China" begins 53 % of them, huá "magnificent" 1 % (华商 "China +
 * commerce"). All of them where the reading leaves none.
 */
function readAs(entriesOf: EntriesOf, part: string, syllables: readonly string[], side?: 0 | 1): EntriesOf {
  if (syllables.length === 0) return entriesOf;
  const reading = syllables.join(' ');
  const share = (e: CedictEntry) => (side === undefined ? 0 : boundShareAt(e, side));
  return (w) => {
    const all = entriesOf(w);
    if (w !== part) return all;
    const same = all.filter((e) => isReal(e) && e.pinyinNumbered.toLowerCase() === reading.toLowerCase());
    const lower = same.filter((e) => e.pinyinNumbered === reading);
    const proper = same.filter((e) => e.pinyinNumbered !== reading && share(e) >= PROPER_SHARE && share(e) >= PROPER_LEAN * Math.max(1, ...lower.map(share)));
    // A character the common word only transliterates with marks a name's piece (欧尔 of 欧尔班): no Europe there.
    const transliterates = lower.every((e) => e.definitions.every((d) => /transliteration/i.test(d)));
    if (lower.length > 0) return proper.length > 0 && !transliterates ? proper : lower;
    if (same.length > 0) return same;
    const common = all.filter((e) => isReal(e) && !/^[A-Z]/.test(e.pinyinNumbered));
    return /^[a-z]/.test(reading) && common.length > 0 ? common : all;
  };
}

/** Share (hundredths) of the longer words a proper noun's sense of a character must have to lend it in a lower-case word (see readAs). */
const PROPER_SHARE = 50;
/** How many times the common word's share that must be. */
const PROPER_LEAN = 3;

/**
 * 四中全会 → 三中全会's gloss with its number changed, where the gloss names the number; else the
 * nearest such word's gloss with the number said (五位一体: "trinity, with five for three (like
 * 三位一体)"), where that word is a common one (not a name's reading alone).
 */
function byAnalogy(chars: string[], entriesOf: EntriesOf): ComposedMeaning | null {
  const word = chars.join('');
  const run = /[一二三四五六七八九十两]+/u.exec(word);
  if (!run) return null;
  const value = numeralValue(run[0]);
  if (Number.isNaN(value) || value > 99) return null;
  let unnamed: ComposedMeaning | null = null;
  for (let other = 1; other <= 20; other++) {
    if (other === value) continue;
    const sibling = word.slice(0, run.index) + numeralText(other) + word.slice(run.index + run[0].length);
    const entry = realEntries(sibling, entriesOf)[0];
    if (!entry) continue;
    const common = entry.definitions.find((d) => /^[a-z]/.test(d) && analogous(d));
    if (!unnamed && common && chars.length >= 4) {
      unnamed = { parts: [sibling], definition: `${common}, with ${english(value, false)} for ${english(other, false)} (like ${sibling})` };
    }
    for (const ordinal of [true, false]) {
      const name = new RegExp(`\\b${english(other, ordinal)}\\b`, 'i');
      const gloss = entry.definitions.find((d) => name.test(d));
      if (gloss) {
        const swapped = gloss.replace(name, (m) => matchCase(english(value, ordinal), m));
        return { parts: [sibling], definition: `${swapped} (like ${sibling})` };
      }
    }
  }
  return unnamed;
}

function matchCase(text: string, like: string): string {
  return /^[A-Z]/.test(like) ? text[0].toUpperCase() + text.slice(1) : text;
}

/**
 * A meaning from the word's parts, split as bestSplit says (中医 + 药 "traditional Chinese
 * medical science + medicine", 非 + 常规), each part's gloss chosen for its place in the word.
 */
function fromParts(chars: string[], data: PartData, head: SenseClass | null, articleWords: readonly string[] = [], syllables: readonly string[] = []): ComposedMeaning | null {
  const { entriesOf: wordEntries, countOf, shapes } = data;
  if (listsHeads(chars, wordEntries, countOf)) {
    const glosses = chars.map((c) => partGloss(c, wordEntries, 'n', 'long end'));
    if (glosses.every((g) => g !== null)) return { parts: chars, definition: glosses.join(' + ') };
  }
  const split = bestSplit(chars, (part) => NUMERAL.test(part) || wordEntries(part).some(isReal), countOf, shapes.affixOf);
  if (!split) return null;
  const { parts, starts } = split;
  const word = chars.join('');
  // A four-character phrase is classical grammar: its lone characters after the first are words,
  // each in its own sense (善作善成: 作 "do"; a first character still reads as words begin: 中小城市).
  const phrase = chars.length === 4;
  const glosses: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const single = Array.from(parts[i]).length === 1;
    const partSyllables = syllables.slice(starts[i], starts[i] + Array.from(parts[i]).length);
    const entriesOf = readAs(wordEntries, parts[i], partSyllables, i === 0 ? 0 : i === parts.length - 1 ? 1 : undefined);
    // A noun's last part is its head (a noun sense: 党组织 "party + organization"); a verb's
    // first part is the verb.
    const last = i === parts.length - 1;
    const role = last && head === 'n' ? 'n' : i === 0 && head === 'v' ? 'v' : last && head === 'v' ? 'c' : null;
    // After a part of two characters or more, the last character ends a longer word: it reads
    // as it does at the end of such words (社会保障部 "ministry", like 外交部, 国防部).
    const place: Place = phrase && single && i > 0 ? 'word' : i === 0 ? 'first' : !last ? 'middle' : Array.from(parts[i - 1]).length >= 2 ? 'long end' : 'last';
    const longEnd = last && i > 0 && Array.from(parts[i - 1]).length >= 2;
    // A character that stands for a place the article names (晋 where it speaks of 山西).
    const named = single ? placeInArticle(parts[i], word, wordEntries, articleWords, i === 0 ? 0 : 1) : null;
    const inArticle = !named && longEnd ? articleSense(word, parts[i], entriesOf, articleWords) : null;
    const sibling = longEnd && !inArticle && shapes.startingWith ? siblingSense(parts[i - 1], parts[i], entriesOf, countOf, shapes.startingWith) : null;
    const preposition = place === 'word' && i > 0 && shapes.tagOf?.(parts[i]) === 'p' ? prepositionSense(entriesOf(parts[i])) : null;
    const gloss = named?.english ?? inArticle ?? sibling ?? preposition ?? partGloss(parts[i], entriesOf, role, place);
    if (gloss === null) return null;
    glosses.push(gloss);
  }
  return { parts, definition: glosses.join(' + ') };
}

/**
 * A preposition's sense inside a phrase (取信于民: 于 "in", not "than" nor "to go"): its first
 * sense that is not a verb's, a particle's or a comparison's.
 */
function prepositionSense(entries: readonly CedictEntry[]): string | null {
  for (const e of entries.filter(isReal)) {
    const i = e.definitions.findIndex((d, k) => e.classes[k] !== 'v' && !/^to\b|particle|comparison/i.test(d) && analogousLabel(d));
    if (i >= 0) return shortGloss(e.definitions[i].replace(/^\([^)]*\)\s*/, ''), e.pinyinNumbered);
  }
  return null;
}

/** Not a pointer to other words nor a classifier's sense. */
const analogousLabel = (gloss: string) => !/^(?:used in|see|classifier|measure word|abbr\.)/i.test(gloss);

/** Share (hundredths) of the words of three characters or more a character ends in one sense, from which it is a head. */
const HEAD_SHARE = 50;

/** Whether a character heads the longer words it ends, in one sense (省 湖南省, 市 大连市, 区 西岗区, 县). */
export function headsLongerWords(char: string, entriesOf: EntriesOf): boolean {
  const entry = realEntries(char, entriesOf)[0];
  return entry !== undefined && boundShareAt(entry, 2) >= HEAD_SHARE;
}

/**
 * A word of three characters or more each of which heads the longer words it ends in one sense
 * (省 湖南省, 市 大连市, 区 西岗区, 县) lists them: 各省市区 "province + city + district", 县市区,
 * though two of them make a word besides (市区 "urban district") — unless jieba's corpus meets
 * that pair more often than either of its characters alone (政府 in 省政府: a word, not a list).
 */
function listsHeads(chars: string[], entriesOf: EntriesOf, countOf: CountOf): boolean {
  if (chars.length < 3) return false;
  const heads = chars.every((c) => headsLongerWords(c, entriesOf));
  const pairIsWord = chars.slice(1).some((c, i) => countOf(chars[i] + c) >= Math.min(countOf(chars[i]), countOf(c)));
  return heads && !pairIsWord;
}

/**
 * The sense of a word's last character that the words sharing its first part agree with, by
 * analogy: 公安厅's 厅 is "office" (beside 公安局, whose 局 is "office; bureau") or
 * "department" (beside 公安部, whose 部 is "ministry; department"), not "hall". Each such word
 * (first part and one character, in jieba's corpus) weighs by its count; null where none agrees.
 */
function siblingSense(prefix: string, part: string, entriesOf: EntriesOf, countOf: CountOf, startingWith: WordsStartingWith): string | null {
  const size = Array.from(prefix).length;
  if (size < 2 || Array.from(part).length !== 1) return null;
  const weights = new Map<string, number>();
  for (const sibling of startingWith(prefix)) {
    const chars = Array.from(sibling);
    const other = chars[size];
    const count = countOf(sibling);
    if (chars.length !== size + 1 || other === part || count < SIBLING_COUNT) continue;
    const stems = commonStems(realEntries(other, entriesOf).flatMap((e) => e.definitions));
    for (const s of stems) weights.set(s, (weights.get(s) ?? 0) + count);
  }
  return weightiestSense(part, entriesOf, weights);
}

/**
 * The sense of a word's last character that the article's own dictionary words ending in it
 * use: among 农业厅 "(provincial) department of agriculture", 民政厅 "provincial department of
 * civil affairs", 科技厅 is "science and technology + provincial government department", not
 * "… + hall". One sense per text, as a reader takes it.
 */
function articleSense(word: string, part: string, entriesOf: EntriesOf, articleWords: readonly string[]): string | null {
  const votes = new Map<string, number>();
  for (const other of articleWords) {
    if (other === word || !other.endsWith(part) || Array.from(other).length < 3) continue;
    const entry = entriesOf(other).find(isReal);
    if (!entry) continue;
    for (const s of commonStems(entry.definitions.slice(0, 2))) votes.set(s, (votes.get(s) ?? 0) + 1);
  }
  return votes.size === 0 ? null : weightiestSense(part, entriesOf, votes);
}

/** The part's analogous sense whose heaviest stem weighs most (the first of equals); null when none weighs. */
function weightiestSense(part: string, entriesOf: EntriesOf, weights: ReadonlyMap<string, number>): string | null {
  let best: { gloss: string; pinyin: string; weight: number } | null = null;
  for (const e of realEntries(part, entriesOf)) {
    for (const gloss of e.definitions) {
      if (!analogous(gloss)) continue;
      const weight = Math.max(0, ...[...commonStems([gloss])].map((s) => weights.get(s) ?? 0));
      if (weight > 0 && (!best || weight > best.weight)) best = { gloss, pinyin: e.pinyinNumbered, weight };
    }
  }
  return best ? shortGloss(best.gloss, best.pinyin) : null;
}

/** The first sense not so narrowed that shares a word stem with a narrowed one; null when none. */
function generalSense(narrowed: string, definitions: readonly string[]): string | null {
  const stems = commonStems([narrowed.replace(NARROWED, '')]);
  return definitions.find((d) => d !== narrowed && analogous(d) && [...commonStems([d])].some((s) => stems.has(s))) ?? null;
}

/** A sense narrowed to a field or a register by a one-word label: "(math.) decimal point" of 点, "(literary) …". */
const NARROWED = /^\((?!fig\.|suffix|prefix)[a-z]+\.?\)\s/i;

/**
 * Whether a character's sense may be the one its neighbours by analogy agree on: not a pointer
 * to other words, a classifier's, an abbreviation's, or one narrowed to a field or register.
 */
function analogous(gloss: string): boolean {
  return analogousLabel(gloss) && !/\p{Script=Han}/u.test(gloss) && !NARROWED.test(gloss) && !REGISTER_LABEL.test(gloss);
}

/**
 * The stems of glosses without their capitalised words: names (China, Chinese, PRC) say where a
 * word belongs, not what sense of a character it shares (国务院新闻办公室 "… of China" is no vote
 * for 室 "one of the 28 constellations of Chinese astronomy").
 */
function commonStems(glosses: readonly string[]): Set<string> {
  return senseStems(glosses.map((g) => g.replace(/\b[A-Z][\w'-]*/g, ' ')));
}

/** A corpus count below which a word is too rare (or only jieba's placeholder) to lend an analogy. */
const SIBLING_COUNT = 5;

/**
 * Where a part stands in its word: at the start, at the end (of a word of three characters or
 * more: the long end), or between; 'longer words' reads only the words of three or more it ends;
 * 'word': a character standing as a word of its own (善作善成: 作 "do", not "writings" as it ends 著作).
 */
type Place = 'first' | 'last' | 'long end' | 'middle' | 'longer words' | 'word';

/** Share (hundredths) below which the words built on a character do not decide its sense. */
const BOUND_SHARE = 15;
/** The same for the words of three characters or more a character ends: fewer, and more alike. */
const LONG_SHARE = 10;

/**
 * The sense of a character that the longer words beginning (or ending) with it use most, when
 * they agree enough: 地 at the end is "place" (当地, 各地), 华 at the start "China" (华人, 华侨).
 */
function boundSense(part: string, entriesOf: EntriesOf, place: Place): { gloss: string; pinyin: string } | null {
  // The end of a longer word first: 局 ends 公安局, 邮政局 as "office; bureau", 大局 as "situation".
  if (place === 'long end') return boundSense(part, entriesOf, 'longer words') ?? boundSense(part, entriesOf, 'last');
  let best: { gloss: string; pinyin: string; share: number } | null = null;
  for (const e of entriesOf(part).filter(isReal)) {
    const [first, last, long] = e.bound.split(',');
    const sides = place === 'first' ? [first] : place === 'last' ? [last] : place === 'longer words' ? [long] : [first, last];
    for (const side of sides) {
      const [index, share] = (side ?? '').split(':').map(Number);
      const gloss = e.definitions[index];
      if (!(share >= (place === 'longer words' ? LONG_SHARE : BOUND_SHARE)) || !gloss || /^(?:used in|see|classifier|measure word)/i.test(gloss)) continue;
      // A field's or register's sense lends its general one: 点 "(math.) decimal point" (小数点,
      // 出发点, 转折点) is "point; dot; spot" in 示范点.
      const general = NARROWED.test(gloss) || REGISTER_LABEL.test(gloss) ? generalSense(gloss, e.definitions) : gloss;
      if (!general) continue;
      // Between two verb senses the learner order decides (治 "rule" in 治党, though 治疗 makes
      // "treat" the commoner start): the longer words tell a verb from a noun, not one verb from another.
      if (e.classes[index] === 'v' && e.classes[0] === 'v') continue;
      if (!best || share > best.share) best = { gloss: general, pinyin: e.pinyinNumbered, share };
    }
  }
  return best;
}

/** A part's short gloss: "organization" of 组织 as a noun's head, "rule" of 治, "place" of 地 at the end. */
/** What a part is in its word: a sense class it should have, or `c`, a verb's complement. */
type Role = SenseClass | 'c' | null;

export function partGloss(part: string, entriesOf: EntriesOf, role: Role, place: Place = 'middle'): string | null {
  const value = numeralValue(part);
  if (!Number.isNaN(value) && NUMERAL.test(part)) return english(value, false);
  const single = Array.from(part).length === 1;
  // After a verb, a character that CC-CEDICT knows as a complement is one (抓好 "grab +
  // (verb complement indicating completion)", 摆上 "(directional complement) up").
  if (single && role === 'c') {
    for (const e of realEntries(part, entriesOf)) {
      const complement = e.definitions.find((d) => /^\((?:(?:verb |directional |resultative )?complement\b|suffix indicating\b)[^)]*\)/.test(d));
      if (complement) return complement.replace(/^\(([^)]*)\)\s*(.*)$/, (_, label: string, rest: string) => rest || `(${label})`);
    }
  }
  // The head of a noun takes a sense CC-CEDICT marks as a suffix's (贸促会's 会 "union; group;
  // association", 获得感's 感 "sense of ~").
  if (single && role === 'n' && (place === 'last' || place === 'long end')) {
    for (const e of realEntries(part, entriesOf)) {
      const suffix = e.definitions.find((d) => /^\(suffix\) /.test(d) && !REGISTER_LABEL.test(d));
      if (suffix) return shortGloss(suffix, e.pinyinNumbered);
    }
  }
  const bound = single ? boundSense(part, entriesOf, place === 'word' ? 'middle' : place) : null;
  // "abbr. for 企业 qǐ yè" and nothing else lends that word's meaning (强企 "strong + enterprise",
  // 强企强链: a word standing for a word).
  const abbreviated = bound && /^abbr\. for (\p{Script=Han}{2,})(?: [\p{L} ]+)?$/u.exec(bound.gloss);
  if (abbreviated) return partGloss(abbreviated[1], entriesOf, role);
  // A name stands as a word too (港人治港: 港 "Hong Kong").
  if (bound && (place !== 'word' || /^[A-Z]/.test(bound.pinyin))) return shortGloss(bound.gloss, bound.pinyin);
  // Only among a part's leading senses: 控 at the end of 联控 is still "control", not "enthusiast".
  const ROLE_REACH = 4;
  // The main reading's senses only, unless it has none to lend (综 zōng, not zèng "heddle").
  let chosen: { gloss: string; pinyin: string } | undefined;
  for (const e of realEntries(part, entriesOf)) {
    const usable = e.definitions
      .map((gloss, i) => ({ gloss, cls: e.classes[i] ?? 'n', pinyin: e.pinyinNumbered }))
      .filter((s) => s.cls !== 'q' && !/^(?:abbr\.|used in|see|classifier|measure word)/i.test(s.gloss))
      // A word of its own is no affix (老有所养: 老 "old", not "prefix used before the surname …").
      .filter((s) => place !== 'word' || !/^\(?(?:prefix|suffix)\b/i.test(s.gloss));
    chosen = (role && usable.slice(0, ROLE_REACH).find((s) => s.cls === role)) || usable[0];
    if (chosen) break;
  }
  return chosen ? shortGloss(chosen.gloss, chosen.pinyin) : null;
}

function shortGloss(gloss: string, pinyin: string): string | null {
  // "short name for Gansu province 甘肃省 Gān sù Shěng" of 陇 names "Gansu province".
  const place = placeOfGloss(gloss);
  if (place) return place.english;
  // "abbr. for 卫生, hygiene" lends "hygiene"; "abbr. for 经济贸易 jīng jì mào yì" the word.
  const unabbreviated = gloss.replace(/^abbr\. for \p{Script=Han}+(?: [\p{L} ]+?)?, (?=\p{Script=Latin})/u, '').replace(/^abbr\. for /, '');
  let short = headItem(unabbreviated).replace(/^(?:to|a|an|the)\s+/i, '');
  // "(Ministry of) Public Security" of 公安 (a common word, lower-case pinyin) reads "public security".
  // A name inside a lower-case gloss stays one ("traditional Chinese medicine").
  if (!/^[A-Z]/.test(pinyin) && /^[A-Z]/.test(short)) short = short.replace(/\b([A-Z])([a-z]+)\b/g, (_, a: string, b: string) => a.toLowerCase() + b);
  return short !== '' ? short : null;
}

const SHAPES: WordShapes = { startingWith: wordsStartingWith, affixOf: affixUse, pairsEndingWith, tagOf: dictionaryTag };

/** composeMeaning over the compact tables (run time). */
export function composedMeaning(word: string, head: SenseClass | null, articleWords: readonly string[] = [], reading = ''): ComposedMeaning | null {
  return composeMeaning(word, lookup, (w) => corpusFrequency(w).count, head, articleWords, reading, SHAPES);
}
