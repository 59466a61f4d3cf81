import { GuanhuaError } from '../errors.js';
import type { Deck, DeckCard } from '../model/deck.js';

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
