import type { HskLevels } from '../model/deck.js';

/** Words for jieba's ICTCLAS part-of-speech tags (the common ones; others show as the tag). */
const POS: Record<string, string> = {
  n: 'noun', nr: 'person name', ns: 'place name', nt: 'organisation', nz: 'proper noun', ng: 'noun',
  v: 'verb', vn: 'verbal noun', vd: 'adverbial verb', vg: 'verb', a: 'adjective', an: 'adjectival noun',
  ad: 'adverbial adjective', ag: 'adjective', d: 'adverb', m: 'numeral', q: 'measure word', p: 'preposition',
  c: 'conjunction', r: 'pronoun', t: 'time word', f: 'locative', s: 'place word', l: 'set phrase',
  i: 'idiom', j: 'abbreviation', u: 'particle', y: 'modal particle', e: 'interjection', o: 'onomatopoeia',
  z: 'descriptive', b: 'distinguishing word', eng: 'Latin letters',
};

export function posLabel(tag: string): string {
  return tag === '' ? '' : (POS[tag] ?? tag);
}

/** "HSK 2.0: 5 · 3.0: 4", "HSK 3.0: 7–9", or "not in HSK". */
export function hskLabel(hsk: HskLevels): string {
  const parts: string[] = [];
  if (hsk.v2 !== null) parts.push(`2.0: ${hsk.v2}`);
  if (hsk.v3 !== null) parts.push(`3.0: ${hsk.v3 >= 7 ? '7–9' : hsk.v3}`);
  return parts.length === 0 ? 'not in HSK' : `HSK ${parts.join(' · ')}`;
}

/** A duration for people: "45s", "3m 20s", "1h 05m". */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** "1 time" / "3 times". */
export function times(n: number): string {
  return n === 1 ? '1 time' : `${n} times`;
}
