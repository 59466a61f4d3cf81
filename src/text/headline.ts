import { classify } from './debris.js';
import { evidenceOf } from './paragraph-evidence.js';
import { clauseSpans } from './example-clause.js';

/**
 * An article's headline, as a deck's name: from a page's <title> (without the site, channel and
 * section names pages put around it) and <h1>/og:title, or from the first lines of a text.
 * Shapes only — a separator followed by a name ending the way site and channel names end —
 * never a list of sites.
 */

/**
 * Where a site, channel or publisher name ends: 新华网, 网易新闻, 山西省人民政府门户网站, 股票频道,
 * 人民日报, 中华人民共和国公安部 (a body publishing on its own site).
 */
const SITE_END =
  /(?:网|网站|门户|频道|新闻|资讯|日报|晚报|早报|时报|商报|周刊|周报|报|客户端|官网|官方网站|在线|中心|首页|电视台|卫视|之声|通讯社|新闻社|政府|政务|论坛|专栏|平台|部|委|委员会|局|署|厅|办|办公室|APP|App|app)$/u;
/** A domain or a site's Latin name in brackets: (cctv.com), www.gov.cn. */
const DOMAIN = /(?:www\.|\.(?:com|cn|net|org|gov)\b)/iu;
/** Site names are short. */
const SITE_MAX_CHARS = 24;
/** A section between the headline and the site name (_政策_, -时政-, _中央有关文件_) is this short. */
const SECTION_MAX_HAN = 6;

/**
 * Separators of a page title's parts: _ | ｜ and dashes. A hyphen counts between Han (a score,
 * 5-0, is no separator); a doubled em dash (——) opens a subtitle and is no separator either.
 */
const SEPARATOR = /\s*[_|｜┊]\s*|\s+[-－–—]{1,2}\s+|\s*(?:--|－)\s*|(?<!—)[—–](?!—)|(?<=[\p{Script=Han}”」》）)])-(?=\p{Script=Han})/gu;

/** A part of a page title that names the site, the channel or the publisher rather than the news. */
export function isSiteName(part: string): boolean {
  const p = part.trim().replace(/[(（][A-Za-z0-9.\-]+[)）]$/u, '').trim();
  if (p === '' || part.length > SITE_MAX_CHARS) return false;
  if (/[，。！？；：,;!?]/u.test(p)) return false;
  if (!/\p{Script=Han}/u.test(p)) return /^[A-Za-z0-9 .&'-]+$/u.test(p);
  return SITE_END.test(p) || DOMAIN.test(part);
}

/**
 * The headline in a page title: "标题_新华网", "标题-股票频道-和讯网", "标题 - 山西省人民政府门户网站",
 * "标题_政策_中国政府网" → "标题". Trailing parts that are site names go, and the short section
 * names just before them; a leading site name goes too. Separators inside the headline stay.
 */
export function stripSiteName(title: string): string {
  const parts: Array<{ text: string; start: number; end: number }> = [];
  let at = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push({ text: title.slice(at, m.index), start: at, end: m.index });
    at = m.index + m[0].length;
  }
  parts.push({ text: title.slice(at), start: at, end: title.length });
  const real = parts.filter((p) => p.text.trim() !== '');
  if (real.length <= 1) return title.trim();
  let lo = 0;
  let hi = real.length - 1;
  while (lo < hi && isSiteName(real[lo].text)) lo++;
  let site = false;
  while (hi > lo && (isSiteName(real[hi].text) || (site && isSection(real[hi].text)))) {
    site ||= isSiteName(real[hi].text);
    hi--;
  }
  return title.slice(real[lo].start, real[hi].end).trim();
}

function isSection(part: string): boolean {
  const han = part.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han > 0 && han <= SECTION_MAX_HAN && !/[，。！？；：,;!?\d]/u.test(part);
}

