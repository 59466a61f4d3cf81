import { escapeHtml } from '../anki/html.js';
import { pinyinLine, toneMarks, type ReadToken } from '../lexicon/index.js';

/** How `guanhua pinyin` writes a line: plain (the line, its pinyin under it), JSON or HTML. */
export type PinyinFormat = 'plain' | 'json' | 'html';

export const HTML_HEAD =
  '<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>guanhua pinyin</title></head>\n<body>';
export const HTML_TAIL = '</body>\n</html>';

/** One line of output (more than one text line for plain output) for one line of input. */
export function renderLine(format: PinyinFormat, line: string, read: ReadToken[]): string {
  if (format === 'json') return `{"tokens":[${read.map(jsonToken).join(',')}]}`;
  // HTML: one paragraph per line; each word with Han characters one <ruby>, a syllable per character.
  if (format === 'html') return `<p>${read.map(rubyToken).join('')}</p>`;
  // Plain: a line without Han characters stands alone.
  return /\p{Script=Han}/u.test(line) ? `${line}\n${pinyinLine(read)}` : line;
}

/** Tokens written so far, by text and reading: a text repeats its words (emptied when large). */
const written = new Map<string, string>();

function jsonToken(t: ReadToken): string {
  const key = t.numbered === null ? t.text : `${t.text}\t${t.numbered}`;
  let json = written.get(key);
  if (json === undefined) {
    if (written.size >= 100_000) written.clear();
    // `numbered` in lower case, the notation of CPP and g2pM (`pinyin` keeps the capitals of names).
    const numbered = t.numbered === null ? null : t.numbered.toLowerCase();
    json = JSON.stringify({ text: t.text, pinyin: t.numbered === null ? null : toneMarks(t.numbered), numbered });
    written.set(key, json);
  }
  return json;
}

function rubyToken(t: ReadToken): string {
  if (t.numbered === null) return escapeHtml(t.text);
  const syllables = toneMarks(t.numbered).split(' ');
  const chars = Array.from(t.text);
  return `<ruby>${chars.map((c, i) => `${escapeHtml(c)}<rt>${escapeHtml(syllables[i] ?? '')}</rt>`).join('')}</ruby>`;
}
