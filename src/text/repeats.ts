import { isHanCode } from './paragraph-evidence.js';

/**
 * Pages print some lines more than once: a photo caption beside its photo and again under
 * it, a lead repeated as a summary. A sentence the page has already said is dropped, so it
 * counts once for word counts and examples. Short sentences ("会议强调。") may recur in
 * any text and stay.
 */

/** Han characters a sentence needs before a repeat of it is taken for the page repeating itself. */
const REPEAT_MIN_HAN = 8;

/** A sentence: up to and with its final marks and closing quotes (as splitSentences cuts, in one regex pass). */
const SENTENCE = /[^。！？!?；;…]+(?:[。！？!?；;…]+[”’」』）)》〉】"']*)?|[。！？!?；;…]+[”’」』）)》〉】"']*/gu;

export function dropRepeats(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const sentences = Array.from(paragraph.matchAll(SENTENCE), (m) => m[0].trim()).filter((s) => s !== '');
    const kept = sentences.filter((s) => {
      if (!hasHan(s, REPEAT_MIN_HAN)) return true;
      if (seen.has(s)) return false;
      seen.add(s);
      return true;
    });
    if (kept.length === sentences.length) out.push(paragraph);
    else if (kept.length > 0) out.push(joinSentences(kept));
  }
  return out;
}

/** Chinese sentences run on without a space; Latin ones get theirs back. */
function joinSentences(sentences: string[]): string {
  let text = sentences[0];
  for (let i = 1; i < sentences.length; i++) {
    text += /[A-Za-z0-9.!?]$/u.test(text) && /^[A-Za-z0-9]/u.test(sentences[i]) ? ` ${sentences[i]}` : sentences[i];
  }
  return text;
}

/** Whether `s` holds at least `min` Han characters (stops counting there). */
function hasHan(s: string, min: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length && n < min; i++) if (isHanCode(s.codePointAt(i)!)) n++;
  return n >= min;
}
