import { usableEntries } from './cedict.js';

/**
 * Grammar that settles a polyphone where g2pM, trained on encyclopedia sentences, is unsure or
 * wrong in official register. Each rule is a construction, not a word list; on CPP's dev split
 * together they change no reading (see the README's figures).
 *
 * - 处 before the preposition 以 or 于 is the verb chǔ: 处以罚款, 处于领先地位.
 * - 应 in 应X尽X is the modal yīng: 应收尽收, 应治尽治, 应保尽保.
 * - 为 in 为…而 + verb (a purpose: 为全面建设社会主义现代化国家而奋斗) is wèi, unless 以 opens the
 *   construction (以…为…: wéi).
 * - After a degree adverb (很, 太, 最, 非常 …) a polyphone is an adjective: its one reading whose
 *   first CC-CEDICT sense is not a verb ("to …"), when only one is (很重 zhòng, not chóng), else
 *   its one reading with an adjective's sense (很长 cháng, not zhǎng).
 */
export function ruleReading(chars: readonly string[], at: number, readings: readonly string[]): string | undefined {
  const c = chars[at];
  if (c === '处' && (chars[at + 1] === '以' || chars[at + 1] === '于')) return pick(readings, 'chu3');
  if (c === '应' && chars[at + 2] === '尽' && chars[at + 1] === chars[at + 3] && chars[at + 1] !== undefined) return pick(readings, 'ying1');
  if (c === '为' && isPurpose(chars, at)) return pick(readings, 'wei4');
  if (afterDegreeAdverb(chars, at)) return adjectiveReading(c, readings);
  return undefined;
}

/** Marks that end a clause: a construction never reaches across one. */
const CLAUSE_MARK = /[，。；：！？、,.;:!?\s“”《》（）()]/u;
/** The longest stretch between 为 and its 而 looked at. */
const PURPOSE_SPAN = 24;

/**
 * 为 … 而 + verb within one clause, 而 being the conjunction (not 从而, 因而, 然而, 进而, 反而, 继而;
 * not 而已, 而言), and no 以 before 为 in the clause.
 */
function isPurpose(chars: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= 0 && !CLAUSE_MARK.test(chars[i]); i--) if (chars[i] === '以') return false;
  for (let i = at + 2; i < chars.length && i <= at + PURPOSE_SPAN && !CLAUSE_MARK.test(chars[i]); i++) {
    if (chars[i] !== '而') continue;
    const next = chars[i + 1] ?? '';
    return !'从因然进反继故'.includes(chars[i - 1]) && !'已言且'.includes(next) && /\p{Script=Han}/u.test(next);
  }
  return false;
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

/**
 * The one reading of `c` whose first CC-CEDICT sense is not a verb ("to …"), when only one is;
 * else the one reading with an adjective's sense at all, when only one has (很长 cháng "long",
 * not zhǎng "chief; head; to grow"; 很少 stays to the model: shǎo "less" and shào "young" both are).
 */
function adjectiveReading(c: string, readings: readonly string[]): string | undefined {
  const entries = (r: string) => usableEntries(c).filter((e) => e.pinyinNumbered.toLowerCase() === r && e.definitions.length > 0);
  const notVerbs = readings.filter((r) => entries(r).some((e) => !VERB_SENSE.test(e.definitions[0])));
  if (notVerbs.length === 1) return notVerbs[0];
  const adjectives = notVerbs.filter((r) => entries(r).some((e) => e.classes.includes('a')));
  return adjectives.length === 1 ? adjectives[0] : undefined;
}
