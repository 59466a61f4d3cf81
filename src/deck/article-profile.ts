import { glossStems, stemShare } from '../lexicon/gloss-stems.js';

/**
 * The article's own English, for choosing among a word's senses of one part of speech (the
 * register of the text as a whole): how many of its content words have a sense using each
 * English word (by glossStems), against how many would by chance (the share of common words
 * that do, see gloss-stems.ts). 部署 in a text whose words speak of deploying reads "to
 * deploy", not "to dispose"; 进出口 among 进口 "to import", 出口 "to export" reads
 * "import-export", not "access point; opening that serves as an entrance or exit".
 */
export interface ArticleProfile {
  /** Content words profiled. */
  words: number;
  /** Stem → profiled words with a sense using it. */
  counts: ReadonlyMap<string, number>;
}

/** At most this many words make the profile: a 10 MB corpus has tens of thousands. */
const PROFILE_WORDS = 3000;

export function articleProfile(words: Iterable<string>, glossesOf: (word: string) => readonly string[]): ArticleProfile {
  const counts = new Map<string, number>();
  let n = 0;
  for (const word of words) {
    if (n >= PROFILE_WORDS) break;
    // A single character's many senses say little of the text (口 "mouth; opening; entrance…").
    if (Array.from(word).length < 2) continue;
    n++;
    const stems = new Set(glossesOf(word).flatMap((g) => [...glossStems(g, false)]));
    for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return { words: n, counts };
}

/** What a sense is restricted to: "(of a musical composition)", "(of a plane)". */
const APPLIES_TO = /\(of ([^)]*)\)/;

/**
 * A first sense restricted to things the article does not speak of (no English word of the
 * restriction used beyond chance: `spoken`) gives way to the first sense of its kind that is
 * not: 基调 in a text without music is "keynote (speech)" (工作总基调), not "main key (of a
 * musical composition)". Returns the definitions and their classes, reordered alike.
 */
function inDomainFirst(definitions: string[], classes: string, spoken: (stem: string) => boolean): [string[], string] {
  // Every item of the sense restricted so ("to inspect (a site); (of a dignitary) to visit" is not).
  const foreign = (d: string) =>
    d.split(/;\s*/).every((item) => {
      const m = APPLIES_TO.exec(item);
      const stems = m ? [...glossStems(m[1], false)] : [];
      return stems.length > 0 && !stems.some(spoken);
    });
  if (!foreign(definitions[0])) return [definitions, classes];
  const k = definitions.findIndex((d, i) => i > 0 && sameKind(classes[i], classes[0]) && !foreign(d));
  if (k < 0) return [definitions, classes];
  const order = [k, ...definitions.map((_, i) => i).filter((i) => i !== k)];
  return [order.map((i) => definitions[i]), order.map((i) => classes[i]).join('')];
}

/** How far a sense must stand above the first (mean natural log of observed over expected). */
const MARGIN = 1;
/**
 * How unlikely the article's use of a sense's English must be by chance: the Poisson chance of
 * seeing its rarest-by-chance word as often, at most this.
 */
const CHANCE = 0.1;

/**
 * One kind of sense: a verb is told from the rest for sure ("to …"), a noun from an adjective
 * less so (稳健 "stable and steady" reads as a noun phrase).
 */
const sameKind = (a: string, b: string) => a === b || ('an'.includes(a) && 'an'.includes(b));

/** P(X ≥ k) for X ~ Poisson(λ). */
function atLeast(k: number, lambda: number): number {
  let term = Math.exp(-lambda);
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= lambda / (i + 1);
  }
  return Math.max(0, 1 - below);
}

/**
 * A sense with a label or a restriction in parentheses ("(computing) …", "to promote (to a
 * higher-ranking position)", "to update (to a new model of product)") is narrower than its
 * English words: the article's English does not move it first.
 */
const NARROWED = /\(/;

/**
 * `definitions` with the sense the article's English favours first, among those of the first
 * sense's class: the mean, over a sense's English words (parentheses left out), of how much more the article's words use
 * each than chance (the word's own senses left out); and one of them must be used more than
 * chance would likely give (deploy once where 0.09 words are expected, not "usually" once
 * where 0.4 are). First of all, a sense restricted to what the article does not speak of gives
 * way (see inDomainFirst; `restrictions` false leaves that out: a single character's senses
 * describe it more than they restrict it, 峰 "(of a mountain) high and tapered peak").
 */
export function profileFirst(given: string[], givenClasses: string, profile: ArticleProfile, restrictions = true): string[] {
  if (given.length < 2 || givenClasses.length !== given.length || profile.words < 50) return given;
  const own = new Set(given.flatMap((d) => [...glossStems(d, false)]));
  /** How many of the article's words use the stem (the word's own senses left out), and how many would by chance. */
  const use = (s: string) => ({ seen: Math.max(0, (profile.counts.get(s) ?? 0) - (own.has(s) ? 1 : 0)), expected: stemShare(s) * profile.words });
  const spoken = (s: string) => {
    const { seen, expected } = use(s);
    return atLeast(seen, expected) < CHANCE;
  };
  const [definitions, classes] = restrictions ? inDomainFirst(given, givenClasses, spoken) : [given, givenClasses];
  const measure = (d: string) => {
    const stems = [...glossStems(d, false)];
    let sum = 0;
    let chance = 1;
    for (const s of stems) {
      const { seen, expected } = use(s);
      sum += Math.log((seen + 0.5) / (expected + 0.5));
      chance = Math.min(chance, atLeast(seen, expected));
    }
    return { score: stems.length > 0 ? sum / stems.length : 0, chance };
  };
  const first = measure(definitions[0]).score;
  let best = 0;
  let most = first + MARGIN;
  for (let k = 1; k < definitions.length; k++) {
    if (!sameKind(classes[k], classes[0]) || NARROWED.test(definitions[k])) continue;
    const { score, chance } = measure(definitions[k]);
    if (score >= most && chance < CHANCE) [best, most] = [k, score];
  }
  if (best === 0) return definitions;
  return [definitions[best], ...definitions.filter((_, k) => k !== best)];
}
