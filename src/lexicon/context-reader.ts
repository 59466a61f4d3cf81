import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from './data-files.js';
import { has, startsLongerWord, usableEntries, usableReadings } from './cedict.js';
import { polyphoneModel, type PolyphoneModel } from './polyphone-model.js';
import { isHanWord, segment } from './segment.js';
import { ruleReading } from './context-rules.js';

import { boundShareAt, type Token } from '../model/lexicon.js';

/**
 * Readings in context, one syllable per Han character: the reader behind `guanhua pinyin`, the
 * examples' pinyin and (through chooseReading) the choice among a card word's CC-CEDICT readings.
 *
 * A character with one reading gets it from CC-CEDICT: the reading of its word where jieba's
 * word has one, else the character's own. A polyphone (a character g2pM chooses for) gets the
 * reading with the best score
 *
 *     log P_g2pM(reading | context) + DICTIONARY_WEIGHT · [the reading of its jieba word]
 *                                   + DICTIONARY_WEIGHT · [a reading of a two-character CC-CEDICT word it is in]
 *
 * that is, g2pM decides unless the dictionary says otherwise and g2pM is not sure. Where both
 * dictionary votes agree, g2pM is not asked (it overrules them rarely, and half of those times
 * wrongly); nor for a character that stands alone and that g2pM always reads one way alone
 * (its `alone` table: 的 de5, 了 le5, …). Readings follow CPP's convention, which g2pM learned:
 * a polyphone keeps its full tone where CC-CEDICT marks a word's syllable neutral (困难 kùn nán
 * in context; the card keeps CC-CEDICT's kùn nan). Figures: README, "Readings in context".
 */

/** A dictionary word's vote, in units of g2pM's log-probability (chosen on half of CPP's dev split). */
const DICTIONARY_WEIGHT = 3;
/** Characters of context on each side of a polyphone that g2pM reads (more changed nothing on CPP's dev split). */
const WINDOW = 6;

/** What a Han word (a jieba token, or a run of Han characters) is, whatever its context. */
interface Word {
  chars: string[];
  /** CC-CEDICT's readings of the whole word as written (capitals for names), one syllable per character. */
  entries: string[][];
  /** Its polyphones that the context decides, with the votes the word itself gives. */
  open: { j: number; readings: readonly string[]; votes: Float64Array }[];
  /** Its polyphones' readings where the word alone settles them (null: the context decides). */
  settled: (string | null)[];
  /** Its syllables when the context decides nothing in it. */
  fixed: string[] | null;
}

/** A polyphone g2pM is asked about, with the dictionary's votes for each of its readings. */
interface Target {
  at: number;
  readings: readonly string[];
  votes: Float64Array;
}

/** Loads what the reader reads (the model, CC-CEDICT's index, its tables) ahead of the first text. */
export function prepareReader(): void {
  polyphoneModel();
  startsLongerWord('一', '一');
  usualReading('一一');
}

/**
 * Numbered syllables (CC-CEDICT style) of `text`, one per code point: null where the code point
 * is not a Han character. `tokens` is `text` segmented (segment(text) when not given).
 */
export function readSyllables(text: string, tokens: readonly Token[] = segment(text)): (string | null)[] {
  const chars = Array.from(text);
  const out: (string | null)[] = new Array<string | null>(chars.length).fill(null);
  const open: { at: number; word: Word }[] = [];
  const targets: Target[] = [];
  const place = (word: Word, at: number) => {
    if (word.fixed) {
      for (let j = 0; j < word.fixed.length; j++) out[at + j] = word.fixed[j];
      return;
    }
    open.push({ at, word });
    for (const p of word.open) {
      const settled = ruleReading(chars, at + p.j, p.readings) ?? phraseReading(chars, at + p.j, p.readings);
      if (settled !== undefined) out[at + p.j] = settled;
      else targets.push({ at: at + p.j, readings: p.readings, votes: edgeVotes(chars, at, word, p) });
    }
    word.settled.forEach((r, j) => r !== null && (out[at + j] = r));
  };
  let at = 0;
  for (const { word, pos } of tokens) {
    const n = codePoints(word);
    if (isHanWord(word)) place(wordOf(word, pos), at);
    else if (n > 0 && HAN_ANYWHERE.test(word)) placeHanRuns(chars, at, n, place);
    at += n;
  }
  decide(polyphoneModel(), chars, targets, out);
  for (const { at, word } of open) finish(word, at, out);
  return out;
}

