import stringWidth from 'string-width';
import { cellWidth } from './text-width.js';

type Options = Parameters<typeof stringWidth>[1];

/**
 * string-width for the review screen's bundle (scripts/bundle.mjs puts it in place of the
 * package for Ink): the same answer, but text of whole characters, styled with SGR codes only,
 * skips string-width's grapheme segmenter and emoji pattern (see text-width.ts), which Chinese
 * text otherwise runs character by character on every frame.
 */
export default function fastStringWidth(input: string, options?: Options): number {
  if (typeof input !== 'string' || options?.ambiguousIsNarrow === false || options?.countAnsiEscapeCodes) return stringWidth(input, options);
  const plain = input.includes('\u001b') ? input.replace(/\u001b\[[0-9;]*m/g, '') : input;
  if (plain.includes('\u001b') || plain.includes('\u009b')) return stringWidth(input, options);
  return cellWidth(plain);
}
