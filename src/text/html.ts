import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { dropDebris } from './debris.js';
import { blocks, type Block, type DomDocument, type DomNode } from './html-blocks.js';
import { pageHeadline } from './headline.js';
import { evidenceOf } from './paragraph-evidence.js';

/**
 * The article in an HTML page: Readability over a linkedom document finds the main
 * content; when it finds nothing usable, the body's text blocks (minus navigation,
 * headers, footers and forms) are taken instead. Either way the paragraphs still pass
 * through dropDebris, since Readability keeps editor credits and share lines.
 */

/** Han characters Readability's result must keep, after debris, to be trusted. */
const MIN_ARTICLE_HAN = 40;

export interface HtmlArticle {
  title: string;
  paragraphs: string[];
}

export function extractHtml(html: string): HtmlArticle {
  const page = parse(html);
  const title = pageTitle(page);
  // Readability rewrites the tree it reads: the fallback parses the page afresh.
  const found = runReadability(page);
  const kept = dropDebris(found?.content ? proseBlocks(blocks(parse(`<body>${found.content}</body>`).body)) : []);
  const paragraphs = hanCount(kept) >= MIN_ARTICLE_HAN ? kept : dropDebris(bodyParagraphs(parse(html)));
  return { title: title || clean(found?.title ?? ''), paragraphs };
}

function parse(html: string): DomDocument {
  // linkedom's types lean on lib.dom, which this Node project does not load.
  const page = parseHTML(html).document as unknown as DomDocument;
  // A fragment saved without <html> (a crawler's content column, a copied <div>) roots the tree
  // at its first element and leaves the body empty: read it as a page's body.
  if (page.documentElement?.nodeName !== 'HTML') return parseHTML(`<html><body>${html}</body></html>`).document as unknown as DomDocument;
  return page;
}

function runReadability(document: DomDocument): ReturnType<Readability['parse']> {
  try {
    // Chinese articles are short in characters: lower the 500-character default.
    // linkedom's Document is structurally what Readability walks, but typed apart from lib.dom.
    return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 120,
    }).parse();
  } catch {
    // A page Readability cannot walk still has a body to fall back on.
    return null;
  }
}

const SKIP_IN_BODY = 'nav, header, footer, aside, form, select, button, script, style, noscript, template';

function bodyParagraphs(page: DomDocument): string[] {
  const body = page.body ?? page.documentElement;
  for (const el of Array.from(body.querySelectorAll(SKIP_IN_BODY))) el.remove();
  return proseBlocks(blocks(body));
}

/** Share of a block's text inside links above which it is a link list, unless it is prose. */
const MAX_LINK_DENSITY = 0.5;

/** Drops blocks that are mostly link text (menus, headline lists), as jusText does. */
function proseBlocks(found: Block[]): string[] {
  return found
    .filter((b) => b.linkChars <= b.chars * MAX_LINK_DENSITY || evidenceOf(b.text).stops >= 2)
    .map((b) => b.text);
}

/** The headline: <title> minus the site name, or the h1 / og:title that agrees with it. */
function pageTitle(page: DomDocument): string {
  const docTitle = clean(page.querySelector('title')?.textContent ?? '');
  const og = page.querySelector('meta[property="og:title"]');
  const h1s = Array.from(page.querySelectorAll('h1')).map((h: DomNode) => clean(h.textContent ?? ''));
  const headline = pageHeadline(docTitle, [clean(og?.getAttribute?.('content') ?? ''), ...h1s]);
  return headline || labelledTitle(page);
}

/** A 标题 label: the row of a government page's document table (标　　题： | the title). */
const TITLE_LABEL = /^标\s*题\s*[:：]\s*(.*)$/u;

/** The title a page names in a labelled field, for a page without <title> or <h1>; '' when none. */
function labelledTitle(page: DomDocument): string {
  const texts = blocks(page.body ?? page.documentElement).map((b) => clean(b.text));
  for (const [i, text] of texts.entries()) {
    const label = TITLE_LABEL.exec(text);
    if (label) return label[1] || (texts[i + 1] ?? '');
  }
  return '';
}

function clean(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
}

function hanCount(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.match(/\p{Script=Han}/gu)?.length ?? 0;
  return n;
}
