import type { Correction } from '../model/corrections.js';
import { openLearningReader, openLearningStore, type LearningReader } from './learning-store.js';
import { boostCards } from './learning.js';

/**
 * What generate and read know of the learner before reading an article: known words (the
 * collection's and a --known list's) and corrections. With no collection both are empty and
 * nothing is created; the collection is opened read-only.
 */
export interface LearnerState {
  known: Set<string>;
  /** The collection's known words (what --include-known keeps). */
  collectionKnown: Set<string>;
  corrections: Map<string, Correction>;
  /** Open read-only connection, or null when there is no collection. */
  reader: LearningReader | null;
  close(): void;
}

export function loadLearnerState(home: string, fileKnown: ReadonlySet<string>): LearnerState {
  const reader = openLearningReader(home);
  try {
    const fromCollection = reader ? reader.knownWords() : new Set<string>();
    const known = new Set([...fromCollection, ...fileKnown]);
    return {
      known,
      collectionKnown: fromCollection,
      corrections: reader ? reader.corrections() : new Map(),
      reader,
      close: () => reader?.close(),
    };
  } catch (err) {
    reader?.close();
    throw err;
  }
}

/**
 * Reading moves cards up: the collection's new cards whose words occur in the article go to the
 * front of the new-card queue, in article order. Returns how many; 0 (and nothing opened for
 * writing) when there is no collection or none of its new cards occurs.
 */
export function boostArticleWords(home: string, state: LearnerState, words: readonly string[], sha: string, now: Date): number {
  if (!state.reader) return 0;
  const ids = state.reader.newCardsOfWords(words, sha);
  if (ids.length === 0) return 0;
  const store = openLearningStore(home);
  try {
    store.write((db) => boostCards(db, ids, now));
  } finally {
    store.close();
  }
  return ids.length;
}
