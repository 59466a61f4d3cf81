import { usableEntries } from './cedict.js';

/**
 * Grammar that settles a polyphone where g2pM, trained on encyclopedia sentences, is unsure or
 * wrong in official register. Each rule is a construction, not a word list; on CPP's dev split
 * together they change no reading (see the README's figures).
 *
 * - 处 before the preposition 以 or 于 is the verb chǔ: 处以罚款, 处于领先地位.
 * - 应 in 应X尽X is the modal yīng: 应收尽收, 应治尽治, 应保尽保.
 * - After a degree adverb (很, 太, 最, 非常 …) a polyphone is an adjective: its one reading whose
 *   first CC-CEDICT sense is not a verb ("to …"), when only one is (很重 zhòng, not chóng).
 */
export function ruleReading(chars: readonly string[], at: number, readings: readonly string[]): string | undefined {
  const c = chars[at];
  if (c === '处' && (chars[at + 1] === '以' || chars[at + 1] === '于')) return pick(readings, 'chu3');
  if (c === '应' && chars[at + 2] === '尽' && chars[at + 1] === chars[at + 3] && chars[at + 1] !== undefined) return pick(readings, 'ying1');
  if (afterDegreeAdverb(chars, at)) return adjectiveReading(c, readings);
  return undefined;
}

function pick(readings: readonly string[], reading: string): string | undefined {
  return readings.includes(reading) ? reading : undefined;
}

/** Degree adverbs, longest first (a closed class of the grammar). */
const DEGREE_ADVERBS = ['越来越', '非常', '十分', '特别', '相当', '比较', '更加', '格外', '极其', '很', '太', '最', '更', '较', '挺', '极'];

function afterDegreeAdverb(chars: readonly string[], at: number): boolean {
  return DEGREE_ADVERBS.some((adverb) => {
    const n = adverb.length;
    return at >= n && chars.slice(at - n, at).join('') === adverb;
  });
}

const VERB_SENSE = /^(?:\([^)]*\) )?to [a-z]/;

/** The one reading of `c` whose first CC-CEDICT sense is not a verb ("to …"), when only one is. */
function adjectiveReading(c: string, readings: readonly string[]): string | undefined {
  const adjectives = readings.filter((r) =>
    usableEntries(c).some((e) => e.pinyinNumbered.toLowerCase() === r && e.definitions.length > 0 && !VERB_SENSE.test(e.definitions[0])),
  );
  return adjectives.length === 1 ? adjectives[0] : undefined;
}
