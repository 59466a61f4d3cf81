/**
 * What one paragraph shows about itself: how much Chinese it holds, how much sentence
 * punctuation, and whether it has the shape of page furniture (a menu, a list item, a
 * share or copyright line, a dateline). Structural patterns only: no site names.
 */

export interface Evidence {
  /** Han characters. */
  han: number;
  /** Sentence and clause punctuation (full-width, or half-width right after Han). */
  punct: number;
  /** Sentence-final marks: 。！？ (and ! ? after Han). */
  stops: number;
  /** Starts with a bullet (•·▪◆■●○►-*) followed by text. */
  bullet: boolean;
  /** Starts with a list number (1. / 1、 / (1) / ①). */
  numbered: boolean;
  /** Four or more short items separated by spaces or bars, no sentence punctuation. */
  menu: boolean;
  /** A share/comment/copyright/registration/navigation line. */
  boilerplate: boolean;
  /** A line that starts the page's tail (share bar, editor credit, related links…). */
  endMarker: boolean;
  /** A date or time with little else: a dateline or timestamp. */
  dateline: boolean;
}

const HAN = /\p{Script=Han}/gu;

const BULLET = /^[•·▪▫◆◇■□●○►▶※→√\-*+]\s*\S/u;
const NUMBERED = /^(?:\d{1,3}\s*[.、．)）]|[(（]\d{1,3}[)）]|[①-⑳])/u;
/** "人民网>>时政>>正文", "首页 > 新闻 > 正文": where-am-I trails. */
const BREADCRUMB = /^[^。，,！？]{1,30}?(?:>>?|»|＞|›)[^。，,！？]{1,30}?(?:>>?|»|＞|›)/u;
const ITEM_SPLIT = /\s+|[|｜┊┆丨]+/u;

/**
 * Furniture of Chinese news and government pages. Each names a function a page line has
 * (sharing, printing, copyright, ICP registration, editor credit, navigation), so any site
 * built the usual way is covered; a long paragraph of prose is never judged by these.
 */
const BOILERPLATE = new RegExp(
  [
    '版权所有', '版权声明', '[Cc]opyright', '©', '\\(c\\)\\s*\\d{4}', 'All Rights Reserved',
    'ICP\\s*[备证]', '公网安备', '增值电信', '信息网络传播视听节目许可',
    '违法和不良信息', '不良信息举报', '举报电话', '举报邮箱',
    '分享到', '分享至', '转发到', '一键分享', '扫一扫', '扫描二维码', '微信扫',
    '责任编辑', '当前位置[:：]', '您的位置[:：]', '责编[:：]', '编辑[:：]', '来源[:：]', '作者[:：]', '发布时间[:：]', '发布日期[:：]',
    '打印本页', '【打印】', '关闭窗口', '【关闭】', '【纠错】', '【字号', '字号[:：]', '字体[:：]',
    '大\\s*中\\s*小', '收藏本页', '加入收藏', '设为首页', '返回顶部', '回到顶部', '返回首页',
    '上一篇', '下一篇', '点击[数量][:：]?\\s*\\d', '浏览次数', '阅读次数', '阅读量',
    '相关新闻', '相关阅读', '相关链接', '相关文章', '相关报道', '延伸阅读', '推荐阅读',
    '热点推荐', '热门推荐', '热门文章', '精彩推荐', '猜你喜欢', '更多新闻', '更多>>',
    '我要评论', '发表评论', '网友评论', '评论\\s*[(（]\\d*[)）]', '条评论', '已有\\d+人',
    '下载APP', 'APP下载', '客户端下载', '查看原文', '阅读原文', '原文链接', '点击查看',
  ].join('|'),
  'u',
);

/** Words that are page furniture when they stand alone as an item of a short line. */
const FURNITURE_ITEMS = new Set([
  '登录', '注册', '退出', '首页', '打印', '关闭', '收藏', '评论', '分享', '提交', '取消', '发表',
  '搜索', '返回', '更多', '纠错', '举报', '订阅', '投稿', '联系我们', '关于我们', '网站地图',
  '广告服务', '免责声明', '隐私政策', '客户端', '微博', '微信', '手机版', '繁体', '简体', 'RSS',
]);

