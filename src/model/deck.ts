import { GuanhuaError } from '../errors.js';

/** HSK levels: 2.0 is 1–6; 3.0 is 1–6 and 7 for the 7–9 band. null: not in that list. */
export interface HskLevels {
  v2: number | null;
  v3: number | null;
}

export interface CardFrequency {
  /** Occurrences of the word in this article (as segmented). */
  article: number;
  /**
   * Zipf value in jieba's dictionary (a general corpus): log10 of occurrences per
   * billion words; about 1 (rare) to 7.5 (的). 0 where jieba's dictionary lacks the word.
   */
  corpus: number;
}

export interface DeckCard {
  /** Stable: derives only from word and numbered pinyin. */
  id: string;
  /** Simplified form as it stands in the article. */
  word: string;
  traditional: string;
  /** Tone marks, syllables separated by single spaces, CC-CEDICT citation tones. */
  pinyin: string;
  /** The same reading with tone numbers (5 = neutral): `ju2 zhang3`. */
  pinyinNumbered: string;
  definitions: string[];
  /** jieba part-of-speech tag (ICTCLAS set: n, v, a, d, ns, nr, …). */
  pos: string;
  hsk: HskLevels;
  frequency: CardFrequency;
  /** Log-likelihood keyness of the word in this article against the general corpus. */
  keyness: number;
  /** 1-based place in the deck's ranking. */
  rank: number;
  /** Clauses of the article that contain `word`, best first (at most 3). */
  examples: string[];
  /** Pinyin of each example, parallel to `examples`. */
  examplesPinyin: string[];
  /**
   * Parallel to `examples`: each clause's content words other than `word` (words that could be
   * cards). The queue uses them to prefer i+1 cards (only the card's own word unknown).
   * Absent in decks made before it existed.
   */
  exampleWords?: string[][];
  tags: string[];
}

export interface DeckSource {
  title: string;
  /** File name as given (basename), or "-" for standard input. */
  file: string;
  /** sha256 of the decoded article text (hex). */
  sha256: string;
  /** Han characters in the article body after debris removal. */
  characters: number;
  /** Running words in the article body (segmented tokens that are words). */
  tokens: number;
}

export interface Deck {
  format: 'guanhua-deck';
  version: 1;
  name: string;
  source: DeckSource;
  cards: DeckCard[];
}

const fail = (where: string, what: string): never => {
  throw new GuanhuaError(`${where}: not a guanhua deck (${what}); make one with 'guanhua generate'`);
};

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Validates a parsed deck file once, at the edge. Fields added after version 1
 * began (traditional, hsk, …) get defaults so older or hand-made decks still load.
 */
export function validateDeck(value: unknown, where: string): Deck {
  if (typeof value !== 'object' || value === null) fail(where, 'not a JSON object');
  const v = value as Record<string, unknown>;
  if (v.format !== 'guanhua-deck') fail(where, 'format is not "guanhua-deck"');
  if (v.version !== 1) {
    throw new GuanhuaError(`${where}: deck version ${String(v.version)} is not supported by this guanhua; update guanhua`);
  }
  if (typeof v.name !== 'string' || v.name.trim() === '') fail(where, 'no name');
  if (!Array.isArray(v.cards)) fail(where, 'no cards array');
  const src = (typeof v.source === 'object' && v.source !== null ? v.source : {}) as Record<string, unknown>;
  const seen = new Set<string>();
  const cards = (v.cards as unknown[]).map((raw, i): DeckCard => {
    const at = `card ${i + 1}`;
    if (typeof raw !== 'object' || raw === null) return fail(where, `${at} is not an object`);
    const c = raw as Record<string, unknown>;
    if (typeof c.id !== 'string' || c.id === '') fail(where, `${at} has no id`);
    if (seen.has(c.id as string)) fail(where, `${at} repeats id ${String(c.id)}`);
    seen.add(c.id as string);
    if (typeof c.word !== 'string' || c.word === '') fail(where, `${at} has no word`);
    if (typeof c.pinyin !== 'string') fail(where, `${at} has no pinyin`);
    if (!isStringArray(c.definitions)) fail(where, `${at} definitions is not a list of strings`);
    if (!isStringArray(c.examples)) fail(where, `${at} examples is not a list of strings`);
    const freq = (typeof c.frequency === 'object' && c.frequency !== null ? c.frequency : {}) as Record<string, unknown>;
    const hsk = (typeof c.hsk === 'object' && c.hsk !== null ? c.hsk : {}) as Record<string, unknown>;
    const num = (x: unknown, d: number) => (typeof x === 'number' && Number.isFinite(x) ? x : d);
    const level = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) ? x : null);
    return {
      id: c.id as string,
      word: c.word as string,
      traditional: typeof c.traditional === 'string' ? c.traditional : (c.word as string),
      pinyin: c.pinyin as string,
      pinyinNumbered: typeof c.pinyinNumbered === 'string' ? c.pinyinNumbered : '',
      definitions: c.definitions as string[],
      pos: typeof c.pos === 'string' ? c.pos : '',
      hsk: { v2: level(hsk.v2), v3: level(hsk.v3) },
      frequency: { article: num(freq.article, 0), corpus: num(freq.corpus, 0) },
      keyness: num(c.keyness, 0),
      rank: num(c.rank, i + 1),
      examples: c.examples as string[],
      examplesPinyin: isStringArray(c.examplesPinyin) ? c.examplesPinyin : [],
      tags: isStringArray(c.tags) ? c.tags : [],
      ...(Array.isArray(c.exampleWords) && c.exampleWords.every(isStringArray) ? { exampleWords: c.exampleWords as string[][] } : {}),
    };
  });
  return {
    format: 'guanhua-deck',
    version: 1,
    name: v.name as string,
    source: {
      title: typeof src.title === 'string' ? src.title : (v.name as string),
      file: typeof src.file === 'string' ? src.file : '',
      sha256: typeof src.sha256 === 'string' ? src.sha256 : '',
      characters: typeof src.characters === 'number' ? src.characters : 0,
      tokens: typeof src.tokens === 'number' ? src.tokens : 0,
    },
    cards,
  };
}

/** Parses deck JSON text (a file's content) into a validated deck. */
export function parseDeck(text: string, where: string): Deck {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(where, 'not valid JSON');
  }
  return validateDeck(value, where);
}
