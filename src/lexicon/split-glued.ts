import { PLACEHOLDER_COUNT, type WordFacts } from './word-facts.js';

/**
 * Undoing jieba's glued tokens. jieba's dictionary carries thousands of phrases entered with
 * the placeholder count 3 (辽宁大连, 出席会议, 认真贯彻, 妥善处置, 党和政府) and its HMM invents
 * words for unknown stretches (图为, 局在); CC-CEDICT lists neither. Rule, for a Han token that
 * CC-CEDICT does not list and that splits completely into CC-CEDICT words:
 * - every piece has two or more characters → split (出席会议 → 出席 会议);
 * - some piece is a single character → split only when jieba itself barely attests the token
 *   (absent: an HMM guess; or count ≤ 3 with a multi-character piece inside), so affix words
 *   it really counts stay whole (公安厅 62, 省部级 75, 研讨班 270).
 * Tokens CC-CEDICT lists are never split (公信力, 规范化, 深恶痛绝, 与时俱进, 座谈会), nor those
 * jieba tags nz and that name a thing (新闻联播, 共同富裕, 京哈铁路; see isNameOfThing).
 * Of several splits into as few words, one into words jieba counts wins (工作日内 → 工作日 内,
 * not 工作 日内: 日内 is no word jieba counts).
 */
/** The split to use, or null to keep the token whole. */
export function splitGlued(word: string, facts: WordFacts): string[] | null {
  if (word.length < 2 || facts.inCedict(word)) return null;
  const pieces = fewestPieces(word, facts);
  if (!pieces) return null;
  if (pieces.every((p) => p.length >= 2)) {
    return facts.jiebaTag(word) === 'nz' && isNameOfThing(pieces, facts) ? null : particleApart(pieces, facts);
  }
  const count = facts.jiebaCount(word);
  if (count === 0) return particleApart(pieces, facts); // an HMM guess (图为 → 图 为)
  // A placeholder phrase splits when a real word is inside (相结合 → 相 结合, 党和政府 → 党 和
  // 政府); all-single-character splits of listed words are left alone (警务室).
  return count <= PLACEHOLDER_COUNT && pieces.some((p) => p.length >= 2) ? particleApart(pieces, facts) : null;
}

/**
 * A piece before another that ends in the particle 的 and that jieba never counts is the particle
 * after a word (零的突破 → 零 的 突破, not 零的 "small change" 突破); pieces jieba counts stay (目的).
 */
function particleApart(pieces: string[], facts: WordFacts): string[] {
  if (!pieces.some((p, i) => i < pieces.length - 1 && p.length >= 2 && p.endsWith('的'))) return pieces;
  return pieces.flatMap((p, i) =>
    i < pieces.length - 1 && p.length >= 2 && p.endsWith('的') && facts.jiebaCount(p) === 0 && facts.inCedict(p.slice(0, -1)) ? [p.slice(0, -1), '的'] : [p],
  );
}

/**
 * Fewest CC-CEDICT words covering `word` (at least two), ties broken by fewer pieces jieba's
 * dictionary lacks, then fewer single-character pieces, then the likelier split (the sum of log
 * counts in jieba's dictionary), then the longer first piece. Dynamic programming over end
 * positions; words are short (a jieba token rarely exceeds 8 characters) so the O(n²) lookups
 * are cheap.
 */
/**
 * jieba's nz covers names of things (新闻联播, 共同富裕, 京哈铁路) and verb phrases (充分肯定,
 * 迅速开展, 大力发展): a name does not end in a verb, nor in an action an adverb qualifies (an
 * adverb by jieba's tag, or by CC-CEDICT's senses: jieba tags 大力 a noun).
 */
function isNameOfThing(pieces: string[], facts: WordFacts): boolean {
  const last = facts.jiebaTag(pieces[pieces.length - 1]) ?? '';
  if (/^(v|vd)$/.test(last)) return false;
  // An adverb by jieba's tag, or by CC-CEDICT's senses where jieba's tag is a noun's (大力 发展).
  const adverb = /^(d|ad)$/.test(facts.jiebaTag(pieces[0]) ?? '') || facts.adverb(pieces[0]);
  return !(adverb && /^v/.test(last));
}

interface Best {
  pieces: number;
  /** Pieces jieba's dictionary lacks (日内): words of CC-CEDICT that its corpus never met. */
  uncounted: number;
  singles: number;
  logCount: number;
  prev: number;
}

function better(a: Best, b: Best): boolean {
  if (a.pieces !== b.pieces) return a.pieces < b.pieces;
  if (a.uncounted !== b.uncounted) return a.uncounted < b.uncounted;
  if (a.singles !== b.singles) return a.singles < b.singles;
  return a.logCount > b.logCount + 1e-9;
}

function fewestPieces(word: string, facts: WordFacts): string[] | null {
  const chars = Array.from(word);
  const n = chars.length;
  const best: (Best | null)[] = new Array(n + 1).fill(null);
  best[0] = { pieces: 0, uncounted: 0, singles: 0, logCount: 0, prev: -1 };
  for (let end = 1; end <= n; end++) {
    for (let start = 0; start < end; start++) {
      const from = best[start];
      if (!from || (start === 0 && end === n)) continue;
      const piece = chars.slice(start, end).join('');
      if (!facts.inCedict(piece)) continue;
      const count = facts.jiebaCount(piece);
      const cand = {
        pieces: from.pieces + 1,
        uncounted: from.uncounted + (count === 0 ? 1 : 0),
        singles: from.singles + (end - start === 1 ? 1 : 0),
        logCount: from.logCount + Math.log(Math.max(1, count)),
        prev: start,
      };
      const cur = best[end];
      // Iterating start upwards means an earlier (longer) last piece is seen first; keep it on ties.
      if (!cur || better(cand, cur)) best[end] = cand;
    }
  }
  if (!best[n]) return null;
  const pieces: string[] = [];
  for (let end = n; end > 0; end = best[end]!.prev) pieces.unshift(chars.slice(best[end]!.prev, end).join(''));
  return pieces;
}
