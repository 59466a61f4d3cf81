import { noteContent } from '../deck/note-content.js';
import type { CardFrequency, DeckCard, HskLevels } from '../model/deck.js';
import { escapeHtml, highlightWord, pinyinHtml } from './html.js';
import { recallPrompt } from './recall-prompt.js';

/**
 * What a deck card becomes in Anki: the ten field values (HTML, every piece of
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

function frequencyText(frequency: CardFrequency): string {
  const parts = [`${frequency.article}× in the article`];
  if (frequency.corpus > 0) parts.push(`Zipf ${frequency.corpus.toFixed(2)}`);
  return parts.join('; ');
}

/**
 * Field values in FIELD_NAMES order, from the card's note content alone (what the collection
 * dates: a field made of anything else would change without the note's mtime moving).
 */
export function noteFields(card: DeckCard, sourceTitle: string): string[] {
  const c = noteContent(card);
  return [
    escapeHtml(c.word),
    c.traditional !== c.word ? escapeHtml(c.traditional) : '',
    pinyinHtml(c.pinyin),
    escapeHtml(c.definitions.join('; ')),
    c.example === '' ? '' : highlightWord(c.example, c.word),
    c.examplePinyin === '' ? '' : pinyinHtml(c.examplePinyin),
    escapeHtml(hskText(c.hsk)),
    escapeHtml(frequencyText(c.frequency)),
    escapeHtml(sourceTitle),
    escapeHtml(recallPrompt(c)),
  ];
}

/** Whether the note gets a Recall card: its meaning, masked, still asks something. */
export const hasRecallCard = (card: DeckCard): boolean => recallPrompt(noteContent(card)) !== '';

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
  const { hsk, tags: own } = noteContent(card);
  const tags: string[] = [];
  if (hsk.v3 !== null) tags.push(`HSK3.0::${levelLabel(hsk.v3)}`);
  if (hsk.v2 !== null) tags.push(`HSK2.0::${hsk.v2}`);
  const source = tagSafe(sourceTitle);
  if (source !== '') tags.push(`source::${source}`);
  for (const t of own) {
    const safe = tagSafe(t);
    if (safe !== '') tags.push(safe);
  }
  return [...new Set(tags)];
}
