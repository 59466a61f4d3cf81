/**
 * Pinyin syllables as the review screen needs them: letters without marks plus a
 * tone number (1–4, 5 = neutral). Accepts tone numbers (`zhi2 fa3`, `lu:4`, `lv4`)
 * and tone marks (`zhí fǎ`), with or without spaces between numbered syllables.
 */

export interface Syllable {
  /** Lower-case letters, ü written as `v`. */
  letters: string;
  /** 1–4, 5 for neutral (also for a syllable typed without a tone). */
  tone: number;
}

const MARKS: Record<string, [string, number]> = {};
for (const [base, marked] of [
  ['a', 'āáǎà'],
  ['e', 'ēéěè'],
  ['i', 'īíǐì'],
  ['o', 'ōóǒò'],
  ['u', 'ūúǔù'],
  ['v', 'ǖǘǚǜ'],
] as const) {
  [...marked].forEach((ch, i) => {
    MARKS[ch] = [base, i + 1];
  });
}

/** One syllable token (marks or number) to letters + tone. */
export function parseSyllable(token: string): Syllable {
  let tone = 0;
  let letters = '';
  const lower = token.normalize('NFC').toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v');
  for (const ch of lower) {
    const marked = MARKS[ch];
    if (marked) {
      letters += marked[0];
      tone = marked[1];
    } else if (/[0-5]/.test(ch)) {
      tone = Number(ch);
    } else if (/[a-z]/.test(ch)) {
      letters += ch;
    }
  }
  return { letters, tone: tone === 0 ? 5 : tone };
}

/** Splits a pinyin string into syllables: on spaces, and after each tone digit. */
export function parseSyllables(text: string): Syllable[] {
  const tokens = text
    .trim()
    .split(/[\s'’-]+/)
    .flatMap((t) => t.match(/[^0-5]+[0-5]?|[0-5]/g) ?? [])
    .filter((t) => t.length > 0);
  return tokens.map(parseSyllable).filter((s) => s.letters.length > 0);
}

/** The tone of each syllable of a tone-marked or numbered reading (5 for neutral). */
export function tonesOf(pinyin: string): number[] {
  return parseSyllables(pinyin).map((s) => s.tone);
}
