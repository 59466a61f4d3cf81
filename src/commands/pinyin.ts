import { escapeHtml } from '../anki/html.js';
import type { CommandContext } from '../context.js';
import { readText, sentencePinyin, toneMarks, type ReadToken } from '../lexicon/index.js';
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
  const lines = text.replace(/\n$/, '').split('\n');
  const render = opts.json ? jsonLine : opts.html ? htmlLine : plainLine;
  const out: string[] = opts.html && !opts.json ? [HTML_HEAD] : [];
  for (const line of lines) out.push(render(line));
  if (opts.html && !opts.json) out.push(HTML_TAIL);
  ctx.stdout.write(`${out.join('\n')}\n`);
}

function jsonLine(line: string): string {
  const tokens = readText(line).map((t) => ({
    text: t.text,
    pinyin: t.numbered === null ? null : toneMarks(t.numbered),
    numbered: t.numbered,
  }));
  return JSON.stringify({ tokens });
}

/** The line, then its pinyin under it; a line without Han characters stands alone. */
function plainLine(line: string): string {
  if (!/\p{Script=Han}/u.test(line)) return line;
  return `${line}\n${sentencePinyin(line)}`;
}

const HTML_HEAD = '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>guanhua pinyin</title></head>\n<body>';
const HTML_TAIL = '</body>\n</html>';

/** One paragraph per line; each word with Han characters one <ruby>, a syllable per character. */
function htmlLine(line: string): string {
  return `<p>${readText(line).map(rubyToken).join('')}</p>`;
}

function rubyToken(t: ReadToken): string {
  if (t.numbered === null) return escapeHtml(t.text);
  const syllables = toneMarks(t.numbered).split(' ');
  const chars = Array.from(t.text);
  return `<ruby>${chars.map((c, i) => `${escapeHtml(c)}<rt>${escapeHtml(syllables[i] ?? '')}</rt>`).join('')}</ruby>`;
}
