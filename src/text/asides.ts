/**
 * Lines of an article that are not its body: the headline, a photo caption (图为…, …（记者 X 摄）),
 * the 原标题 line of a reprint, and headings (a section's title, 三、重点抽查; an item's headline
 * in a day's transcript). Their words count, but a card shows a sentence of the body when the
 * body has one.
 */

const CAPTION_START = /^(?:[上下左右]?图[为：:]|图片[为：:]|图\s*\/|资料图)/u;
/** A photographer's credit closing a caption: （新华社记者 X 摄）, 本报记者阮洋摄. */
const CREDIT_END = /(?:[（(][^（）()]{0,30}摄[)）]|(?:记者|通讯员|摄影)[^，。,]{0,16}摄)[。.]?$/u;
const REPRINT = /^原标题[：:]/u;

/** Headings are no longer than a long headline (新闻联播's run to 60 characters and more). */
const HEADING_MAX_CHARS = 80;
/** A sentence ends, or a clause goes on: prose, not a heading (a heading may hold a colon or spaces). */
const PROSE_MARK = /[。！？!?；;…，,]/u;

export function isAside(paragraph: string, sentences: readonly string[]): boolean {
  return (
    REPRINT.test(paragraph) || CREDIT_END.test(paragraph) || isHeading(paragraph) || sentences.some((s) => CAPTION_START.test(s))
  );
}

/** A line with Han characters and neither a sentence's end nor a clause's comma, headline-short. */
export function isHeading(paragraph: string): boolean {
  return paragraph.length <= HEADING_MAX_CHARS && !PROSE_MARK.test(paragraph) && /\p{Script=Han}/u.test(paragraph);
}

/** A numbered item's mark: 一、 （三） (3) 3. 3、 3．. */
const ITEM_NUMBER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d))/u;
/** A numbered item's first sentence up to this long is its heading (（一）推进政务公开，强化解读回应。). */
const ITEM_HEADING_MAX_CHARS = 30;

/**
 * The sentences of the title and of every caption or reprint line, as `split` cuts them; and the
 * first sentence of a numbered item when short, its heading (3.坚持互联融合。按照…: the body goes on
 * after it).
 */
export function asideSentences(title: string, paragraphs: readonly string[], split: (p: string) => string[]): Set<string> {
  const out = new Set<string>(split(title));
  for (const p of paragraphs) {
    const numbered = ITEM_NUMBER.test(p);
    // Most paragraphs show at once that they are none of these (a 10 MB text has 50,000).
    if (!numbered && !p.includes('图') && !p.includes('摄') && !p.startsWith('原标题') && !isHeading(p)) continue;
    const sentences = split(p);
    if (isAside(p, sentences)) for (const s of sentences) out.add(s);
    else if (numbered && sentences.length > 0 && [...sentences[0]].length <= ITEM_HEADING_MAX_CHARS) out.add(sentences[0]);
  }
  return out;
}
