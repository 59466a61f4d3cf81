import { PLACEHOLDER_COUNT, type WordFacts } from './word-facts.js';
import { isActionNoun, isBoundPair, isSetPhrase } from './set-phrases.js';

/**
 * Repairs to jieba's cut where it breaks what is one word: pieces that spell a word CC-CEDICT
 * lists and jieba's dictionary lacks become it (一带 一路 → 一带一路, 马克 龙 → 马克龙); pieces that
 * make a set phrase together become one (联防 联控 → 联防联控, 应收 尽收 → 应收尽收, 常态 化 →
 * 常态化, 中国式 现代化 → 中国式现代化, 新 质 生产力 → 新质生产力), and a determiner glued to
 * the first character of a dictionary word gives it back (各省 市区 → 各 省市区: provinces,
 * municipalities and regions, not 市区 "downtown"). Two cuts the other way: a number's multiplier
 * or day glued to what follows its digits goes back to the number (1100 万人 → 1100 万 人, 100 余所
 * → 100 余 所, 30 多个 → 30 多 个, 1 日至 6日 → 1 日 至 6日, not 日至 "solstice"), and a
 * preposition jieba's HMM glued to the determiner of the noun after it lets go of it (对本 地区 →
 * 对 本 地区, not 对本 "a 100 % return").
 *
 * Works in place on one cut (pieces of Han text, punctuation, line breaks) and only ever joins
 * neighbouring Han pieces, so a repair never crosses a line: a batch of sentences cut together
 * gives what each alone would, and both counting processes agree. The pieces still concatenate
 * to the text. Most pieces cost a few character comparisons; the dictionaries are asked only
 * when a pattern's shape is there.
 */
export function joinPieces(cut: string[], facts: WordFacts, cedictWordsFrom: CedictWordsFrom): string[] {
  const pieces = splitHeads(cut, facts);
  const n = pieces.length;
  let w = 0;
  for (let r = 0; r < n; r++) {
    let piece = pieces[r];
    // Most pieces leave after a few loads and compares: not Han, after something not Han, or
    // no pattern's character where it would stand.
    if (!isHanCode(piece.charCodeAt(0))) {
      pieces[w++] = piece;
      continue;
    }
    // A word CC-CEDICT lists and jieba lacks, cut by jieba into whole pieces (一带 一路).
    if (r + 1 < n) {
      const longer = cedictWordsFrom(piece, pieces[r + 1].charCodeAt(0));
      const end = longer ? wholeWordEnd(pieces, r, longer) : r;
      if (end > r) {
        piece = pieces.slice(r, end + 1).join('');
        r = end;
      } else if (r + 2 < n && recutsAcross(piece, pieces[r + 1], pieces[r + 2], facts)) {
        // 追 责问 责 → 追责 问责: two words where jieba, lacking the first, left a word and two orphans.
        const middle = pieces[r + 1];
        pieces[r + 2] = middle[1] + pieces[r + 2];
        piece += middle[0];
        r++;
      }
    }
    const last = w > 0 ? pieces[w - 1] : '';
    if (last === '' || !isHanCode(last.charCodeAt(0))) {
      pieces[w++] = piece;
      continue;
    }
    const lastLength = last.length;
    const lastEnd = last.charCodeAt(lastLength - 1);
    const endBits = charTag(lastEnd, facts);
    const c0 = piece.charCodeAt(0);
    let from = -1;
    if (piece.length === 1 && (c0 === HUA || c0 === SHI)) {
      from = lastLength >= 2 ? w - 1 : -1; // 常态 化, 集约 式
    } else if (lastEnd === SHI && lastLength >= 3) {
      from = isActionNoun(piece, facts) ? w - 1 : -1; // 中国式 现代化
    } else if ((endBits & BOUND) !== 0 && piece.length >= 2) {
      from = boundPairStart(pieces, w, facts); // 新 质 生产力, 新质 生产力
    } else if (lastLength === 2 && piece.length >= 2 && (endBits & NOUN) !== 0 && isDeterminer(last.charCodeAt(0))) {
      const regained = last[1] + piece; // 各省 市区 → 各 省市区
      if (takesBack(last, regained, facts)) {
        pieces[w - 1] = last[0];
        pieces[w++] = regained;
        continue;
      }
    }
    if (from < 0 && lastLength === 2 && piece.length === 2) {
      // 扫黑 除恶; 联防 联控, 应收 尽收
      const pairs = (endBits & ADJECTIVE) !== 0 && (charTag(piece.charCodeAt(1), facts) & ADJECTIVE) !== 0;
      if (pairs || last.charCodeAt(0) === c0 || c0 === JIN) from = w - 1;
    } else if (from < 0 && lastLength + piece.length <= 4) {
      from = fourCharacterStart(pieces, w, piece); // 复工 复 产
    }
    if (from >= 0) {
      const joined = pieces.slice(from, w).join('') + piece;
      if (isSetPhrase(joined, facts)) {
        pieces[from] = joined;
        w = from + 1;
        continue;
      }
    }
    pieces[w++] = piece;
  }
  pieces.length = w;
  return pieces;
}

