import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { GuanhuaError } from '../errors.js';
import { dropDebris } from './debris.js';
import { decodeBytes, decodeHtmlBytes } from './decode.js';
import { extractHtml } from './html.js';
import { classify } from './debris.js';
import { evidenceOf } from './paragraph-evidence.js';
import { stripMarkdown, textParagraphs } from './plain-text.js';

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

type Kind = 'text' | 'markdown' | 'html';

export async function readArticle(input: string, opts: ReadOptions = {}): Promise<Article> {
  const fromStdin = input === '-';
  const where = fromStdin ? 'standard input' : input;
  const bytes = fromStdin ? await readStream(opts.stdin ?? process.stdin) : await readInputFile(input);
  const kind = kindOf(input, bytes);
  const file = fromStdin ? '-' : basename(input);
  const fallbackTitle = fromStdin ? 'stdin' : basename(input, extname(input));
  const { title, paragraphs } =
    kind === 'html' ? fromHtml(bytes, where) : fromText(decodeBytes(bytes, where), kind, fallbackTitle);
  if (!paragraphs.some((p) => /\p{Script=Han}/u.test(p))) {
    throw new GuanhuaError(`${where} has no Chinese text to learn from: give an article written in Chinese`);
  }
  return { title: title || fallbackTitle, paragraphs, text: paragraphs.join('\n'), file };
}

async function readInputFile(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new GuanhuaError(`${path} is a directory: give the article's file`);
    if (!info.isFile()) throw new GuanhuaError(`${path} is not a regular file: give the article's file`);
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

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function kindOf(input: string, bytes: Buffer): Kind {
  const ext = extname(input).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'text';
  // Unknown extension or stdin: HTML when it opens like a page.
  const head = bytes.toString('latin1', 0, Math.min(bytes.length, 1024)).replace(/^\ufeff|^\xef\xbb\xbf/, '');
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<meta\s|<body[\s>])/i.test(head) ? 'html' : 'text';
}

function fromHtml(bytes: Buffer, where: string): { title: string; paragraphs: string[] } {
  const { title, paragraphs } = extractHtml(decodeHtmlBytes(bytes, where));
  // The headline leads the body, unless Readability already kept it there.
  const lead = title && /\p{Script=Han}/u.test(title) && paragraphs[0] !== title ? [title] : [];
  return { title, paragraphs: [...lead, ...paragraphs] };
}

function fromText(text: string, kind: Kind, fallbackTitle: string): { title: string; paragraphs: string[] } {
  const lines = textParagraphs(kind === 'markdown' ? stripMarkdown(text) : text);
  const at = headlineIndex(lines);
  if (at < 0) return { title: fallbackTitle, paragraphs: dropDebris(lines) };
  const title = lines[at].replace(HEADLINE_TAG, '').trim() || lines[at];
  const body = dropDebris(lines.slice(at + 1));
  return { title, paragraphs: [title, ...body] };
}

/** Lines a headline may hide behind (menus, a site banner). */
const HEADLINE_WINDOW = 8;
const HEADLINE_MAX_CHARS = 50;
/** A genre tag portals put before headlines: [视频], 【图文】. */
const HEADLINE_TAG = /^[\[【(（][\p{Script=Han}]{1,4}[\]】)）]\s*/u;

/**
 * The first line that is not page furniture, when it reads like a headline: a few Han
 * characters, short, no sentence inside, not ending a sentence.
 */
function headlineIndex(lines: string[]): number {
  for (let i = 0; i < Math.min(lines.length, HEADLINE_WINDOW); i++) {
    const line = lines[i];
    const e = evidenceOf(line);
    if (classify(e) === 'bad') continue;
    const headline =
      e.han >= 4 && line.length <= HEADLINE_MAX_CHARS && e.stops === 0 && !/[，,；;：:、]$/u.test(line);
    return headline ? i : -1;
  }
  return -1;
}
