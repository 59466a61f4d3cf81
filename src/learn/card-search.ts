/**
 * Finding cards by what a learner types: characters (执法, 执), pinyin with or without tones
 * (zhifa, zhi2 fa3, zhí fǎ, zhi2fa), or a word of the meaning (enforce). Pure: a card's search
 * key is made once when its content changes (src/store/search-index.ts) and each query is
 * matched against the keys; the store only narrows the candidates with LIKE first.
 */

/** What search knows of one card. */
export interface SearchKey {
  word: string;
  traditional: string;
  /** The numbered reading, lower case, ü as v, syllables separated by one space: `lv4 shi1`. */
  reading: string;
  /** The reading's letters without spaces or tones: `lvshi`, what LIKE narrows on. */
  letters: string;
  /** Every meaning, lower case, separated by ` | `. */
  meanings: string;
}

/** What the learner typed, read three ways; a part is null where the query cannot be one. */
export interface SearchQuery {
  /** Characters to find in the word (spaces dropped). */
  han: string | null;
  /** Pinyin letters, and for each letter the tone the learner gave it (0: any). */
  reading: { letters: string; tones: number[] } | null;
  /** A word or phrase of the meaning, lower case. */
  meaning: string | null;
}

const HAN = /\p{Script=Han}/u;
const MARKED: Record<string, [string, number]> = {};
for (const [base, marked] of [['a', 'āáǎà'], ['e', 'ēéěè'], ['i', 'īíǐì'], ['o', 'ōóǒò'], ['u', 'ūúǔù'], ['v', 'ǖǘǚǜ'], ['n', 'ń\u0148ǹ'], ['m', 'ḿ']] as const) {
  [...marked].forEach((ch, i) => {
    // n: ń ň ǹ are tones 2, 3, 4; m: ḿ is tone 2.
    const tone = base === 'n' ? i + 2 : base === 'm' ? 2 : i + 1;
    MARKED[ch] = [base, tone];
  });
}

/** The key of a card's word, traditional form, numbered reading and meanings. */
export function searchKey(card: { word: string; traditional?: string; pinyinNumbered: string; definitions: readonly string[] }): SearchKey {
  const syllables = card.pinyinNumbered
    .toLowerCase()
    .replace(/u:/g, 'v')
    .replace(/ü/g, 'v')
    .split(/\s+/)
    .map((s) => s.replace(/[^a-z0-5]/g, ''))
    .filter((s) => /[a-z]/.test(s));
  return {
    word: card.word,
    traditional: card.traditional ?? '',
    reading: syllables.join(' '),
    letters: syllables.map((s) => s.replace(/[0-5]/g, '')).join(''),
    meanings: card.definitions.map((d) => d.toLowerCase()).join(' | '),
  };
}

/** Reads a query; an empty one (only spaces) gives null: every card matches. */
export function parseQuery(text: string): SearchQuery | null {
  const q = text.normalize('NFC').trim();
  if (q === '') return null;
  if (HAN.test(q)) return { han: q.replace(/\s+/g, ''), reading: null, meaning: null };
  const meaning = /[a-z]/i.test(q) ? q.toLowerCase().replace(/\s+/g, ' ') : null;
  return { han: null, reading: readingOf(q), meaning };
}

/** Pinyin as typed: letters, tone marks on vowels, tone digits after syllables; spaces and ' - ignored. */
function readingOf(q: string): SearchQuery['reading'] {
  const letters: string[] = [];
  const tones: number[] = [];
  const lower = q.toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v');
  for (const ch of lower) {
    const marked = MARKED[ch];
    if (marked) {
      letters.push(marked[0]);
      tones.push(marked[1]);
    } else if (ch >= 'a' && ch <= 'z') {
      letters.push(ch);
      tones.push(0);
    } else if (ch >= '0' && ch <= '5') {
      // A digit closes the syllable before it: its last letter carries the tone (0 and 5 neutral).
      if (letters.length === 0) return null;
      tones[tones.length - 1] = ch === '0' ? 5 : Number(ch);
    } else if (!/[\s'’-]/.test(ch)) {
      return null;
    }
  }
  return letters.length === 0 ? null : { letters: letters.join(''), tones };
}

/**
 * How well a card matches, smaller is better; null: no match.
 * 0 the word or the whole reading; 1 the word's start or the reading's first syllables;
 * 2 inside the word, a whole word of a meaning, or the reading from a later syllable on;
 * 3 a meaning word that starts with the query.
 */
export function matchRank(key: SearchKey, q: SearchQuery): number | null {
  return matcher(q)(key);
}

/** matchRank for one query over many keys: what the query needs is prepared once. */
export function matcher(q: SearchQuery): (key: SearchKey) => number | null {
  const meaning = q.meaning === null ? null : meaningPatterns(q.meaning);
  return (key) => {
    let best: number | null = null;
    const take = (r: number | null) => {
      if (r !== null && (best === null || r < best)) best = r;
    };
    if (q.han !== null) {
      if (key.word === q.han || key.traditional === q.han) take(0);
      else if (key.word.startsWith(q.han) || key.traditional.startsWith(q.han)) take(1);
      else if (key.word.includes(q.han) || key.traditional.includes(q.han)) take(2);
    }
    if (q.reading !== null && key.letters.includes(q.reading.letters)) take(readingRank(key.reading, q.reading));
    if (meaning !== null && key.meanings.includes(meaning.text)) {
      if (meaning.whole.test(key.meanings)) take(2);
      else if (meaning.start.test(key.meanings)) take(3);
    }
    return best;
  };
}

/** The reading matches where the query's letters start at a syllable and every tone given agrees. */
function readingRank(reading: string, q: { letters: string; tones: number[] }): number | null {
  const letters: string[] = [];
  const tones: number[] = [];
  const starts: number[] = [];
  for (const syllable of reading.split(' ')) {
    if (syllable === '') continue;
    const m = /^([a-z]+)([0-5]?)$/.exec(syllable);
    if (!m) continue;
    const tone = m[2] === '' || m[2] === '0' ? 5 : Number(m[2]);
    starts.push(letters.length);
    for (const ch of m[1]) {
      letters.push(ch);
      tones.push(tone);
    }
  }
  const all = letters.join('');
  for (const at of starts) {
    if (!all.startsWith(q.letters, at)) continue;
    if (!q.tones.every((t, i) => t === 0 || t === tones[at + i])) continue;
    const end = at + q.letters.length;
    // Ends on a syllable's end (or the reading's): the query named whole syllables.
    const whole = end === all.length || starts.includes(end);
    if (at === 0) return whole && end === all.length ? 0 : 1;
    return 2;
  }
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A meaning query as a whole word, and as a word's start. */
function meaningPatterns(q: string): { text: string; whole: RegExp; start: RegExp } {
  const e = escape(q);
  return { text: q, whole: new RegExp(`(^|[^a-z])${e}($|[^a-z])`), start: new RegExp(`(^|[^a-z])${e}`) };
}