/**
 * One character, a word of two and one character (追 责问 责), where the first character and the
 * word's first spell a word CC-CEDICT lists and jieba lacks (追责), and the word's second and
 * the last character another such word (问责): the cut that leaves no orphan, in words jieba
 * could not know.
 */
function recutsAcross(piece: string, middle: string, after: string, facts: WordFacts): boolean {
  if (piece.length !== 1 || middle.length !== 2 || after.length !== 1 || !isHan(middle) || !isHan(after)) return false;
  // Content characters either side: a preposition, conjunction, particle, adverb or locative
  // is rather a word of its own (在 华人 中, 和 美国 都).
  if (FUNCTION_TAG.test(facts.jiebaTag(piece) ?? 'x') || FUNCTION_TAG.test(facts.jiebaTag(after) ?? 'x')) return false;
  const first = piece + middle[0];
  if (facts.jiebaCount(first) > 0 || !facts.readings(first).some((r) => !r.weak && !/^[A-Z]/.test(r.pinyinNumbered))) return false;
  // jieba lacks the second word too: a word it counts ends with a function character as often
  // as not (对 地面 的 is not 对地 面的), and jieba's cut had its reasons.
  const second = middle[1] + after;
  return facts.jiebaCount(second) === 0 && facts.readings(second).some((r) => !r.weak && !/^[A-Z]/.test(r.pinyinNumbered));
}

/** jieba's tags of function and position words, and of characters it does not tag (x). */
const FUNCTION_TAG = /^(?:p|c|u|r|d|m|f|y|e|o|x)/;

/** The CC-CEDICT words jieba lacks that start with a piece and go on with a code unit (see cedict-joins.ts). */
export type CedictWordsFrom = (piece: string, next: number) => readonly string[] | undefined;

/**
 * The last piece of the first of `words` (longest first) that the pieces from `r` on spell
 * exactly, compared in place; r when none.
 */
function wholeWordEnd(pieces: string[], r: number, words: readonly string[]): number {
  for (const word of words) {
    let at = pieces[r].length;
    let end = r;
    while (at < word.length && end + 1 < pieces.length && word.startsWith(pieces[end + 1], at)) at += pieces[++end].length;
    if (at === word.length) return end;
  }
  return r;
}

/**
 * The cut with the heads that belong elsewhere split off their pieces (1100 万人 → 1100 万 人,
 * 对本 地区 → 对 本 地区): the same array when there are none, as nearly always.
 */
function splitHeads(pieces: string[], facts: WordFacts): string[] {
  let out: string[] | null = null;
  for (let r = 0; r < pieces.length; r++) {
    const piece = pieces[r];
    const head = r > 0 ? numberTailLength(piece, pieces[r - 1]) : 0;
    const split =
      head ||
      (r + 1 < pieces.length && letsGoOfDeterminer(piece, pieces[r + 1], facts) ? 1 : 0) ||
      (r > 0 && opensWithSuffix(piece, pieces[r - 1], facts) ? 1 : 0);
    if (split === 0) {
      out?.push(piece);
      continue;
    }
    out ??= pieces.slice(0, r);
    out.push(piece.slice(0, split), piece.slice(split));
  }
  return out ?? pieces;
}

/**
 * Characters that belong to the digits before them: multipliers (3 万, 1.2 亿), "and more" (100 余,
 * 30 多) and the day of a date (1 日). Not 年 or 月, which start words after a date too (年底, 月份).
 */
const NUMBER_TAILS = '十百千万亿余多日';

/**
 * How many such characters open `piece` right after a piece ending in a digit, when something
 * follows them (1100 万人 → 2 pieces; 3 万亿元 → 万亿 and 元; 1 日至 → 日 and 至); 0 otherwise.
 */
function numberTailLength(piece: string, last: string): number {
  const d = last.charCodeAt(last.length - 1);
  if (!((d >= 0x30 && d <= 0x39) || (d >= 0xff10 && d <= 0xff19))) return 0;
  let k = 0;
  while (k < piece.length && NUMBER_TAILS.includes(piece[k])) k++;
  return k < piece.length ? k : 0;
}

/**
 * A preposition and one of 本 该 各 每 that jieba does not count as a word (its HMM's guess, or a
 * CC-CEDICT entry like 对本 "a 100 % return"), before a noun the determiner belongs to
 * (对本 地区, 对本 单位). Words jieba counts stay (根本, 为此).
 */
