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

/** How many cards of each kind today's queue still holds. */
export interface QueueCounts {
  new: number;
  /** Learning and relearning cards due within the learn-ahead window. */
  learning: number;
  review: number;
}

/** Which part of the queue a card was drawn from. */
export type QueueKind = 'new' | 'learning' | 'review';

/**
 * The scheduler's settings. Defaults in src/srs/config.ts; the learner may
 * override any of them in <home>/config.json (see README).
 */
export interface SrsConfig {
  /** Desired retention, 0.7..0.99. */
  desiredRetention: number;
  /** Spread review intervals a little so cards added together do not stay together. */
  enableFuzz: boolean;
  /** ts-fsrs step units: '1m', '10m', '1h', '1d'. */
  learningSteps: string[];
  relearningSteps: string[];
  /** Days. */
  maximumInterval: number;
  /** FSRS-6 parameters (21 numbers); null uses optimized ones if stored, else ts-fsrs defaults. */
  weights: number[] | null;
  /** Hour (0..23, local time) at which the learner's day begins. */
  dayStartsAt: number;
  /**
   * IANA time zone, or "local" (the default): the system's zone, which follows the
   * TZ environment variable. "local" needs no Intl, which costs tens of ms at start-up.
   */
  timeZone: string;
  /** Daily limits, counted against what was already done today. */
  newPerDay: number;
  reviewsPerDay: number;
  /** Learning cards due within this many minutes count as due now. */
  learnAheadMinutes: number;
}

/** The learner's day: which local hour starts it, in which zone. */
export interface DayClock {
  timeZone: string;
  /** Hour 0..23. */
  dayStartsAt: number;
}
