import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

/**
 * Terminal cells a string takes, as string-width counts them (Ink draws with it). Text made only
 * of characters that are each a whole grapheme on their own (ASCII, Latin letters with their
 * tone marks precomposed, CJK ideographs, kana, CJK and fullwidth punctuation) is counted
 * directly from the East Asian Width of each character, which is string-width's rule for such
 * characters: its grapheme segmenter and its emoji pattern take some 30–100 ms to set up on
 * first use, which the first card on screen need not wait for. Anything else goes to string-width.
 */
export function cellWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isWholeCharacter(c)) return stringWidth(text);
    width += c < 0x7f ? 1 : eastAsianWidth(c);
  }
  return width;
}

/** A BMP code unit that is always its own grapheme cluster, printing, and never part of an emoji. */
function isWholeCharacter(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    (c >= 0xa0 && c <= 0x2ff && c !== 0xad) || // Latin-1, Latin Extended A/B, IPA, spacing modifiers (not the soft hyphen)
    (c >= 0x1e00 && c <= 0x1eff) || // Latin Extended Additional
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, ellipsis
    (c >= 0x2030 && c <= 0x203b) || // per mille … reference mark (not ‼ U+203C, an emoji)
    (c >= 0x2190 && c <= 0x2193) || // ← ↑ → ↓ (not ↔ and the others, emoji)
    (c >= 0x2500 && c <= 0x259f) || // box drawing and blocks: the card's frame, the progress bar
    (c >= 0x3000 && c <= 0x3029) || // CJK punctuation, before the combining tone marks
    (c >= 0x3031 && c <= 0x303c) ||
    (c >= 0x3041 && c <= 0x3096) || // kana, without the combining sound marks
    (c >= 0x309b && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) || // CJK ideographs, extension A
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff01 && c <= 0xff60) || // fullwidth forms
    (c >= 0xffe0 && c <= 0xffe6)
  );
}
