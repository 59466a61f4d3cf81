import type { AffixUse } from './cedict.js';

/** How the three-character words use a character at their start or end (see cedict.ts). */
export type AffixOf = (char: string, place: 'first' | 'last') => AffixUse;

/** How far (natural log odds) one lone character must lean more to being an affix than another to decide a split. */
const AFFIX_MARGIN = 0.8;

/**
 * The log odds, smoothed, that the three-character words CC-CEDICT has with `char` at `place`
 * part after it (非金属, 非正式: a prefix) or before it (可能性, 积极性: a suffix). 中 leans
 * little to being a prefix (中国人 is 中国 + 人), 药 more to being a suffix (安眠药).
 */
function affixLean(char: string, place: 'first' | 'last', affixOf: AffixOf): number {
  const { words, alone } = affixOf(char, place);
  return Math.log((alone + 1) / (words - alone + 1));
}

/** Every split of `chars` into known parts with the fewest parts (a word is short: few splits). */
function fewestSplits(chars: string[], isPart: (part: string) => boolean): number[][] {
  const n = chars.length;
  // fewest[i]: the fewest parts chars[i..] splits into (Infinity: none).
  const fewest = new Array<number>(n + 1).fill(Infinity);
  fewest[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j <= n; j++) if ((i > 0 || j < n) && isPart(chars.slice(i, j).join(''))) fewest[i] = Math.min(fewest[i], 1 + fewest[j]);
  }
  const out: number[][] = [];
  const walk = (i: number, starts: number[]) => {
    if (i === n) return void out.push(starts);
    for (let j = i + 1; j <= n; j++) {
      if ((i > 0 || j < n) && fewest[j] === fewest[i] - 1 && isPart(chars.slice(i, j).join(''))) walk(j, [...starts, i]);
    }
  };
  if (fewest[0] !== Infinity) walk(0, []);
  return out;
}

/**
 * The split into the fewest parts (isPart: a known word); among those, of a three-character word,
 * the one whose lone first or last character is the likelier affix (affixLean), where that tells
 * them apart by AFFIX_MARGIN; else the one whose parts are most common in jieba's corpus (sum of
 * log counts). Null when no split into known parts exists.
 */
export function bestSplit(
  chars: string[],
  isPart: (part: string) => boolean,
  countOf: (word: string) => number,
  affixOf?: AffixOf,
): { parts: string[]; starts: number[] } | null {
  const splits = fewestSplits(chars, isPart).map((starts) => {
    const parts = starts.map((s, k) => chars.slice(s, starts[k + 1] ?? chars.length).join(''));
    const weight = parts.reduce((sum, p) => sum + Math.log10(1 + countOf(p)), 0);
    const lone = (k: number) => Array.from(parts[k]).length === 1;
    const lean = !affixOf || chars.length !== 3 ? 0 : (lone(0) ? affixLean(parts[0], 'first', affixOf) : 0) + (parts.length > 1 && lone(parts.length - 1) ? affixLean(parts[parts.length - 1], 'last', affixOf) : 0);
    return { parts, starts, weight, lean };
  });
  let best = splits[0];
  for (const s of splits.slice(1)) {
    const byLean = Math.abs(s.lean - best.lean) >= AFFIX_MARGIN;
    if (byLean ? s.lean > best.lean : s.weight > best.weight) best = s;
  }
  return best ? { parts: best.parts, starts: best.starts } : null;
}
