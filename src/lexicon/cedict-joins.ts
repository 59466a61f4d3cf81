import { readFileSync } from 'node:fs';
import { dataFiles } from './data-files.js';

/**
 * The CC-CEDICT words jieba lacks (see build-index.ts), by the prefix jieba's cut starts them
 * with, then by the code unit after it: a common prefix (中国) starts hundreds of them, and
 * the next piece's first character picks the few to try.
 */
let joins: Map<string, Map<number, string[]>> | null = null;
/**
 * A filter before the map: one bit per hash of the two code units either side of the cut
 * between a word's prefix and the rest (中国|特色), set for the cuts there are. Most pairs of
 * neighbouring pieces are no such cut, and hashing a string costs more than this.
 */
const FILTER_BITS = 20;
// Bits, not bytes: 128 KB stay in the CPU cache, which a lookup per piece needs.
const filter = new Uint32Array(1 << (FILTER_BITS - 5));
const filterSlot = (c0: number, c1: number) => Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> (32 - FILTER_BITS);
const inFilter = (slot: number) => (filter[slot >>> 5] & (1 << (slot & 31))) !== 0;

function load(): Map<string, Map<number, string[]>> {
  const map = new Map<string, Map<number, string[]>>();
  for (const line of readFileSync(dataFiles.cedictJoins, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const prefix = line.slice(0, tab);
    const word = line.slice(tab + 1);
    let byNext = map.get(prefix);
    if (!byNext) map.set(prefix, (byNext = new Map()));
    const slot = filterSlot(prefix.charCodeAt(prefix.length - 1), word.charCodeAt(prefix.length));
    filter[slot >>> 5] |= 1 << (slot & 31);
    const next = word.charCodeAt(prefix.length);
    const list = byNext.get(next);
    if (list) list.push(word);
    else byNext.set(next, [word]);
  }
  // Longest first: the whole of 中国特色社会主义 before 中国特色.
  for (const byNext of map.values()) for (const list of byNext.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

/**
 * The CC-CEDICT words jieba's cut breaks that start with this piece and go on with the code
 * unit `next` (一带 then 一: 一带一路), longest first, or undefined.
 */
export function cedictWordsFrom(piece: string, next: number): readonly string[] | undefined {
  joins ??= load();
  if (!inFilter(filterSlot(piece.charCodeAt(piece.length - 1), next))) return undefined;
  return joins.get(piece)?.get(next);
}
