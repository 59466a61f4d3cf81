import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { GuanhuaError } from '../errors.js';
import { dropDebris } from './debris.js';
import { decodeBytes, decodeHtmlBytes, sniffHtmlCharset } from './decode.js';
import { evidenceOf } from './paragraph-evidence.js';
import { HEADLINE_MIN_HAN, headlineIndex, headlineName, isSiteName, openingName } from './headline.js';
import { markdownHeadings, stripMarkdown, textParagraphs } from './plain-text.js';
import { dropRepeats } from './repeats.js';
import { dropLeadIn } from './lead-ins.js';

/**
 * One article, read from a file or standard input ("-"), decoded, stripped of markup and
 * page debris. The headline, when the text has one, is the first paragraph too: its words
 * are the article's words.
 */
export interface Article {
  title: string;
  paragraphs: string[];
  /** The paragraphs joined by "\n". */
  text: string;
  /** The file's base name, or "-" for standard input. */
  file: string;
}

export interface ReadOptions {
  stdin?: NodeJS.ReadableStream;
}

interface Parsed {
  title: string;
  paragraphs: string[];
}

export async function readArticle(input: string, opts: ReadOptions = {}): Promise<Article> {
  const fromStdin = input === '-';
  const where = fromStdin ? 'standard input' : input;
  const bytes = fromStdin ? await readStdin(opts.stdin ?? process.stdin) : await readInputFile(input);
  const file = fromStdin ? '-' : basename(input);
  const { title, paragraphs: found } = await parse(bytes, where, extname(input).toLowerCase());
  // A caption printed twice on the page counts once; a dateline is not the report.
  const paragraphs = dropRepeats(found.map(dropLeadIn).filter((p) => p !== ''));
  if (!paragraphs.some((p) => /\p{Script=Han}/u.test(p))) {
    throw new GuanhuaError(`${where} has no Chinese text to learn from: give an article written in Chinese`);
  }
  // Without a headline: the file's name, which the learner gave it; a piped text's opening words.
  const name = title || (fromStdin ? openingName(paragraphs) : basename(input, extname(input)));
  return { title: name, paragraphs, text: paragraphs.join('\n'), file };
}

/**
 * A text file or standard input ("-") decoded as it is, line for line: no markup stripped, no
 * debris dropped (what `guanhua pinyin` annotates).
 */
export async function readPlainText(input: string, opts: ReadOptions = {}): Promise<string> {
  const fromStdin = input === '-';
  const where = fromStdin ? 'standard input' : input;
  const bytes = fromStdin ? await readStdin(opts.stdin ?? process.stdin) : await readInputFile(input);
  const text = decodeBytes(bytes, where);
  if (!/\p{Script=Han}/u.test(text)) {
    throw new GuanhuaError(`${where} has no Chinese text to read: give a text written in Chinese`);
  }
  return text;
}

/** The text's paragraphs and its headline ('' when it has none). */
async function parse(bytes: Buffer, where: string, ext: string): Promise<Parsed> {
  if (HTML_EXTENSIONS.has(ext)) return fromHtml(decodeHtmlBytes(bytes, where));
  // A page saved under another name, or piped in, is still a page.
  const headLatin1 = bytes.toString('latin1', 0, Math.min(bytes.length, 1024));
  const text = decodeBytes(bytes, where, looksLikeHtml(headLatin1) ? sniffHtmlCharset(bytes) : undefined);
  if (looksLikeHtml(text.slice(0, 1024))) return fromHtml(text);
  return fromText(text, ext === '.md' || ext === '.markdown' ? 'markdown' : 'text');
}

async function readInputFile(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new GuanhuaError(`${path} is a directory: give the article's file`);
    return await readFile(path);
  } catch (err) {
    if (err instanceof GuanhuaError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new GuanhuaError(`cannot read ${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new GuanhuaError(`cannot read ${path}: permission denied; check the file's permissions`);
    }
    if (code === 'EISDIR') throw new GuanhuaError(`${path} is a directory: give the article's file`);
    throw new GuanhuaError(`cannot read ${path}: ${(err as Error).message}`);
  }
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  // Waiting on a terminal for an article nobody is typing would look like a hang.
  if ((stream as { isTTY?: boolean }).isTTY) {
    throw new GuanhuaError('standard input is a terminal: pipe the article in (… | guanhua generate -) or give its file');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/** Opens like a page: a doctype, <html>, <head>, <meta> or <body> first (after a BOM). */
function looksLikeHtml(head: string): boolean {
  return /^(?:\ufeff|\xef\xbb\xbf)?\s*(?:<!--[^]*?-->\s*)?(?:<!doctype html|<html[\s>]|<head[\s>]|<meta\s|<body[\s>])/i.test(head);
}

async function fromHtml(html: string): Promise<Parsed> {
  // linkedom and Readability load only for pages: plain text does not pay their start-up.
  const { extractHtml } = await import('./html.js');
  const { title: pageTitle, paragraphs } = extractHtml(html);
  // A page whose only title is its site's name is named like a text without a headline.
  const title = isSiteName(pageTitle) ? '' : pageTitle;
  // The headline leads the body, unless Readability already kept it there.
  const bare = (t: string) => t.replace(/\s+/gu, '');
  // A bare site name ("新华网") for a title is not worth cards: a headline has some length.
  const headline = evidenceOf(title).han >= HEADLINE_MIN_HAN;
  const lead = headline && bare(paragraphs[0] ?? '') !== bare(title) ? [title] : [];
  return { title, paragraphs: [...lead, ...paragraphs] };
}

function fromText(text: string, kind: 'text' | 'markdown'): Parsed {
  const markdown = kind === 'markdown';
  const lines = textParagraphs(markdown ? stripMarkdown(text) : text);
  const at = headlineIndex(lines, markdown ? markdownHeadings(text) : undefined);
  if (at < 0) return { title: '', paragraphs: dropDebris(lines) };
  const title = headlineName(lines[at]);
  const body = dropDebris(lines.slice(at + 1));
  return { title, paragraphs: [title, ...body] };
}

