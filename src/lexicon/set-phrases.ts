import type { WordFacts } from './word-facts.js';

/** The tag of a set phrase jieba does not list (jieba's own for fixed expressions). */
export const SET_PHRASE_TAG = 'l';

/**
 * Official set phrases that are one card whether or not a dictionary lists them. Each is a
 * pattern of the string and the dictionaries, never a list of phrases:
 * - X Y X Z, two verbs sharing their first character, one of them no CC-CEDICT word (联防联控,
 *   复工复产, 群防群治, 共建共享: a half that cannot be a card of its own); two everyday verbs
 *   (生产生活, 检查检验, 收听收看) and nouns, adjectives and adverbs that happen to share one
 *   (中国中央, 全国全面) are neighbours;
 * - A B 尽 B, "every B that should be B'd is" (应收尽收, 应治尽治, 能保尽保);
 * - V₁A₁V₂A₂, two verbs made of a verb and an adjective, one of them no CC-CEDICT word
 *   (扫黑除恶), so that two everyday verbs side by side (提高加快) stay two;
 * - X化 and X式, derivations of a dictionary word (常态化, 规范化, 集约式), and X式 before an
 *   action noun (中国式现代化, 一站式服务);
 * - an adjective and a bound noun morpheme before a noun (新质生产力: 质 is not a word alone).
 * Three- and four-character phrases jieba lists and tags nz (a name of a thing: 共同富裕,
 * 新闻联播) are kept whole by split-glued.ts.
 */
export function isSetPhrase(word: string, facts: WordFacts): boolean {
  const chars = Array.from(word);
  if (chars.length < 3) return false;
  if (chars.length === 4 && (isAbac(chars, facts) || isYingShouJinShou(chars, facts) || isTwoVerbPairs(chars, facts))) return true;
  if (isDerivation(chars, facts)) return true;
  if (isStyledAction(word, facts)) return true;
  return isBoundMorphemePhrase(chars, facts);
}

/** Tags a half of X Y X Z may not have: nouns, adjectives, adverbs, pronouns, numerals, places. */
const NOT_VERBAL = /^(n|a|d|r|m|t|s|f|b|q)/;

function isAbac(c: string[], facts: WordFacts): boolean {
  if (c[0] !== c[2] || c[1] === c[3]) return false;
  if (/^(p|c|u|r|m|y)/.test(facts.jiebaTag(c[0]) ?? '')) return false; // 的, 和, 一, 这…
  const halves = [c[0] + c[1], c[2] + c[3]];
  if (halves.every((half) => facts.inCedict(half))) return false;
  return halves.every((half) => {
    const tag = facts.jiebaTag(half);
    // A word CC-CEDICT lists and jieba does not is one whose part of speech is unknown, mostly a
    // newer noun (新增 新冠 are neighbours); halves no dictionary has are the phrase's own (复产).
    return tag === null ? !facts.inCedict(half) : !NOT_VERBAL.test(tag);
  });
}

function isYingShouJinShou(c: string[], facts: WordFacts): boolean {
  return c[2] === '尽' && c[1] === c[3] && c[0] !== '尽' && /^v/.test(facts.jiebaTag(c[1]) ?? '');
}

function isTwoVerbPairs(c: string[], facts: WordFacts): boolean {
  const tag = (s: string) => facts.jiebaTag(s) ?? '';
  if (tag(c[1]) !== 'a' || tag(c[3]) !== 'a') return false;
  const halves = [c[0] + c[1], c[2] + c[3]];
  return halves.every((h) => /^v/.test(tag(h))) && halves.some((h) => !facts.inCedict(h));
}

/** Tags of a stem that 化/式 derive from: nouns, verbs, adjectives (not names or function words). */
const STEM_TAGS = /^(n|ng|v|vn|a|an|b|l)$/;

/** X化 or X式 where X is a dictionary word of two or more characters. */
function isDerivation(c: string[], facts: WordFacts): boolean {
  const last = c[c.length - 1];
  if (last !== '化' && last !== '式') return false;
  const stem = c.slice(0, -1).join('');
  return facts.inCedict(stem) && STEM_TAGS.test(facts.jiebaTag(stem) ?? 'n');
}

/** X式 + an action noun or an X化 (中国式现代化, 一站式服务); not 开幕式讲话 (a plain noun). */
function isStyledAction(word: string, facts: WordFacts): boolean {
  const at = word.indexOf('式');
  if (at < 2 || at === word.length - 1) return false;
  const styled = word.slice(0, at + 1);
  const action = word.slice(at + 1);
  const isStyle = facts.inCedict(styled) || facts.jiebaCount(styled) > 3 || isDerivation(Array.from(styled), facts);
  return isStyle && isActionNoun(action, facts);
}

export function isActionNoun(word: string, facts: WordFacts): boolean {
  if (word.length < 2) return false;
  return facts.jiebaTag(word) === 'vn' || (word.endsWith('化') && (facts.inCedict(word) || isDerivation(Array.from(word), facts)));
}

/** Adjective, bound noun morpheme, noun of two or more characters (新质生产力). */
function isBoundMorphemePhrase(c: string[], facts: WordFacts): boolean {
  if (c.length < 4) return false;
  const noun = c.slice(2).join('');
  return isBoundPair(c[0], c[1], facts) && facts.inCedict(noun) && /^n/.test(facts.jiebaTag(noun) ?? '');
}

/** An adjective and a bound noun morpheme that are no word together (新质, not 高校). */
export function isBoundPair(adjective: string, morpheme: string, facts: WordFacts): boolean {
  const pair = adjective + morpheme;
  return (
    facts.jiebaTag(adjective) === 'a' && facts.jiebaTag(morpheme) === 'ng' &&
    !facts.inCedict(pair) && facts.jiebaCount(pair) === 0
  );
}
