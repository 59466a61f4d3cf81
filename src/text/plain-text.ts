/**
 * Plain text and Markdown to paragraphs. A paragraph is a line: text copied out of a
 * browser puts one paragraph per line, often with no blank line between (the seed's
 * dateline sits right above its first caption). Hard-wrapped text is the exception and is
 * re-joined: a long line that does not end a sentence runs on into the next.
 */

const INNER_PUNCT = /[，。、；：,;]/u;
const SENTENCE_FINAL = /[。！？!?…”’」』）)》：:；;]$/u;
/** A wrapped line is at least this share of the document's longest lines. */
const WRAP_SHARE = 0.8;
/** Lines shorter than this (in characters) are never taken for wrapped prose. */
const WRAP_MIN = 20;

export function textParagraphs(text: string): string[] {
  const lines = text.split('\n').map(tidy);
  const width = typicalWidth(lines);
  const out: string[] = [];
  let pending = '';
  for (const line of lines) {
    if (line === '') {
      if (pending !== '') out.push(pending);
      pending = '';
      continue;
    }
    pending = pending === '' ? line : joinWrapped(pending, line);
    const wrapped = width > 0 && line.length >= Math.max(WRAP_MIN, width * WRAP_SHARE) && !SENTENCE_FINAL.test(line);
    if (!wrapped) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending !== '') out.push(pending);
  return out;
}

/** Chinese wraps without spaces; Latin words need one back. */
function joinWrapped(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * The width hard-wrapped text was wrapped at, or 0: only when a third of the lines sit in
 * one band just under the 90th-percentile length and carry clause punctuation inside (wrapped
 * prose does; a column of similar-length headlines does not).
 */
function typicalWidth(lines: string[]): number {
  const nonEmpty = lines.filter((l) => l !== '');
  if (nonEmpty.length < 4) return 0;
  const lengths = nonEmpty.map((l) => l.length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9) - 1] ?? lengths[lengths.length - 1];
  if (p90 > 120) return 0;
  const near = nonEmpty.filter((l) => l.length >= p90 * WRAP_SHARE && l.length <= p90 * 1.05 && INNER_PUNCT.test(l));
  return near.length * 3 >= nonEmpty.length ? p90 : 0;
}

/** Collapse runs of spaces (incl. ideographic and no-break) and trim. */
export function tidy(line: string): string {
  return line.replace(/[ \t\u00a0\u3000\u2002-\u200b]+/gu, ' ').trim();
}

/** Markdown syntax out, text kept: headings, emphasis, links, images, code, quotes, lists. */
export function stripMarkdown(md: string): string {
  const out: string[] = [];
  let fence = false;
  for (const raw of md.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fence = !fence;
      out.push('');
      continue;
    }
    // Code is not the article's prose.
    if (fence) continue;
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw) || /^\s*([-*_]\s*){3,}$/.test(raw) || /^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(raw)) {
      out.push('');
      continue;
    }
    out.push(stripInline(raw));
  }
  return out.join('\n');
}

/** The text of each ATX heading (# …) of a Markdown document, as stripMarkdown leaves it. */
export function markdownHeadings(md: string): Set<string> {
  const out = new Set<string>();
  for (const raw of md.split('\n')) if (/^\s{0,3}#{1,6}\s+\S/u.test(raw)) out.add(tidy(stripInline(raw)));
  return out;
}

/** A tag that opens or closes a block (or breaks a line) in HTML written inside Markdown. */
const HTML_BLOCK_TAG = /<(?:br|hr|\/?(?:p|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article))\b[^>\n]*>/giu;

function stripInline(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s*(>\s*)+/, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '')
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]*)\]\[[^\]\n]*\]/g, '$1')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)([^\n*_]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1')
    // HTML left in Markdown (a transcript's <p>…<br></p><p>…): its blocks are paragraphs.
    .replace(HTML_BLOCK_TAG, '\n\n')
    .replace(/<\/?[A-Za-z][^>\n]*>/g, '')
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .replace(/\s*\|\s*/g, ' ');
}
