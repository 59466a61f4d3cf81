import type { Context } from './collect-words.js';
import type { Token } from '../model/lexicon.js';
import { glossStems } from '../lexicon/gloss-stems.js';

/**
 * The words beside a word in the article pick among its senses of one part of speech (a Lesk
 * overlap): 刷新 before 纪录 "record" is "to break (a record)", not "to renovate"; 随访 beside
 * 患者 "patient" is "to do a follow-up (on a patient …)", not "to accompany". For each
 * occurrence, the English of the words two places before it and, for a verb, up to five words
 * after it within its clause (all their senses) is matched against each sense's English; a
 * sense that more occurrences match than the first one moves to the front (a parenthesis counts
 * in a verb's sense, its object, and in a noun's when it says what the noun is of). Only English words
 * of five letters or more count, by their first six letters (see glossStems), so "record" meets
 * "records" but "work" or "new" meet nothing.
 */

const REACH = 2;
/** A parenthesis that does not say what a noun is of ("(of a river)", "(e.g. of traffic network)" stay). */
const NOT_OF = /\((?!(?:e\.g\.|esp\.|usu\.)?\s*of )[^)]*\)/g;
/** Words to the right, within the clause: a verb's object can stand a few words on. */
const OBJECT_REACH = 5;
const CLAUSE_END = /^[，。；：！？、,.;:!?]/u;
/** A neighbour's stems, all its senses together; the cards of an article share their neighbours. */
const neighbourStems = new Map<string, ReadonlySet<string>>();

function stemsOfWord(word: string, glossesOf: (word: string) => readonly string[]): ReadonlySet<string> {
  let found = neighbourStems.get(word);
  if (!found) {
    found = new Set(glossesOf(word).flatMap((g) => [...glossStems(g)]));
    if (neighbourStems.size > 50_000) neighbourStems.clear();
    neighbourStems.set(word, found);
  }
  return found;
}

/**
 * `definitions` in article order, with the sense the neighbours choose first among those of the
 * first sense's class (`classes`, one letter per definition, same order).
 */
export function neighbourFirst(
  word: string,
  contexts: readonly Context[],
  segment: (sentence: string) => Token[],
  definitions: string[],
  classes: string,
  glossesOf: (word: string) => readonly string[],
): string[] {
  if (definitions.length < 2 || classes.length !== definitions.length) return definitions;
  // A verb's parentheses name its object ("to break (a record)"); a noun's name what it is of
  // ("upper reaches (of a river)" beside 黄河, "hub (e.g. of traffic network)" beside 铁路), but
  // not a field or the things it goes with ("practical; applied (science, linguistics etc)",
  // which 科技应用 "application" is not).
  const senseStems = definitions.map((d, k) => glossStems(classes[k] === 'v' ? d : d.replace(NOT_OF, ' ')));
  const hits = new Array<number>(definitions.length).fill(0);
  for (const c of contexts) {
    const tokens = segment(c.sentence);
    let at = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (at === c.offset && tokens[i].word === word) {
        const around: ReadonlySet<string>[] = [];
        const add = (j: number) => {
          if (/\p{Script=Han}/u.test(tokens[j].word)) around.push(stemsOfWord(tokens[j].word, glossesOf));
        };
        for (let j = Math.max(0, i - REACH); j < i; j++) add(j);
        // To the right, a verb's object, in the rest of the clause (刷新“走出去”的最远纪录); a
        // noun's right neighbour is the head it modifies, whose meaning is none of its own (中资企业).
        const reach = classes[0] === 'v' ? OBJECT_REACH : 0;
        for (let j = i + 1, words = 0; j < tokens.length && words < reach && !CLAUSE_END.test(tokens[j].word); j++) {
          add(j);
          if (/\p{Script=Han}/u.test(tokens[j].word)) words++;
        }
        senseStems.forEach((own, k) => {
          if ([...own].some((s) => around.some((a) => a.has(s)))) hits[k]++;
        });
        break;
      }
      at += tokens[i].word.length;
    }
  }
  let best = 0;
  for (let k = 1; k < definitions.length; k++) {
    if (classes[k] === classes[0] && hits[k] > hits[best]) best = k;
  }
  if (best === 0) return definitions;
  return [definitions[best], ...definitions.filter((_, k) => k !== best)];
}
