import type { WordFacts } from './word-facts.js';

/** jieba's proper-noun tags: person (nr, nrfg, nrt), place (ns), organisation (nt), other (nz). */
const PROPER = /^n[rstz]/;

/**
 * The 100 commonest surnames (2000s census order), and the common compound ones. jieba's HMM
 * tags unknown names 'x' (王珉, 唐军, 薛恒); a made-up 2–3 character token starting with one of
 * these is taken for a personal name.
 */
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
      '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  ),
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '司徒', '尉迟'];

/** Whether a character is one of the common surnames (SURNAMES, one character). */
export const isSurname = (char: string): boolean => SURNAMES.has(char);

/** A token jieba made up (no dictionary has it) that looks like a personal name. */
export function looksLikeName(word: string, facts: WordFacts): boolean {
  const chars = Array.from(word);
  if (chars.length < 2 || chars.length > 4) return false;
  if (facts.inCedict(word) || facts.jiebaCount(word) > 0) return false;
  if (COMPOUND_SURNAMES.some((s) => word.startsWith(s))) return chars.length >= 3;
  return chars.length <= 3 && SURNAMES.has(chars[0]);
}

/**
 * jieba tags many of its placeholder phrases (count 3) 'nr': 严格执行, 宣传教育, 从严治党. A
 * count-3 'nr' token that does not start with a surname is such a phrase, not a person.
 */
export function isPlaceholderName(word: string, facts: WordFacts): boolean {
  const count = facts.jiebaCount(word);
  return count > 0 && count <= 3 && !SURNAMES.has(Array.from(word)[0]) && !facts.inCedict(word);
}

/**
 * Corrects jieba's proper-noun tags against CC-CEDICT, which capitalises proper nouns:
 * jieba tags 安全感, 公正, 文明 'nr' and 治安 'ns'; CC-CEDICT lists them only in lower case,
 * so they are common words ('n'). A word CC-CEDICT knows only as a proper noun (大连, jieba
 * 'd') becomes 'nz' unless jieba already gave a proper tag.
 */
export function fixProperTag(word: string, tag: string, facts: WordFacts): string {
  const strong = facts.readings(word).filter((e) => !e.weak);
  if (strong.length === 0) return tag;
  const capitalised = strong.filter((e) => /^[A-Z]/.test(e.pinyinNumbered)).length;
  if (PROPER.test(tag) && capitalised === 0) return 'n';
  if (!PROPER.test(tag) && capitalised === strong.length) return 'nz';
  return tag;
}
