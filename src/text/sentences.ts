/**
 * Sentences and clauses of Chinese prose. Punctuation stays on the piece it ends, with
 * any closing quotes or brackets after it (“……零容忍。” stays one piece). Browser copies
 * often carry half-width punctuation (, : ;) between Han characters: it counts too, but a
 * comma or colon between digits (1,000 / 23:42) does not cut.
 */

const CLOSERS = '”’」』）)》〉】"\'';
const SENTENCE_END = '。！？!?；;…';
const CLAUSE_END = SENTENCE_END + '，、：,:';

export function splitSentences(paragraph: string): string[] {
  return cut(paragraph, SENTENCE_END);
}

export function splitClauses(sentence: string): string[] {
  return cut(sentence, CLAUSE_END);
}

/** Cuts after each run of `ends` (plus closers); linear in the length of `text`. */
function cut(text: string, ends: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (!ends.includes(ch) || isNumericSeparator(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && (ends.includes(text[j]) || CLOSERS.includes(text[j]))) j++;
    push(pieces, text.slice(start, j));
    start = i = j;
  }
  push(pieces, text.slice(start));
  return pieces;
}

function push(pieces: string[], piece: string): void {
  const trimmed = piece.trim();
  if (trimmed !== '') pieces.push(trimmed);
}

/** `,` or `:` between two ASCII digits is part of a number or a time. */
function isNumericSeparator(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== ',' && ch !== ':') return false;
  return /[0-9]/.test(text[i - 1] ?? '') && /[0-9]/.test(text[i + 1] ?? '');
}

/**
 * About `maxChars` characters of `sentence` around the word starting at `index` (a string
 * index) and `wordLength` long: whole clauses where they fit, growing outward from the
 * word's clause; a single clause longer than that is cut at the window and marked with "…".
 */
export function clauseAround(sentence: string, index: number, maxChars = 40, wordLength = 1): string {
  const text = sentence.trim();
  if (text.length <= maxChars) return text;
  const offset = sentence.indexOf(text);
  const at = Math.max(0, Math.min(text.length - 1, index - offset));
  const spans = clauseSpans(text);
  let k = spans.findIndex(([s, e]) => at >= s && at < e);
  if (k < 0) k = spans.length - 1;
  let lo = k;
  let hi = k;
  const width = () => spans[hi][1] - spans[lo][0];
  if (width() > maxChars) return window(text.slice(spans[k][0], spans[k][1]), at - spans[k][0], maxChars, wordLength);
  // Prefer the clause after the word (it usually completes the thought), then the one before.
  for (;;) {
    const canNext = hi + 1 < spans.length && spans[hi + 1][1] - spans[lo][0] <= maxChars;
    if (canNext) {
      hi++;
      continue;
    }
    const canPrev = lo > 0 && spans[hi][1] - spans[lo - 1][0] <= maxChars;
    if (canPrev) {
      lo--;
      continue;
    }
    break;
  }
  // A clause cut off mid-sentence reads better without its dangling comma or colon.
  return text.slice(spans[lo][0], spans[hi][1]).trim().replace(/[，、：,:]+$/u, '');
}

/** [start, end) of each clause of `text`, in order, covering the whole string. */
function clauseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const clause of splitClauses(text)) {
    const s = text.indexOf(clause, start);
    const e = s + clause.length;
    spans.push([start, e]);
    start = e;
  }
  if (spans.length === 0) spans.push([0, text.length]);
  else spans[spans.length - 1][1] = text.length;
  return spans;
}

/** A hard cut of `clause` to maxChars around position `at`, never inside a surrogate pair. */
function window(clause: string, at: number, maxChars: number, wordLength: number): string {
  const room = Math.max(0, maxChars - wordLength);
  let s = Math.max(0, at - Math.floor(room / 2));
  let e = Math.min(clause.length, s + maxChars);
  s = Math.max(0, e - maxChars);
  if (isLowSurrogate(clause, s)) s++;
  if (isLowSurrogate(clause, e)) e--;
  const body = clause.slice(s, e).trim();
  return (s > 0 ? '…' : '') + body + (e < clause.length ? '…' : '');
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}
