import type { Context } from './collect-words.js';
import type { Token } from '../model/lexicon.js';
import { senseTokens } from '../lexicon/sense-prior.js';

/**
 * The words beside a word in the article pick among its senses of one part of speech (a Lesk
 * overlap): 刷新 before 纪录 "record" is "to break (a record)", not "to renovate"; 随访 beside
 * 患者 "patient" is "to do a follow-up (on a patient …)", not "to accompany". For each
 * occurrence, the English of the content words up to two places either side (all their senses)
 * is matched against each sense's English; a sense that more occurrences match than the first
 * one moves to the front. Only whole English words of five letters or more count, by their first
 * six letters, so "record" meets "records" but "work" or "new" meet nothing.
 */

const REACH = 2;
const stem = (token: string) => token.slice(2, 8);
const meaningful = (token: string) => token.length - 2 >= 5;

function stems(gloss: string): Set<string> {
  return new Set(senseTokens(gloss).filter(meaningful).map(stem));
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
  const senseStems = definitions.map(stems);
  const hits = new Array<number>(definitions.length).fill(0);
  for (const c of contexts) {
    const tokens = segment(c.sentence);
    let at = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (at === c.offset && tokens[i].word === word) {
        const around = new Set<string>();
        for (let j = Math.max(0, i - REACH); j <= Math.min(tokens.length - 1, i + REACH); j++) {
          if (j === i || !/\p{Script=Han}/u.test(tokens[j].word)) continue;
          for (const g of glossesOf(tokens[j].word)) for (const s of stems(g)) around.add(s);
        }
        senseStems.forEach((own, k) => {
          if ([...own].some((s) => around.has(s))) hits[k]++;
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
