import type { DeckCard } from '../model/deck.js';
import { GuanhuaError } from '../errors.js';
import type { Correction, Corrections } from '../model/corrections.js';
import type { Token } from '../model/lexicon.js';

const HAN = /^\p{Script=Han}+$/u;
const SYLLABLE = /^[a-zü:v]+[1-5]$/i;

/** "zhi2 fa3" for 执法: one numbered syllable per character (CC-CEDICT writes 儿 as r5). */
export function parseReading(word: string, text: string, toneMarks: (numbered: string) => string): Correction['reading'] {
  const syllables = text.trim().split(/\s+/).filter(Boolean);
  const chars = [...word].length;
  const bad = syllables.find((s) => !SYLLABLE.test(s));
  if (bad !== undefined || syllables.length === 0) {
    throw new GuanhuaError(`--reading '${text}': write pinyin with tone numbers, one syllable per character, e.g. --reading "zhi2 fa3"`);
  }
  if (syllables.length !== chars) {
    throw new GuanhuaError(`--reading '${text}' has ${syllables.length} syllables but ${word} has ${chars} characters; give one per character`);
  }
  const numbered = syllables.join(' ');
  return { numbered, marked: toneMarks(numbered) };
}

/** "辽宁 大连" for 辽宁大连: at least two pieces that spell the word exactly. */
export function parseSplit(word: string, text: string): string[] {
  const pieces = text.trim().split(/\s+/).filter(Boolean);
  if (pieces.length < 2 || pieces.join('') !== word) {
    throw new GuanhuaError(`--split '${text}' must cut ${word} into two or more words separated by spaces, e.g. --split "${[...word].slice(0, 2).join('')} ${[...word].slice(2).join('')}"`);
  }
  return pieces;
}

export function checkWord(word: string): string {
  const w = word.trim();
  if (!HAN.test(w)) throw new GuanhuaError(`'${word}' is not a Chinese word; fix takes the word in characters, e.g. guanhua fix 执法 --reading "zhi2 fa3"`);
  return w;
}

/** A correction with nothing left in it is no correction. */
export function isEmpty(c: Correction): boolean {
  return !c.reading && !c.meanings?.length && !c.split && !c.merge;
}

/** The stored JSON value read back, defensively (it is outside data once written). */
export function correctionFromJson(word: string, json: string): Correction {
  const v = JSON.parse(json) as Partial<Correction>;
  const c: Correction = { word };
  if (v.reading && typeof v.reading.numbered === 'string' && typeof v.reading.marked === 'string') c.reading = v.reading;
  if (Array.isArray(v.meanings)) c.meanings = v.meanings.filter((m): m is string => typeof m === 'string');
  if (Array.isArray(v.split)) c.split = v.split.filter((m): m is string => typeof m === 'string');
  if (v.merge === true) c.merge = true;
  return c;
}

export function correctionToJson(c: Correction): string {
  const { word: _word, ...rest } = c;
  return JSON.stringify(rest);
}

/** Words jieba must treat as one (the merges), longest first so nested merges settle the same way each run. */
export function mergeWords(corrections: Corrections): string[] {
  return [...corrections.values()].filter((c) => c.merge).map((c) => c.word).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * Applies splits and merges to a token stream. Splits: a token equal to a split word becomes
 * its pieces (each keeps the token's tag). Merges: consecutive tokens that spell a merge word
 * exactly become one token (the lexicon may cut a jieba user word again; this re-joins it).
 * Tokens still concatenate back to the text.
 */
export function applyToTokens(tokens: readonly Token[], corrections: Corrections, merges = mergeWords(corrections)): Token[] {
  let out: Token[] = [];
  for (const t of tokens) {
    const split = corrections.get(t.word)?.split;
    if (split) for (const piece of split) out.push({ word: piece, pos: t.pos });
    else out.push(t);
  }
  if (merges.length === 0) return out;
  const merged: Token[] = [];
  for (let i = 0; i < out.length; i++) {
    const hit = mergeAt(out, i, merges);
    if (hit) {
      merged.push({ word: hit.word, pos: 'n' });
      i = hit.last;
    } else {
      merged.push(out[i]);
    }
  }
  out = merged;
  return out;
}

function mergeAt(tokens: Token[], start: number, merges: string[]): { word: string; last: number } | undefined {
  for (const word of merges) {
    if (!word.startsWith(tokens[start].word)) continue;
    let text = '';
    for (let j = start; j < tokens.length && text.length < word.length; j++) {
      text += tokens[j].word;
      if (text === word) return j > start ? { word, last: j } : undefined;
      if (!word.startsWith(text)) break;
    }
  }
  return undefined;
}

/** The card as the learner corrected it; the id is kept (see Correction.reading). */
export function applyToCard(card: DeckCard, c: Correction | undefined): DeckCard {
  if (!c) return card;
  let out = card;
  if (c.reading) out = { ...out, pinyin: c.reading.marked, pinyinNumbered: c.reading.numbered };
  if (c.meanings?.length) out = { ...out, definitions: [...c.meanings] };
  if (out !== card && !out.tags.includes('corrected')) out = { ...out, tags: [...out.tags, 'corrected'] };
  return out;
}

/** A new fix adds to the word's earlier one; a split replaces it (and anything replaces a split). */
export function combine(old: Correction | undefined, fresh: Correction): Correction {
  if (!old || fresh.split || old.split) return fresh;
  return { ...old, ...fresh };
}

/** "执法: read zhí fǎ, means to enforce the law". */
export function describeCorrection(c: Correction): string {
  const parts: string[] = [];
  if (c.split) parts.push(`split into ${c.split.join(' ')}`);
  if (c.merge) parts.push('one word');
  if (c.reading) parts.push(`read ${c.reading.marked}`);
  if (c.meanings?.length) parts.push(`means ${c.meanings.join('; ')}`);
  return `${c.word}: ${parts.join(', ')}`;
}
