/**
 * "One new thing at a time" (i+1), pure. An example clause is i+1 for a card when the only
 * content word in it the learner does not know is the card's own word. `words` are the
 * clause's content words other than the card's own (what the deck builder stores as
 * exampleWords); function words, numbers and names are never in it (they are never cards).
 */

export type KnownTest = (word: string) => boolean;

/** The clause's words the learner does not know (the card's own word is never listed). */
export function unknownWords(words: readonly string[], known: KnownTest): string[] {
  return words.filter((w) => !known(w));
}

export function isIPlusOne(words: readonly string[], known: KnownTest): boolean {
  return words.every(known);
}

import type { DeckCard } from '../model/deck.js';

/**
 * The index of the example to show first: the first i+1 clause, else 0 (article order stays
 * otherwise). `exampleWords` is parallel to the examples.
 */
export function bestExample(exampleWords: readonly (readonly string[])[], known: KnownTest): number {
  const i = exampleWords.findIndex((words) => isIPlusOne(words, known));
  return i < 0 ? 0 : i;
}

/** Moves element `i` to the front, the rest in their order. */
export function toFront<T>(items: readonly T[], i: number): T[] {
  if (i <= 0 || i >= items.length) return [...items];
  return [items[i], ...items.slice(0, i), ...items.slice(i + 1)];
}

/**
 * New cards, i+1 first: a stable partition, so rank order holds within each part. A card is
 * i+1 when some example of it is (its exampleWords; a card without them is not).
 */
export function preferIPlusOne<T>(cards: readonly T[], exampleWords: (card: T) => readonly (readonly string[])[] | undefined, known: KnownTest): T[] {
  const first: T[] = [];
  const rest: T[] = [];
  for (const c of cards) {
    const ex = exampleWords(c);
    (ex && ex.some((words) => isIPlusOne(words, known)) ? first : rest).push(c);
  }
  return [...first, ...rest];
}

/**
 * The card with its first i+1 example shown first (examples, their pinyin and exampleWords
 * move together); unchanged when the first already is, or none is. exampleWords may be shorter
 * than examples (a card merged across decks): only those clauses are judged.
 */
export function iPlusOneFirst(card: DeckCard, known: KnownTest): DeckCard {
  const ew = card.exampleWords;
  if (!ew || ew.length === 0 || isIPlusOne(ew[0], known)) return card;
  const i = ew.findIndex((words) => isIPlusOne(words, known));
  if (i < 0 || i >= card.examples.length) return card;
  return {
    ...card,
    examples: toFront(card.examples, i),
    examplesPinyin: card.examplesPinyin.length > i ? toFront(card.examplesPinyin, i) : card.examplesPinyin,
    exampleWords: toFront(ew, i),
  };
}
