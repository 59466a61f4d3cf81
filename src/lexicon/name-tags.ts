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

/** Items a list of personal names has at least (李鸿忠、王东明、肖捷、郑建邦). */
const NAME_LIST_MIN = 4;
/** A name of the list: two to four Han characters, or parts joined by a middle dot (帕巴拉·格列朗杰). */
const NAME_ITEM = /^\p{Script=Han}{2,4}(?:[·•‧・]\p{Script=Han}{1,6})*$/u;

/**
 * The personal names a text lists between 、 marks: three or more items in a row, each shaped
 * like a name (see NAME_ITEM), three in four of which open with a common surname or join parts
 * with a middle dot. Only items with a 、 on both sides are taken: the first and last of a run
 * run on into the sentence (执行主席李鸿忠、…、刘奇在主席台就座). jieba cuts names it does not
 * know into pieces (武 维华, 郑 建邦, 洛桑 江村): the pieces are not words of the text.
 */
export function listedNames(text: string): string[] {
  const out: string[] = [];
  for (const run of text.split(/[，。；：！？,;:!?\n（）()“”]/u)) {
    const items = run.split('、');
    if (items.length < NAME_LIST_MIN) continue;
    // Stretches of name-shaped items between 、 marks (a title may head the run: 执行主席李鸿忠).
    let stretch: string[] = [];
    for (const item of [...items.slice(1, -1), '']) {
      if (NAME_ITEM.test(item)) {
        stretch.push(item);
        continue;
      }
      if (stretch.length >= NAME_LIST_MIN - 1 && stretch.filter(looksNamed).length * 4 >= stretch.length * 3) out.push(...stretch);
      stretch = [];
    }
  }
  return out;
}

function looksNamed(item: string): boolean {
  return SURNAMES.has(Array.from(item)[0]) || COMPOUND_SURNAMES.some((c) => item.startsWith(c)) || /[·•‧・]/u.test(item);
}
