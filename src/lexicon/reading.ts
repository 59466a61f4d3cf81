import type { CedictEntry, Reading } from '../model/lexicon.js';
import { usableEntries } from './cedict.js';
import { toneMarks } from './tone-marks.js';
import { readSyllables } from './context-reader.js';

/**
 * The reading of `word` where it stands at `offset` (UTF-16 index) in `context` (its clause or
 * sentence). CC-CEDICT gives the pinyin; when it has several readings (weak ones only as a last
 * resort) the context reader's reading of the whole context (context-reader.ts) picks the one
 * that matches best. Words no dictionary has get the context reader's reading.
 */
export function chooseReading(word: string, context = word, offset = context.indexOf(word)): Reading {
  const entries = usableEntries(word);
  const distinct = new Set(entries.map((e) => e.pinyinNumbered.toLowerCase()));
  if (entries.length > 0 && distinct.size === 1) return fromEntry(preferLowerCase(entries));
  const heard = contextSyllables(word, context, offset);
  if (entries.length === 0) {
    const numbered = heard.join(' ');
    return { entry: null, pinyinNumbered: numbered, pinyin: toneMarks(numbered) };
  }
  let best = entries[0];
  let bestScore = -1;
  for (const entry of entries) {
    const score = matchScore(entry.pinyinNumbered, heard);
    // Strictly better only: ties keep dictionary order, lower case (common word) before a name.
    if (score > bestScore || (score === bestScore && isCapitalised(best) && !isCapitalised(entry))) {
      best = entry;
      bestScore = score;
    }
  }
  return fromEntry([best]);
}

function fromEntry(entries: CedictEntry[]): Reading {
  const entry = entries[0];
  const numbered = entry.pinyinNumbered.trim().split(/\s+/).join(' ');
  return { entry, pinyinNumbered: numbered, pinyin: toneMarks(numbered) };
}

function isCapitalised(entry: CedictEntry): boolean {
  return /^[A-Z]/.test(entry.pinyinNumbered);
}

/** Of readings that differ only in case, the lower-case one (张 zhang1 before Zhang1). */
function preferLowerCase(entries: CedictEntry[]): CedictEntry[] {
  const lower = entries.filter((e) => !isCapitalised(e));
  return lower.length > 0 ? lower : entries;
}

/** Per syllable: 2 when the letters agree, +1 when the tone agrees too (neutral 5 = 0). */
function matchScore(numbered: string, heard: string[]): number {
  const syllables = numbered.split(/\s+/);
  let score = 0;
  syllables.forEach((syllable, i) => {
    const a = split(syllable);
    const b = split(heard[i] ?? '');
    if (a.letters === b.letters) score += a.tone === b.tone ? 3 : 2;
  });
  return score;
}

function split(syllable: string): { letters: string; tone: string } {
  const s = syllable.toLowerCase().replace(/u:|ü/g, 'v');
  const m = /^(.*?)([0-5])?$/.exec(s)!;
  return { letters: m[1], tone: m[2] === '0' ? '5' : (m[2] ?? '5') };
}

/**
 * The context reader's syllables (context-reader.ts) for the characters of `word` in `context`.
 * Falls back to the word alone when `offset` does not point at it.
 */
function contextSyllables(word: string, context: string, offset: number): string[] {
  if (offset < 0 || context.slice(offset, offset + word.length) !== word) {
    context = word;
    offset = 0;
  }
  const all = syllablesOf(context);
  const start = Array.from(context.slice(0, offset)).length;
  return all.slice(start, start + Array.from(word).length).map((s) => s ?? '');
}

/** Clauses repeat (one per card word in them): remember the last few. */
const recent = new Map<string, (string | null)[]>();

function syllablesOf(text: string): (string | null)[] {
  let syllables = recent.get(text);
  if (!syllables) {
    syllables = readSyllables(text);
    if (recent.size >= 64) recent.delete(recent.keys().next().value!);
    recent.set(text, syllables);
  }
  return syllables;
}
