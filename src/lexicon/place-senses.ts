import { boundShareAt, type CedictEntry, type ComposedMeaning } from '../model/lexicon.js';

/**
 * Characters that stand for a place, as CC-CEDICT's own entries say ("short name for Shanxi
 * province 山西 Shān xī" of 晋 Jìn, "abbr. for Qinghai …" of 青 Qīng), and the words made of them:
 * 三晋 in a text about 山西 is "three + Shanxi province", not "three + move forward"; 晋北 is
 * "northern Shanxi province", as 陕北 is "northern Shaanxi province".
 */

type EntriesOf = (word: string) => readonly CedictEntry[];

export interface PlaceName {
  /** As the entry names it in English: "Shanxi province", "Hebei". */
  english: string;
  /** The place's own name, without 省: 山西, 甘肃. */
  han: string;
}

const HAN_NAME = '(\\p{Script=Han}{2,})';
const ABBREVIATES = new RegExp(`(?:short name|abbr\\.) for (?:([A-Z][A-Za-z' ]*?) ${HAN_NAME}|${HAN_NAME}[^,]*, ([A-Z][A-Za-z' ]+))`, 'u');

/** The place a gloss says its character abbreviates, or null. */
export function placeOfGloss(gloss: string): PlaceName | null {
  const m = ABBREVIATES.exec(gloss);
  if (!m) return null;
  const english = (m[1] ?? m[4]).replace(/\bProvince\b/, 'province').trim();
  return { english, han: (m[2] ?? m[3]).replace(/省$/, '') };
}

/** The places a character abbreviates in its proper-noun entries (晋 Jìn: Shanxi). */
export function placesAbbreviated(char: string, entriesOf: EntriesOf): PlaceName[] {
  return entriesOf(char)
    .filter((e) => !e.weak && /^[A-Z]/.test(e.pinyinNumbered))
    .flatMap((e) => e.definitions.map(placeOfGloss))
    .filter((p): p is PlaceName => p !== null);
}

/**
 * The place `char` stands for in `word`, when the character is nothing but a place's name (陇:
 * Gansu), or when the article names that place in full (山西省 in a text with 三晋) and, at
 * `side` of a word (0 its start, 1 its end), the dictionary's longer words use the proper noun's
 * senses there as much as the common word's (…晋 as 秦晋, 西晋: 99 %; not 新 "new" for Xinjiang
 * in 新篇 of a text that names 新疆 once).
 */
export function placeInArticle(char: string, word: string, entriesOf: EntriesOf, articleWords: readonly string[], side?: 0 | 1): PlaceName | null {
  const places = placesAbbreviated(char, entriesOf);
  if (places.length === 0) return null;
  const real = entriesOf(char).filter((e) => !e.weak && e.definitions.length > 0);
  const proper = (e: CedictEntry) => /^[A-Z]/.test(e.pinyinNumbered);
  if (!real.some((e) => !proper(e))) return places[0];
  const share = (e: CedictEntry) => boundShareAt(e, side ?? 0);
  const most = (list: CedictEntry[]) => Math.max(0, ...list.map(share));
  if (side !== undefined && most(real.filter(proper)) < most(real.filter((e) => !proper(e)))) return null;
  return places.find((p) => articleWords.some((w) => w !== word && w.startsWith(p.han))) ?? null;
}

/** "Shanxi province" → "Shanxi": the name a sibling's gloss uses. */
const core = (p: PlaceName) => p.english.split(' ')[0];

/**
 * A place's character and one more (晋北) read as CC-CEDICT reads another place's character with
 * that one (陕北 "… northern Shaanxi province …"): the item describing that place (lower case:
 * not a name, "North China" of 华北), with this place's name instead; null where none does.
 */
export function byPlace(
  chars: readonly string[],
  entriesOf: EntriesOf,
  articleWords: readonly string[],
  pairsEndingWith: (char: string) => readonly string[],
): ComposedMeaning | null {
  if (chars.length !== 2) return null;
  const word = chars.join('');
  const place = placeInArticle(chars[0], word, entriesOf, articleWords);
  if (!place) return null;
  for (const sibling of pairsEndingWith(chars[1])) {
    if (sibling === word) continue;
    for (const other of placesAbbreviated(Array.from(sibling)[0], entriesOf)) {
      const name = new RegExp(`\\b${core(other)}\\b`);
      for (const e of entriesOf(sibling).filter((x) => !x.weak)) {
        const item = e.definitions.flatMap((d) => d.split(/[,;]\s*/)).map((i) => i.trim()).find((i) => name.test(i) && /^[a-z]/.test(i) && !/\p{Script=Han}/u.test(i));
        if (item) return { parts: [sibling], definition: `${item.replace(name, core(place))} (like ${sibling})` };
      }
    }
  }
  return null;
}
