import path from 'node:path';

/** A file-name-safe slug for a deck: the input's base name, or the text's hash for stdin. */
export function deckSlug(input: string, sha256: string): string {
  if (input !== '-') {
    const base = path.basename(input).replace(/\.(txt|md|markdown|html?|text)$/i, '');
    const safe = base.normalize('NFC').replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^[-.]+|-+$/g, '');
    if (safe) return safe;
  }
  return `article-${sha256.slice(0, 8)}`;
}