function letsGoOfDeterminer(piece: string, next: string, facts: WordFacts): boolean {
  if (piece.length !== 2 || !'本该各每'.includes(piece[1]) || !isHan(next)) return false;
  if (facts.jiebaTag(piece[0]) !== 'p' || facts.jiebaCount(piece) > PLACEHOLDER_COUNT) return false;
  return /^n(?!r)/.test(facts.jiebaTag(next) ?? '');
}

/**
 * A piece jieba listed that opens with the suffix 化 or 式 of the word before it and goes on
 * with a dictionary word (集群 化发展 → 集群 化 发展, then 集群化 发展): no dictionary has it,
 * and the word before it is one of two characters or more that the suffix derives from.
 */
function opensWithSuffix(piece: string, last: string, facts: WordFacts): boolean {
  const c0 = piece.charCodeAt(0);
  if ((c0 !== HUA && c0 !== SHI) || piece.length < 3 || last.length < 2 || !isHan(last)) return false;
  return !facts.inCedict(piece) && facts.inCedict(piece.slice(1));
}

const SHI = '式'.charCodeAt(0);
const HUA = '化'.charCodeAt(0);
const JIN = '尽'.charCodeAt(0);
/** Determiners whose one-character tail may belong to the next word (各省 市区), by code unit. */
const DETERMINERS = new Uint8Array(0x10000);
for (const c of '各每该本此我这那') DETERMINERS[c.charCodeAt(0)] = 1;

function isDeterminer(code: number): boolean {
  return DETERMINERS[code] === 1;
}

/** Han text of the basic plane (set phrases are made of common characters). */
function isHanCode(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

function isHan(piece: string): boolean {
  return isHanCode(piece.charCodeAt(0));
}

/**
 * Where four characters ending with `piece` start, when they are two or more whole Han pieces
 * and have the shape of X Y X Z or A B 尽 B; else -1.
 */
function fourCharacterStart(pieces: string[], w: number, piece: string): number {
  let chars = piece.length;
  let from = w;
  while (chars < 4 && from > 0) {
    from--;
    if (!isHan(pieces[from])) return -1;
    chars += pieces[from].length;
  }
  if (chars !== 4 || from === w) return -1;
  const c2 = thirdCharacter(pieces, from, w, piece);
  return pieces[from].charCodeAt(0) === c2 || c2 === JIN ? from : -1;
}

function thirdCharacter(pieces: string[], from: number, w: number, piece: string): number {
  let at = 2;
  for (let i = from; i < w; i++) {
    if (at < pieces[i].length) return pieces[i].charCodeAt(at);
    at -= pieces[i].length;
  }
  return piece.charCodeAt(at);
}

/** Where an adjective and a bound morpheme (新 质, or 新质) end the pieces before `w`; else -1. */
function boundPairStart(pieces: string[], w: number, facts: WordFacts): number {
  const last = w > 0 ? pieces[w - 1] : '';
  if (last.length === 2 && isBound(last.charCodeAt(1), facts) && isHan(last)) return isBoundPair(last[0], last[1], facts) ? w - 1 : -1;
  if (last.length === 1 && w >= 2 && isBound(last.charCodeAt(0), facts) && pieces[w - 2].length === 1 && isHan(pieces[w - 2])) {
    return isBoundPair(pieces[w - 2], last, facts) ? w - 2 : -1;
  }
  return -1;
}

/** 各省 + 市区 → 各 + 省市区: the determiner's noun character (NOUN in charTag) starts a word jieba counts. */
function takesBack(combination: string, regained: string, facts: WordFacts): boolean {
  if (facts.inCedict(combination)) return false;
  return facts.inCedict(regained) || facts.jiebaCount(regained) > PLACEHOLDER_COUNT;
}

/**
 * What jieba tags a character alone, as far as the patterns ask: remembered per code unit,
 * since the checks run on most pieces. Bits: KNOWN once asked, BOUND a noun morpheme (ng: 质),
 * ADJECTIVE (a: 黑, 恶).
 */
const charTags = new Uint8Array(0x10000);
const KNOWN = 1;
const BOUND = 2;
const ADJECTIVE = 4;
/** A noun character, or a bound one (省, 市; 县 is zg): not a classifier (个人 stays 一个 人). */
const NOUN = 8;

function charTag(code: number, facts: WordFacts): number {
  let bits = charTags[code];
  if (bits === 0) {
    const tag = facts.jiebaTag(String.fromCharCode(code));
    bits = KNOWN | (tag === 'ng' ? BOUND : 0) | (tag === 'a' ? ADJECTIVE : 0) | (tag === 'n' || tag === 'ng' || tag === 'zg' ? NOUN : 0);
    charTags[code] = bits;
  }
  return bits;
}

function isBound(code: number, facts: WordFacts): boolean {
  return (charTag(code, facts) & BOUND) !== 0;
}
