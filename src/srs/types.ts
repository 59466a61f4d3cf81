/** The four FSRS states, as ts-fsrs names them (State.New … State.Relearning). */
export type CardState = 'new' | 'learning' | 'review' | 'relearning';

/** 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs Rating values). */
export type Grade = 1 | 2 | 3 | 4;

/** A card's FSRS scheduling state as stored in the collection. */
export interface Schedule {
  state: CardState;
  due: Date;
  /** Days; 0 for new cards. */
  stability: number;
  /** 1..10; 0 for new cards. */
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

/** One answer, as the review log keeps it. */
export interface ReviewLogEntry {
  id: number;
  cardId: string;
  grade: Grade;
  reviewedAt: Date;
  /** How long the learner took to answer, milliseconds. */
  durationMs: number;
  stateBefore: CardState;
  stateAfter: CardState;
  /** Interval given by this answer, days (0 within learning steps). */
  scheduledDays: number;
  /** Days since the previous review at the time of this one. */
  elapsedDays: number;
  stabilityAfter: number;
  difficultyAfter: number;
  dueAfter: Date;
}