/** Spaces and punctuation out: two forms of one headline compare equal. */
function bare(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * A page's headline from its <title> and its <h1>s and og:title: the <title> minus the site
 * name, or the h1/og:title that agrees with it (the same words, or one holding the other
 * nearly whole: a title cut short, a logo h1 does not agree). With no usable <title>, the
 * first h1 or og:title that is not a site name.
 */
export function pageHeadline(docTitle: string, candidates: string[]): string {
  const base = stripSiteName(docTitle);
  const others = candidates.map(stripSiteName).filter((c) => /\p{Script=Han}/u.test(c) && !isSiteName(c));
  const b = bare(base);
  if (b !== '' && !isSiteName(base)) {
    const agrees = others.find((c) => {
      const x = bare(c);
      if (x === b) return true;
      const [short, long] = x.length < b.length ? [x, b] : [b, x];
      return short.length >= HEADLINE_MIN_HAN && long.includes(short) && short.length * 4 >= long.length * 3;
    });
    return agrees ?? base;
  }
  return others[0] ?? base;
}

/** Lines of some substance (HEADLINE_MIN_HAN Han or more) a headline may hide behind: a banner, a menu. */
const HEADLINE_WINDOW = 8;
/** 新闻联播 headlines run to 60 characters and more, in spaced parts without punctuation. */
const HEADLINE_MAX_CHARS = 80;
export const HEADLINE_MIN_HAN = 4;
/** Shorter than this, a headline-shaped line may be a section name above the real headline. */
const SECTION_LINE_HAN = 8;
/** A genre tag portals put before headlines: [视频], 【图文】. */
const HEADLINE_TAG = /^[\[【(（][\p{Script=Han}]{1,4}[\]】)）]\s*/u;
/** A section's ordinal: 三、 （一） 1. 第一章 */
const ORDINAL = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．]\s*|第[一二三四五六七八九十\d]+[章节部分篇]\s*)/u;
/** A site banner standing as a line of its own (新华网, 新闻中心, 山西省人民政府门户网站) is this short. */
const BANNER_MAX_CHARS = 12;
/** A whole line in brackets: a date of adoption (（2023年1月2日）), a note. */
const BRACKETED = /^[(（【\[][^]*[)）】\]]$/u;
/** A full date: a dateline or an adoption note, not a headline. */
const FULL_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u;

/**
 * Whether a line of text reads like a headline: a few Han characters, no sentence in it, not
 * page furniture, a site banner, a date or a bracketed note. A headline may be long and
 * unpunctuated (a row of links looks the same, but not as the first line of substance).
 */
function headlineShaped(line: string): boolean {
  const e = evidenceOf(line);
  if (e.boilerplate || e.menu || e.dateline || e.endMarker || e.bullet) return false;
  if (e.han < HEADLINE_MIN_HAN || e.stops > 0 || line.length > HEADLINE_MAX_CHARS) return false;
  if (/[，,；;：:、]$/u.test(line) || /^原标题/u.test(line)) return false;
  const untagged = line.replace(HEADLINE_TAG, '');
  return !BRACKETED.test(untagged) && !FULL_DATE.test(line) && !(untagged.length <= BANNER_MAX_CHARS && isSiteName(untagged));
}

/**
 * The headline of a text: among its first HEADLINE_WINDOW lines of substance, before the first
 * sentence of prose, the first headline-shaped line — a Markdown heading (`headings`) before
 * any other. A short line (a section name such as 时政要闻) gives way to a longer
 * headline-shaped line right after it. -1 when there is none.
 */
export function headlineIndex(lines: string[], headings: ReadonlySet<string> = new Set()): number {
  const found: number[] = [];
  for (let i = 0, seen = 0; i < lines.length && seen < HEADLINE_WINDOW; i++) {
    const e = evidenceOf(lines[i]);
    if (e.han >= HEADLINE_MIN_HAN) seen++;
    if (e.stops > 0 && e.han >= HEADLINE_MIN_HAN * 3) break;
    if (headlineShaped(lines[i])) found.push(i);
  }
  const heading = found.find((i) => headings.has(lines[i]));
  if (heading !== undefined) return heading;
  if (found.length === 0) return -1;
  const [first, next] = found;
  const han = (i: number) => evidenceOf(lines[i]).han;
  return next !== undefined && han(first) < SECTION_LINE_HAN && han(next) > han(first) ? next : first;
}

/** The deck's name from a headline line: without a genre tag, a section's ordinal or a site name. */
export function headlineName(line: string): string {
  const name = stripSiteName(line.replace(HEADLINE_TAG, '').trim().replace(ORDINAL, '').trim());
  return name || line.trim();
}

/** A name made of a text's opening words holds this many Han characters at least, when it can… */
const OPENING_MIN_HAN = 6;
/** …and is cut at this many characters, with "…". */
const OPENING_MAX_CHARS = 24;

/**
 * A name for a text without a headline (a sentence piped in): its first clause, joined by the
 * next while too short to name anything (会议指出), without its closing mark; cut with "…" when
 * long. 各级公安机关要坚持依法办事，切实提升执法公信力。 → 各级公安机关要坚持依法办事.
 */
export function openingName(paragraphs: readonly string[]): string {
  const text = (paragraphs.find((p) => /\p{Script=Han}/u.test(p)) ?? '').trim();
  let end = 0;
  for (const [, e] of clauseSpans(text)) {
    end = e;
    if (evidenceOf(text.slice(0, end)).han >= OPENING_MIN_HAN) break;
  }
  const name = Array.from(text.slice(0, end).replace(/[，。；：！？、,;:!?\s]+$/u, ''));
  return name.length > OPENING_MAX_CHARS ? `${name.slice(0, OPENING_MAX_CHARS - 1).join('')}…` : name.join('');
}
