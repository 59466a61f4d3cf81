import type { DeckCard, DeckSource } from '../model/deck.js';
import type { DayClock, ReviewLogEntry, Schedule } from '../srs/types.js';

/** A card's learning progress, as the collection keeps it. */
export interface ExportProgress {
  schedule: Schedule;
  suspended: boolean;
  /** Buried until this time (the learner's "not today"); null or past: not buried. */
  buriedUntil?: Date | null;
  /** "I know this" in guanhua: exported suspended, tagged guanhua::known. */
  retired?: boolean;
  /** This card's answers, any order. */
  reviews: ReviewLogEntry[];
}

/** One note to export: a deck card, and its progress when --with-progress. */
export interface ExportNote {
  card: DeckCard;
  /**
   * When the card's note content (src/deck/note-content.ts) last changed: the note's mtime in
   * Anki (no earlier than FORMAT_CHANGED_AT), which decides whether a re-import updates the note.
   */
  contentChangedAt: Date;
  /**
   * When guanhua last changed the card's state (StoredCard.stateChangedAt): its cards' mod in
   * Anki, never later than the export. `guanhua import` takes Anki's suspended / buried state
   * only from a card whose mod is newer, so a card Anki never touched leaves guanhua's as it is,
   * with or without progress. A card the collection lacks: the export time.
   */
  stateChangedAt?: Date;
  progress?: ExportProgress;
}

export interface ExportInput {
  deck: { name: string; source: DeckSource };
  notes: ExportNote[];
}

export interface ExportOptions {
  /** Add the Recall card (meaning → hanzi) to each note. */
  recall: boolean;
  /** Write scheduling, FSRS memory state and the review log. */
  withProgress: boolean;
  /** The export time: ids, the collection's day numbering, and the mtime of cards without stateChangedAt. */
  now: Date;
  /** FSRS desired retention written into cards.data ("dr") and the deck options. */
  desiredRetention?: number;
  /** FSRS-6 decay written into cards.data ("decay"); ts-fsrs's default parameters use 0.1542. */
  decay?: number;
  /** Number of learning / relearning steps of the learner's scheduler (default 2 and 1, as ts-fsrs). */
  learningSteps?: number;
  relearningSteps?: number;
  /** The learner's day that review due dates are counted in (default: system zone, 04:00). */
  clock?: DayClock;
}