function codePoints(word: string): number {
  let n = word.length;
  for (let i = 0; i < word.length; i++) if ((word.charCodeAt(i) & 0xfc00) === 0xdc00) n--;
  return n;
}

/** Han characters inside a token that is not all Han (jieba keeps some mixed): a word per run. */
function placeHanRuns(chars: string[], at: number, n: number, place: (word: Word, at: number) => void): void {
  for (let i = at; i < at + n; ) {
    if (!HAN.test(chars[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < at + n && HAN.test(chars[j])) j++;
    place(wordOf(chars.slice(i, j).join(''), 'x'), i);
    i = j;
  }
}

const HAN = /^\p{Script=Han}$/u;
const HAN_ANYWHERE = /\p{Script=Han}/u;

/** Words met so far: a text says the same words again and again. */
const words = new Map<string, Word>();

function wordOf(text: string, pos: string): Word {
  let word = words.get(text);
  if (!word) {
    if (words.size >= 100_000) words.clear();
    word = analyse(Array.from(text), pos);
    words.set(text, word);
  }
  return word;
}

/**
 * What the dictionary and g2pM's `alone` table say of a word by itself: the votes for its
 * polyphones from its own reading (when CC-CEDICT gives it one) and from the two-character
 * words inside it; the readings those settle.
 */
function analyse(chars: string[], pos: string): Word {
  const model = polyphoneModel();
  const entries = readingsOf(chars.join(''), chars.length);
  const word: Word = { chars, entries, open: [], settled: chars.map(() => null), fixed: null };
  chars.forEach((c, j) => {
    const readings = model.readingsOf(c);
    if (!readings) return;
    const alone = chars.length === 1 ? model.aloneReading(c) : undefined;
    if (alone !== undefined) {
      word.settled[j] = alone;
      return;
    }
    const votes = new Float64Array(readings.length);
    if (chars.length > 1 && entries.length === 1) {
      // A word of three characters or more (not a name) is a set phrase: its reading stands (各行各业).
      if (chars.length >= 3 && !isName(entries[0]) && readings.includes(entries[0][j].toLowerCase())) {
        word.settled[j] = entries[0][j].toLowerCase();
        return;
      }
      vote(votes, readings, [entries[0][j]]);
    }
    const usual = chars.length > 1 && entries.length > 1 ? usualReading(chars.join('')) : undefined;
    if (usual !== undefined) vote(votes, readings, [usual.split(' ')[j]]);
    const inside = [j > 0 ? pairReadings(chars[j - 1], c, 1) : [], j + 1 < chars.length ? pairReadings(c, chars[j + 1], 0) : []];
    vote(votes, readings, new Set(inside.flat()));
    // A word CC-CEDICT lacks is read as the dictionary words it is made of (传播者: 传播 chuán bō
    // and 者): a two-character word inside it votes as the word's own reading would.
    if (chars.length >= 3 && entries.length === 0) vote(votes, readings, new Set(inside.flat()));
    // Its last character ends it as it ends the dictionary's longer words (满意率 like 利用率,
    // 覆盖率: 率 lǜ "rate", not shuài "to lead").
    const end = chars.length >= 3 && entries.length === 0 && j === chars.length - 1 ? longEndReading(c) : undefined;
    if (end !== undefined) vote(votes, readings, [end]);
    const settled = agreed(votes, readings);
    if (settled !== undefined) word.settled[j] = settled;
    else word.open.push({ j, readings, votes });
  });
  if (word.open.length === 0) word.fixed = syllables(word, word.settled);
  return word;
}

/** Share (hundredths) of the longer words a character ends that use one reading's sense, from which that reading is the ending's. */
const LONG_END_SHARE = 10;

/**
 * The reading of a character at the end of the dictionary's words of three characters or more,
 * when one reading alone has a sense those words use (CedictEntry.bound): 率 lǜ, whose "rate"
 * ends half of them, where shuài "to lead" ends none.
 */
function longEndReading(c: string): string | undefined {
  const ending = usableEntries(c).filter((e) => boundShareAt(e, 2) >= LONG_END_SHARE);
  const readings = new Set(ending.map((e) => e.pinyinNumbered.toLowerCase()));
  return readings.size === 1 ? [...readings][0] : undefined;
}

/** Adds a dictionary vote to each of `found` that is one of `readings`. */
function vote(votes: Float64Array, readings: readonly string[], found: Iterable<string>): void {
  for (const r of found) {
    const i = readings.indexOf(r.toLowerCase());
    if (i >= 0) votes[i] += DICTIONARY_WEIGHT;
  }
}

/** The readings CC-CEDICT gives character `k` (0 or 1) of the two-character word a + b. */
function pairReadings(a: string, b: string, k: 0 | 1): readonly string[] {
  const readings = readingsOf(a + b, 2);
  return readings.length === 0 ? NONE : readings.map((r) => r[k].toLowerCase());
}

/**
 * A polyphone's votes where the word stands: its own, and the readings of the two-character
 * words it makes with the characters just outside the word (unless the word's inside already
 * voted for them: each reading of a neighbouring pair counts once).
 */
function edgeVotes(chars: string[], at: number, word: Word, p: Word['open'][number]): Float64Array {
  const c = word.chars[p.j];
  const before = p.j === 0 && at > 0 && HAN.test(chars[at - 1]) ? pairReadings(chars[at - 1], c, 1) : NONE;
  const end = at + p.j + 1;
  const after = p.j === word.chars.length - 1 && end < chars.length && HAN.test(chars[end]) ? pairReadings(c, chars[end], 0) : NONE;
  if (before.length === 0 && after.length === 0) return p.votes;
  const inside = new Set([...(p.j > 0 ? pairReadings(word.chars[p.j - 1], c, 1) : NONE), ...(p.j + 1 < word.chars.length ? pairReadings(c, word.chars[p.j + 1], 0) : NONE)]);
  const votes = p.votes.slice();
  vote(votes, p.readings, new Set([...before, ...after].filter((r) => !inside.has(r))));
  return votes;
}

const NONE: readonly string[] = [];
/** The longest set phrase looked for around a polyphone (longer ones changed nothing on CPP's dev split). */
const LONGEST_PHRASE = 5;

/**
 * The reading a set phrase around the polyphone at `at` gives it: the longest CC-CEDICT word of
 * three to LONGEST_PHRASE characters there that is not a name, when those agree (为人民服务 wèi:
 * g2pM, having learned 为人 wéi rén, is sure of the opposite).
 */
function phraseReading(chars: string[], at: number, readings: readonly string[]): string | undefined {
  // Words by where they start, each start extended while CC-CEDICT has longer words.
  const found: { len: number; reading: string }[] = [];
  for (let a = Math.max(0, at - LONGEST_PHRASE + 1); a <= at; a++) {
    let w = '';
    for (let end = a; end < Math.min(chars.length, a + LONGEST_PHRASE); end++) {
      if (!HAN.test(chars[end])) break;
      w += chars[end];
      const len = end - a + 1;
      if (len >= 3 && end >= at) for (const r of readingsOf(w, len)) if (!isName(r)) found.push({ len, reading: r[at - a].toLowerCase() });
      if (len === 2 && !startsLongerWord(chars[a], chars[end])) break;
    }
  }
  if (found.length === 0) return undefined;
  const longest = Math.max(...found.map((f) => f.len));
  const agreed = new Set(found.filter((f) => f.len === longest).map((f) => f.reading));
  const [reading] = agreed;
  return agreed.size === 1 && readings.includes(reading) ? reading : undefined;
}

/** CC-CEDICT words read so far. */
const known = new Map<string, string[][]>();
const NO_READINGS: string[][] = [];

/** CC-CEDICT's readings of `word` (`n` characters) with one syllable per character, as written. */
function readingsOf(word: string, n: number): string[][] {
  let out = known.get(word);
  if (out === undefined) {
    // has() first: most strings asked about are no word, and it decodes nothing.
    if (!has(word)) return NO_READINGS;
    out = [];
    for (const pinyin of usableReadings(word)) {
      const syllables = pinyin.trim().split(/\s+/);
      if (syllables.length !== n) continue;
      // Readings that differ in case only are one: the common word's (xin1 before Xin1).
      const same = out.findIndex((r) => r.join(' ').toLowerCase() === syllables.join(' ').toLowerCase());
      if (same < 0) out.push(syllables);
      else if (isName(out[same]) && !isName(syllables)) out[same] = syllables;
    }
    known.set(word, out);
  }
  return out;
}

/** The reading the dictionary's votes settle, when two of them agree: g2pM is not asked then. */
function agreed(votes: Float64Array, readings: readonly string[]): string | undefined {
  const i = votes.findIndex((v) => v >= 2 * DICTIONARY_WEIGHT);
  return i >= 0 ? readings[i] : undefined;
}

/**
 * g2pM's choice, with the dictionary's votes, for each target, written into `out`. The network
 * reads WINDOW characters on each side; targets whose windows overlap share one pass.
 */
function decide(model: PolyphoneModel, chars: string[], targets: Target[], out: (string | null)[]): void {
  for (let i = 0; i < targets.length; ) {
    let j = i + 1;
    while (j < targets.length && targets[j].at - targets[j - 1].at <= 2 * WINDOW) j++;
    const from = Math.max(0, targets[i].at - WINDOW);
    const to = Math.min(chars.length, targets[j - 1].at + WINDOW + 1);
    const span = targets.slice(i, j);
    const logits = model.score(chars.slice(from, to), span.map((t) => t.at - from));
    span.forEach((t, k) => {
      const scores = logSoftmax(logits[k]);
      let best = 0;
      for (let m = 1; m < scores.length; m++) if (scores[m] + t.votes[m] > scores[best] + t.votes[best]) best = m;
      out[t.at] = t.readings[best];
    });
    i = j;
  }
}

function logSoftmax(logits: Float32Array): Float64Array {
  let max = -Infinity;
  for (const x of logits) max = Math.max(max, x);
  let z = 0;
  for (const x of logits) z += Math.exp(x - max);
  const log = Math.log(z);
  return Float64Array.from(logits, (x) => x - max - log);
}

/** Fills in the word's syllables at `at` in `out`, its polyphones' being decided there. */
function finish(word: Word, at: number, out: (string | null)[]): void {
  const own = syllables(word, out.slice(at, at + word.chars.length));
  for (let j = 0; j < own.length; j++) out[at + j] = own[j];
}

/**
 * A word's syllables given its polyphones' (`decided`, null elsewhere): the others from the
 * CC-CEDICT reading of the word that agrees best with them (whose capitals it takes too), else
 * each character's own.
 */
function syllables(word: Word, decided: (string | null)[]): string[] {
  let best: string[] | null = null;
  let bestScore = -1;
  for (const entry of word.entries) {
    let score = 0;
    entry.forEach((s, j) => {
      const d = decided[j];
      if (d !== null) score += d === s.toLowerCase() ? 3 : sameLetters(d, s.toLowerCase()) ? 2 : 0;
    });
    // Ties: dictionary order, a common word before a name.
    if (score > bestScore || (score === bestScore && isName(best!) && !isName(entry))) {
      best = entry;
      bestScore = score;
    }
  }
  return word.chars.map((c, j) => {
    const own = decided[j] ?? best?.[j] ?? characterReading(c);
    return best && isName([best[j]]) ? own[0].toUpperCase() + own.slice(1) : own;
  });
}

const isName = (syllables: string[]) => /^[A-Z]/.test(syllables[0]);

function sameLetters(a: string, b: string): boolean {
  return a.slice(0, -1) === b.slice(0, -1);
}

let usual: Map<string, string> | null = null;

/**
 * The usual one of the readings CC-CEDICT gives `word` (下调 xià tiáo), where it gives several:
 * from pinyin-pro's phrase dictionary (src/data/usual-readings/).
 */
function usualReading(word: string): string | undefined {
  usual ??= new Map(Object.entries(JSON.parse(readFileSync(USUAL_FILE, 'utf8')) as Record<string, string>));
  return usual.get(word);
}

const USUAL_FILE = path.join(packageRoot, 'src', 'data', 'usual-readings', 'usual.json');

/** A character alone: its first CC-CEDICT reading (lower case first), else pinyin-pro's. */
function characterReading(c: string): string {
  const readings = readingsOf(c, 1).map((r) => r[0]);
  const reading = readings.find((r) => !/^[A-Z]/.test(r)) ?? readings[0]?.toLowerCase();
  return reading ?? pinyinProReading(c);
}

type PinyinPro = typeof import('pinyin-pro');
let pinyinPro: PinyinPro | null = null;

/** For the rare character CC-CEDICT lacks; pinyin-pro loads only then. */
function pinyinProReading(c: string): string {
  pinyinPro ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro;
  const [syllable] = pinyinPro.pinyin(c, { type: 'array', toneType: 'num', toneSandhi: false });
  // pinyin-pro writes ü as ü and the neutral tone as 0; a character it cannot read comes back
  // as itself, which then stands for its own syllable.
  const numbered = (syllable ?? c).replace(/ü/g, 'u:').replace(/0$/, '5');
  return /^[a-z:]+[1-5]$/.test(numbered) ? numbered : c;
}
