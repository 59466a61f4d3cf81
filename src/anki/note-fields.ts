import type { DeckCard, HskLevels } from '../model/deck.js';
import { escapeHtml, highlightWord, pinyinHtml } from './html.js';

/**
 * What a deck card becomes in Anki: the nine field values (HTML, every piece of
 * deck text escaped), the tags, and the GUID that makes re-imports update notes.
 */

/** The note GUID is the card id itself: stable, and unique in the collection. */
export const guidOf = (card: DeckCard): string => card.id;

const levelLabel = (v3: number) => (v3 >= 7 ? '7-9' : String(v3));

function hskText(hsk: HskLevels): string {
  const parts: string[] = [];
  if (hsk.v3 !== null) parts.push(`HSK 3.0 level ${levelLabel(hsk.v3)}`);
  if (hsk.v2 !== null) parts.push(`HSK 2.0 level ${hsk.v2}`);
  return parts.join('; ');
}

function frequencyText(card: DeckCard): string {
  const parts = [`${card.frequency.article}× in the article`];
  if (card.frequency.corpus > 0) parts.push(`Zipf ${card.frequency.corpus.toFixed(2)}`);
  return parts.join('; ');
}

/** Field values in FIELD_NAMES order. */
export function noteFields(card: DeckCard, sourceTitle: string): string[] {
  const example = card.examples[0] ?? '';
  const examplePinyin = card.examplesPinyin[0] ?? '';
  return [
    escapeHtml(card.word),
    card.traditional !== card.word ? escapeHtml(card.traditional) : '',
    pinyinHtml(card.pinyin),
    escapeHtml(card.definitions.join('; ')),
    example === '' ? '' : highlightWord(example, card.word),
    examplePinyin === '' ? '' : pinyinHtml(examplePinyin),
    escapeHtml(hskText(card.hsk)),
    escapeHtml(frequencyText(card)),
    escapeHtml(sourceTitle),
  ];
}

/** Anki splits tags on spaces (ASCII and ideographic); `::` makes a hierarchy. */
export function tagSafe(text: string): string {
  return text
    .trim()
    .replace(/[\s\u3000]+/g, '_')
    .replace(/["]/g, '')
    .replace(/:{3,}/g, '::')
    .replace(/^:+|:+$/g, '');
}

/** Tags: HSK3.0::4 (7-9 band as HSK3.0::7-9), HSK2.0::5, source::<title>, and the card's own. */
export function noteTags(card: DeckCard, sourceTitle: string): string[] {
  const tags: string[] = [];
  if (card.hsk.v3 !== null) tags.push(`HSK3.0::${levelLabel(card.hsk.v3)}`);
  if (card.hsk.v2 !== null) tags.push(`HSK2.0::${card.hsk.v2}`);
  const source = tagSafe(sourceTitle);
  if (source !== '') tags.push(`source::${source}`);
  for (const t of card.tags) {
    const safe = tagSafe(t);
    if (safe !== '') tags.push(safe);
  }
  return [...new Set(tags)];
}
