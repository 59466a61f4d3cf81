const MARKS: Record<string, string> = {
  a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ',
  A: 'ĀÁǍÀ', E: 'ĒÉĚÈ', I: 'ĪÍǏÌ', O: 'ŌÓǑÒ', U: 'ŪÚǓÙ', Ü: 'ǕǗǙǛ',
};

/**
 * Numbered pinyin to tone marks, syllable by syllable: "ju2 zhang3" → "jú zhǎng",
 * "kun4 nan5" → "kùn nan", "lu:4" / "lv4" → "lǜ", "r5" → "r". Case is kept ("Chao2" → "Cháo").
 * Tokens that are not a syllable with a tone number (",", "·", "A") pass through unchanged.
 */
export function toneMarks(numbered: string): string {
  return numbered
    .trim()
    .split(/\s+/)
    .map(markSyllable)
    .join(' ');
}

/** Syllables marked so far: a deck's examples say the same few hundred syllables again and again. */
const marked = new Map<string, string>();

function markSyllable(token: string): string {
  let out = marked.get(token);
  if (out === undefined) {
    out = markSyllableAfresh(token);
    if (marked.size < 4096) marked.set(token, out);
  }
  return out;
}

function markSyllableAfresh(token: string): string {
  const m = /^([A-Za-zÜü:]+)([0-5])$/.exec(token);
  if (!m) return token;
  const letters = m[1].replace(/u:/g, 'ü').replace(/U:/g, 'Ü').replace(/v/g, 'ü').replace(/V/g, 'Ü');
  const tone = Number(m[2]);
  if (tone === 0 || tone === 5) return letters;
  const at = markIndex(letters);
  if (at < 0) return letters;
  return letters.slice(0, at) + MARKS[letters[at]][tone - 1] + letters.slice(at + 1);
}

/** Standard placement: a or e takes the mark; in "ou" the o; otherwise the last vowel. */
function markIndex(syllable: string): number {
  const lower = syllable.toLowerCase();
  for (const v of ['a', 'e']) {
    const i = lower.indexOf(v);
    if (i >= 0) return i;
  }
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) if ('iouü'.includes(lower[i])) return i;
  return -1;
}