/** Lines after which a page usually holds no more of the article. */
const END_MARKER =
  /^(?:分享到|分享至|转发到|一键分享|【?责任编辑|责编[:：]|相关新闻|相关阅读|相关链接|相关文章|相关报道|延伸阅读|推荐阅读|热点推荐|热门推荐|精彩推荐|猜你喜欢|网友评论|发表评论|我要评论|【纠错】|版权所有|[Cc]opyright|©)/u;

const DATE = /\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?|\d{1,2}\s*:\s*\d{2}(?::\d{2})?/gu;

/** Prose this long is judged as prose, never by the boilerplate patterns. */
export const LONG_PROSE = 60;

export function evidenceOf(paragraph: string): Evidence {
  const p = paragraph.trim();
  const { han, punct, stops } = countChars(p);
  const prose = han >= LONG_PROSE && stops >= 1;
  return {
    han,
    punct,
    stops,
    bullet: BULLET.test(p),
    numbered: NUMBERED.test(p),
    menu: (punct === 0 && isMenu(p)) || (p.length <= 80 && BREADCRUMB.test(p)),
    boilerplate: !prose && (BOILERPLATE.test(p) || hasFurnitureItem(p)),
    endMarker: !prose && END_MARKER.test(p),
    dateline: stops === 0 && isDateline(p),
  };
}

/**
 * Han characters and punctuation in one pass (regexes per class cost several times more on
 * a 10 MB input). Half-width , ; : ! ? count only right after Han or a closing quote.
 */
function countChars(p: string): { han: number; punct: number; stops: number } {
  let han = 0;
  let punct = 0;
  let stops = 0;
  let prevHanLike = false;
  for (let i = 0; i < p.length; i++) {
    let cp = p.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < p.length) {
      cp = p.codePointAt(i)!;
      i++;
    }
    const isHan = isHanCode(cp);
    if (isHan) han++;
    if (cp === 0x3002 || cp === 0xff01 || cp === 0xff1f) {
      punct++;
      stops++;
    } else if (cp === 0xff0c || cp === 0xff1b || cp === 0xff1a || cp === 0x3001) {
      punct++;
    } else if (prevHanLike && (cp === 0x21 || cp === 0x3f)) {
      punct++;
      stops++;
    } else if (prevHanLike && (cp === 0x2c || cp === 0x3b || cp === 0x3a)) {
      punct++;
    }
    prevHanLike = isHan || cp === 0x201d || cp === 0x2019 || cp === 0xff09;
  }
  return { han, punct, stops };
}

/** Script=Han, by code point ranges (CJK ideographs, extensions, compatibility, 々〇). */
export function isHanCode(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x323af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    cp === 0x3005 ||
    cp === 0x3007 ||
    (cp >= 0x3021 && cp <= 0x3029) ||
    (cp >= 0x3038 && cp <= 0x303b)
  );
}

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

function hasFurnitureItem(p: string): boolean {
  return p.split(ITEM_SPLIT).some((item) => FURNITURE_ITEMS.has(item.replace(/^[【\[(（]|[】\])）]$/gu, '')));
}

/** Many short items: a navigation bar or a row of links. */
function isMenu(p: string): boolean {
  const items = p.split(ITEM_SPLIT).filter((s) => s !== '');
  if (items.length < 4) return false;
  const hanPerItem = items.reduce((sum, s) => sum + count(s, HAN), 0) / items.length;
  return hanPerItem <= 6;
}

/** A date or time plus at most a short source name ("2012年09月08日23:42  公安部网站"). */
function isDateline(p: string): boolean {
  DATE.lastIndex = 0;
  if (!DATE.test(p)) return false;
  const rest = p.replace(DATE, '');
  return count(rest, HAN) <= 16;
}
