import type { Token } from '../model/lexicon.js';

/**
 * Segmented lines as three strings, for handing from one thread to another in one copy: the
 * lines, their tokens' words and their tokens' tags. Decoded text holds no C0 control characters
 * but tab and newline (src/text/decode.ts), so these separators cannot occur in it.
 */
export interface PackedLines {
  lines: string;
  words: string;
  tags: string;
}

const TOKEN = '\u0001';
const LINE = '\u0002';

export function packLines(lines: readonly string[], tokens: readonly (readonly Token[])[]): PackedLines {
  return {
    lines: lines.join(LINE),
    words: tokens.map((line) => line.map((t) => t.word).join(TOKEN)).join(LINE),
    tags: tokens.map((line) => line.map((t) => t.pos).join(TOKEN)).join(LINE),
  };
}

export function unpackLines(packed: PackedLines): { line: string; tokens: Token[] }[] {
  const lines = packed.lines.split(LINE);
  const words = packed.words.split(LINE);
  const tags = packed.tags.split(LINE);
  return lines.map((line, i) => {
    const w = words[i] === '' ? [] : words[i].split(TOKEN);
    const t = tags[i] === '' ? [] : tags[i].split(TOKEN);
    return { line, tokens: w.map((word, k) => ({ word, pos: t[k] })) };
  });
}
