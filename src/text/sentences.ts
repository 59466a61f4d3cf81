/**
 * Sentences of Chinese prose (their clauses: example-clause.ts). Punctuation stays on the
 * sentence it ends, with any closing quotes or brackets after it (“……零容忍。” stays one
 * piece). Browser copies often carry half-width punctuation (! ? ;) after Han characters: it
 * counts too.
 */

const CLOSERS = '”’」』）)》〉】"\'';
const SENTENCE_END = '。！？!?；;…';

export function splitSentences(paragraph: string): string[] {
  return cut(paragraph, SENTENCE_END);
}

/** Cuts after each run of `ends` (plus closers); linear in the length of `text`. */
function cut(text: string, ends: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (!ends.includes(ch)) {
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
