import { createHash } from 'node:crypto';
import type { CardFrequency, DeckCard, HskLevels } from '../model/deck.js';

/**
 * The parts of a card that its Anki note shows: the Anki export builds every field and tag
 * from these alone, and the collection dates each card's content by them (when they last
 * changed), which becomes the note's modification time. A card's rank, keyness, part of
 * speech, later examples and example words are not shown: changing them is no change of content.
 */
export interface NoteContent {
  word: string;
  traditional: string;
  pinyin: string;
  pinyinNumbered: string;
  definitions: string[];
  /** The first example, and its pinyin ('' when none). */
  example: string;
  examplePinyin: string;
  hsk: HskLevels;
  frequency: CardFrequency;
  tags: string[];
}

export function noteContent(card: DeckCard): NoteContent {
  return {
    word: card.word,
    traditional: card.traditional,
    pinyin: card.pinyin,
    pinyinNumbered: card.pinyinNumbered,
    definitions: card.definitions,
    example: card.examples[0] ?? '',
    examplePinyin: card.examplesPinyin[0] ?? '',
    hsk: { v2: card.hsk.v2, v3: card.hsk.v3 },
    frequency: { article: card.frequency.article, corpus: card.frequency.corpus },
    tags: card.tags,
  };
}

/** A short digest of the shown content: equal keys, same note. */
export function noteContentKey(card: DeckCard): string {
  return createHash('sha256').update(JSON.stringify(noteContent(card))).digest('base64url').slice(0, 22);
}
