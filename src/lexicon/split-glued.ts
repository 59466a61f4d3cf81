import type { WordFacts } from './word-facts.js';

/**
 * Undoing jieba's glued tokens. jieba's dictionary carries thousands of phrases entered with
 * the placeholder count 3 (辽宁大连, 出席会议, 认真贯彻, 妥善处置, 党和政府) and its HMM invents
 * words for unknown stretches (图为, 局在); CC-CEDICT lists neither. Rule, for a Han token that
 * CC-CEDICT does not list and that splits completely into CC-CEDICT words:
 * - every piece has two or more characters → split (出席会议 → 出席 会议);
 * - some piece is a single character → split only when jieba itself barely attests the token
 *   (absent: an HMM guess; or count ≤ 3 with a multi-character piece inside), so affix words
 *   it really counts stay whole (公安厅 62, 省部级 75, 研讨班 270).
 * Tokens CC-CEDICT lists are never split (公信力, 规范化, 深恶痛绝, 与时俱进, 座谈会).
 */
const PLACEHOLDER_COUNT = 3;

/** The split to use, or null to keep the token whole. */
export function splitGlued(word: string, facts: WordFacts): string[] | null {
  if (word.length < 2 || facts.inCedict(word)) return null;
  const pieces = fewestPieces(word, facts);
  if (!pieces) return null;
  if (pieces.every((p) => p.length >= 2)) return pieces;
  const count = facts.jiebaCount(word);
  if (count === 0) return pieces; // an HMM guess (图为 → 图 为)
  // A placeholder phrase splits when a real word is inside (相结合 → 相 结合, 党和政府 → 党 和
  // 政府); all-single-character splits of listed words are left alone (警务室).
  return count <= PLACEHOLDER_COUNT && pieces.some((p) => p.length >= 2) ? pieces : null;
}

/**
 * Fewest CC-CEDICT words covering `word` (at least two), ties broken by fewer single-character
 * pieces, then by the longer first piece. Dynamic programming over end positions; words are
 * short (a jieba token rarely exceeds 8 characters) so the O(n²) lookups are cheap.
 */
function fewestPieces(word: string, facts: WordFacts): string[] | null {
  const chars = Array.from(word);
  const n = chars.length;
  type Best = { pieces: number; singles: number; prev: number };
  const best: (Best | null)[] = new Array(n + 1).fill(null);
  best[0] = { pieces: 0, singles: 0, prev: -1 };
  for (let end = 1; end <= n; end++) {
    for (let start = 0; start < end; start++) {
      const from = best[start];
      if (!from || (start === 0 && end === n)) continue;
      const piece = chars.slice(start, end).join('');
      if (!facts.inCedict(piece)) continue;
      const cand = { pieces: from.pieces + 1, singles: from.singles + (end - start === 1 ? 1 : 0), prev: start };
      const cur = best[end];
      // Iterating start upwards means an earlier (longer) last piece is seen first; keep it on ties.
      if (!cur || cand.pieces < cur.pieces || (cand.pieces === cur.pieces && cand.singles < cur.singles)) best[end] = cand;
    }
  }
  if (!best[n]) return null;
  const pieces: string[] = [];
  for (let end = n; end > 0; end = best[end]!.prev) pieces.unshift(chars.slice(best[end]!.prev, end).join(''));
  return pieces;
}
