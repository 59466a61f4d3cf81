import { createHash } from 'node:crypto';
import { toneOf } from '../model/tones.js';

/**
 * HTML for note fields. Everything from a deck is text, never markup: every
 * value is escaped here before any tag of ours is put around it.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r\n': '<br>', '\r': '<br>', '\n': '<br>', '\t': ' ',
};
const NEEDS_ESCAPE = /[&<>"'\r\n\t]/;

/** Escapes text for HTML; newlines become `<br>` and tabs spaces, so a field stays one line. */
export function escapeHtml(text: string): string {
  // Most values (words, pinyin) need nothing: skip the replace (10,000-card exports).
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/\r\n|[&<>"'\r\n\t]/g, (c) => ESCAPES[c]);
}

const isSyllable = (token: string) => /\p{L}/u.test(token);

/**
 * Pinyin marked up per syllable by tone:
 * `jú zhǎng` → `<span class="tone2">jú</span> <span class="tone3">zhǎng</span>`.
 * Tokens without letters (punctuation in an example's pinyin) stay plain.
 */
export function pinyinHtml(pinyin: string): string {
  return pinyin
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((t) => (isSyllable(t) ? `<span class="tone${toneOf(t)}">${escapeHtml(t)}</span>` : escapeHtml(t)))
    .join(' ');
}

/** The example with every occurrence of the word wrapped in `<b class="hl">`. */
export function highlightWord(example: string, word: string): string {
  if (word === '') return escapeHtml(example);
  return example
    .split(word)
    .map(escapeHtml)
    .join(`<b class="hl">${escapeHtml(word)}</b>`);
}

// Anki's rslib/src/text.rs strip_html: comments, style and script blocks, then any tag.
const TAGS = /(<!--.*?-->)|(<style.*?>.*?<\/style>)|(<script.*?>.*?<\/script>)|(<.*?>)/gis;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };

/** Anki's normalize_field: control characters other than tab and newline go, text is NFC. */
export function normalizeField(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '').normalize('NFC');
}

/**
 * A field as Anki sorts and checksums it (notes.sfld): tags stripped, entities
 * decoded, nbsp as a space. Covers the markup this exporter writes (no media).
 */
export function sortFieldText(html: string): string {
  return normalizeField(html)
    .replace(TAGS, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return NAMED[ref] ?? whole;
    })
    .replace(/\u00a0/g, ' ');
}

/** notes.csum: the first 4 bytes of sha1(sortFieldText(first field)), big-endian unsigned. */
export function fieldChecksum(firstFieldHtml: string): number {
  return createHash('sha1').update(sortFieldText(firstFieldHtml), 'utf8').digest().readUInt32BE(0);
}
