/**
 * The example a card shows: whole clauses of the sentence the word stands in, never a cut
 * inside one. A clause ends at ，；：。！？ (or their half-width forms after Han) outside any
 * quotation or brackets — so a 、 list, a “quotation”, a 《title》 or a （note） is never split —
 * and no "…" is ever added.
 */

/** A sentence this short is shown whole: it is one thought, however many clauses it has. */
export const WHOLE_SENTENCE_CHARS = 50;
/** A clause with fewer Han characters than this ("会议强调", "今年以来") takes its neighbour. */
const MIN_CLAUSE_HAN = 8;

const OPEN = '“‘「『《（(【〈〔［';
const CLOSE = '”’」』》）)】〉〕］';
const CLAUSE_END = '，；：。！？…';
const HALF_CLAUSE_END = ',;:!?';
/** Marks that end the example and stay with it; a trailing comma, colon or 、 goes. */
const DANGLING = /[，、：；,;:\s]+$/u;
/** A leading dash or bullet of a report's summary lines: ——经济运行稳中有进。 */
const LEADING_MARK = /^[—–\-·•\s]+/u;

/**
 * The examples the word at `index` (a UTF-16 offset, `wordLength` long) of `sentence` may have,
 * shortest first: the sentence itself when short; else the clause holding the word, joined by
 * its neighbours while it is too short to say anything alone, then each wider window (the next
 * clause first: it usually completes the thought) up to the whole sentence. The caller takes
 * the first that stands alone.
 */
export function exampleClauses(sentence: string, index: number, wordLength = 1): string[] {
  const text = sentence.trim();
  const offset = sentence.indexOf(text);
  if (text.length <= WHOLE_SENTENCE_CHARS) return [tidyExample(text)];
  const spans = clauseSpans(text);
  const at = Math.max(0, Math.min(text.length - 1, index - offset));
  const end = at + Math.max(1, wordLength);
  let lo = spans.findIndex(([s, e]) => at >= s && at < e);
  if (lo < 0) lo = spans.length - 1;
  let hi = lo;
  // A word across a clause mark (rare: a mark inside a name) takes both clauses.
  while (hi + 1 < spans.length && spans[hi][1] < end) hi++;
  const slice = () => text.slice(spans[lo][0], spans[hi][1]);
  const grow = () => {
    if (hi + 1 < spans.length) hi++;
    else if (lo > 0) lo--;
    else return false;
    return true;
  };
  while ((hanCount(slice()) < MIN_CLAUSE_HAN || /[：:]\s*$/u.test(slice())) && grow());
  const out = [tidyExample(slice())];
  while (grow()) out.push(tidyExample(slice()));
  return out;
}

function tidyExample(text: string): string {
  return text.replace(LEADING_MARK, '').replace(DANGLING, '').trim();
}

/**
 * [start, end) of each clause of `text`, in order, covering it: cut after a run of clause marks
 * (and the closing marks right after them) at bracket depth 0. An unmatched closing mark (the
 * sentence began inside a quotation) is ignored; an unclosed opening one keeps the rest whole.
 */
export function clauseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  let asciiQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      asciiQuote = !asciiQuote;
      depth += asciiQuote ? 1 : -1;
      continue;
    }
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isClauseEnd(text, i)) {
      let j = i + 1;
      while (j < text.length && (isClauseEnd(text, j) || CLOSE.includes(text[j]))) j++;
      spans.push([start, j]);
      start = i = j;
      i--;
    }
  }
  if (start < text.length) spans.push([start, text.length]);
  if (spans.length === 0) spans.push([0, text.length]);
  return spans;
}

/**
 * A clause mark; half-width , ; : ! ? only after Han or a closing mark. Never a mark between
 * digits (1,000 / 23:42 / 18：00: a number or a time, full-width or not).
 */
function isClauseEnd(text: string, i: number): boolean {
  const ch = text[i];
  const before = text[i - 1] ?? '';
  const between = DIGIT.test(before) && DIGIT.test(text[i + 1] ?? '');
  if (CLAUSE_END.includes(ch)) return !(between && BETWEEN_DIGITS.includes(ch));
  if (!HALF_CLAUSE_END.includes(ch) || between) return false;
  return /\p{Script=Han}/u.test(before) || CLOSE.includes(before);
}

const DIGIT = /[0-9０-９]/;
/** The full-width mark a time holds between its digits (a full-width comma there may be a list's). */
const BETWEEN_DIGITS = '：';

function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}
