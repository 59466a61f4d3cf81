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
  /** The export time: card mtimes, ids and the collection's day numbering. */
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
