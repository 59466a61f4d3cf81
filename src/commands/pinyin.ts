import { escapeHtml } from '../anki/html.js';
import type { CommandContext } from '../context.js';
import { pinyinLine, readLines, toneMarks, type ReadToken } from '../lexicon/index.js';
import { readPlainText } from '../text/read-article.js';

export interface PinyinOptions {
  json?: boolean;
  html?: boolean;
}

/**
 * `guanhua pinyin <input|->`: the text with its readings in context, line for line as given
 * (no debris removal): plain (each line, its pinyin under it), `--html` (<ruby>) or `--json`
 * (one object per line: `{"tokens": [{"text", "pinyin", "numbered"}]}`).
 */
export async function runPinyin(input: string, opts: PinyinOptions, ctx: CommandContext): Promise<void> {
  const text = await readPlainText(input, { stdin: ctx.stdin });
  // A final newline ends the last line; it does not start another.
  const body = text.replace(/\n$/, '');
  const lines = body.split('\n');
  const render = opts.json ? jsonLine : opts.html ? htmlLine : plainLine;
  const out: string[] = opts.html && !opts.json ? [HTML_HEAD] : [];
  let i = 0;
  for (const read of readLines(body)) out.push(render(lines[i++], read));
  if (opts.html && !opts.json) out.push(HTML_TAIL);
  ctx.stdout.write(`${out.join('\n')}\n`);
}

function jsonLine(_line: string, read: ReadToken[]): string {
  return `{"tokens":[${read.map(jsonToken).join(',')}]}`;
}

/** Tokens written so far, by text and reading: a text repeats its words (emptied when large). */
const written = new Map<string, string>();

function jsonToken(t: ReadToken): string {
  const key = t.numbered === null ? t.text : `${t.text}\t${t.numbered}`;
  let json = written.get(key);
  if (json === undefined) {
    if (written.size >= 100_000) written.clear();
    json = JSON.stringify({ text: t.text, pinyin: t.numbered === null ? null : toneMarks(t.numbered), numbered: t.numbered });
    written.set(key, json);
  }
  return json;
}

/** The line, then its pinyin under it; a line without Han characters stands alone. */
function plainLine(line: string, read: ReadToken[]): string {
  if (!/\p{Script=Han}/u.test(line)) return line;
  return `${line}\n${pinyinLine(read)}`;
}

const HTML_HEAD = '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>guanhua pinyin</title></head>\n<body>';
const HTML_TAIL = '</body>\n</html>';

/** One paragraph per line; each word with Han characters one <ruby>, a syllable per character. */
function htmlLine(_line: string, read: ReadToken[]): string {
  return `<p>${read.map(rubyToken).join('')}</p>`;
}

function rubyToken(t: ReadToken): string {
  if (t.numbered === null) return escapeHtml(t.text);
  const syllables = toneMarks(t.numbered).split(' ');
  const chars = Array.from(t.text);
  return `<ruby>${chars.map((c, i) => `${escapeHtml(c)}<rt>${escapeHtml(syllables[i] ?? '')}</rt>`).join('')}</ruby>`;
}
