/**
 * The collection: one SQLite file, <home>/collection.sqlite, holding every deck,
 * one card per distinct card id, its FSRS schedule and the review log.
 * This is the API the review screen, the Anki export and the commands use:
 *
 *   openCollection(home, { create? }) → Collection
 *     create (default true): make <home>/ and collection.sqlite if missing.
 *     create false on a missing collection: an empty, read-only collection
 *     (due/stats show nothing and write nothing); writing then throws GuanhuaError.
 *
 *   Collection
 *     addDeck(deck, now) → { deck, added, shared, updated, unchanged }
 *       matched by card id across the collection: added = new cards, shared = already brought by
 *       another deck (progress kept), updated = this deck's copy changed; cards a regenerated
 *       deck no longer has stay in it, ranked last
 *     deckNames() → string[]                                      oldest deck first
 *     deckByName(name) → StoredDeck | undefined                   { name, title, source, cardCount, addedAt, updatedAt }
 *     cardsOfDeck(name) → StoredCard[]                            in deck rank order
 *     card(id) → StoredCard | undefined
 *     reviewLog(cardIds?) → ReviewLogEntry[]                      chronological
 *     todayQueue({ decks?, now, newLimit?, reviewLimit? }) → TodayQueue
 *       counts as fields, plus counts(now?), next(now?) → { kind, card } | undefined, nextLearningDue()
 *     answer(cardId, grade, now, durationMs) → AnswerResult       committed to disk before returning
 *     undo() → UndoResult | undefined                             last answer/suspend/bury/retire of this
 *                                                                 Collection object; exact snapshot restore,
 *                                                                 removes the log row; repeatable
 *     suspend(cardId, now), bury(cardId, now), retire(cardId, now)   retire = "I know this"
 *     unsuspend(cardId, now)
 *     importForeign(foreignCards, now) → { matched, reviewsAdded, cardsUpdated }
 *                                                                 Anki's reviews merged, touched cards replayed (review-import.ts)
 *     previewIntervals(cardId, now) → Record<Grade, { due, interval: "3d", label: "Good · 3d" }>
 *     due(now) → DueSummary                                       `guanhua due --json` shape
 *     stats(now) → Stats                                          `guanhua stats --json` shape
 *     config → SrsConfig                                          defaults + <home>/config.json + optimized weights
 *                                                                 (keys documented in src/srs/config.ts)
 *     optimizerInput() / saveWeights(weights, now, reviews)       used by `guanhua optimize`
 *     verify()                                                    SQLite's quick check of the whole file now
 *     close()
 *
 * Durability: WAL, synchronous=FULL, every write in one BEGIN IMMEDIATE transaction; another
 * process holding the lock is waited for (60 s busy timeout) instead of failing.
 * Damage: a connection's first write runs SQLite's quick check of the whole file first; a damaged
 * file gives the one damage line and is not written (database.ts verifyIntact).
 * Schema: PRAGMA user_version with migrations in src/store/schema.ts; a newer collection is refused.
 *
 * Times are Dates in and out; the learner's day (for "today", limits, burying)
 * starts at config.dayStartsAt local time in config.timeZone.
 */
export { openCollection, collectionPath } from './open.js';
export type { Collection } from './collection-impl.js';
export type {
  AddResult,
  AnswerResult,
  DeckDue,
  DueSummary,
  IntervalPreview,
  QueueItem,
  QueueOptions,
  Stats,
  StoredCard,
  StoredDeck,
  TodayQueue,
  UndoAction,
  UndoResult,
} from './types.js';
export type { ImportCounts } from './review-import.js';
export type { ForeignCard, ForeignReview } from '../srs/foreign.js';
export type { CardState, Grade, QueueCounts, QueueKind, ReviewLogEntry, Schedule, SrsConfig } from '../srs/types.js';
