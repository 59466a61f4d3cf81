import { parseDeck } from './parse-deck.js';

/**
 * A list of known words: one word a line (blank lines and `#` comments ignored;
 * anything after the first tab or space is ignored, so an Anki export's first
 * column works), or a guanhua deck file, whose cards' words are taken.
 */
export function parseKnownWords(text: string, where: string): Set<string> {
  const body = text.replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(body)) return new Set(parseDeck(body, where).cards.map((c) => c.word));
  const words = new Set<string>();
  for (const line of body.split(/\r?\n/)) {
    const word = line.trim().split(/[\t ]/)[0];
    if (word && !word.startsWith('#')) words.add(word);
  }
  return words;
}
