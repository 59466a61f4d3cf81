import { learnerDay } from '../srs/day.js';
import type { ForeignCard } from '../srs/foreign.js';
import { replayWithResets, type ReplayAnswer } from '../srs/replay.js';
import type { Scheduler } from '../srs/scheduler.js';
import { stateNumber } from '../srs/scheduler-states.js';
import type { DayClock, Grade } from '../srs/types.js';
import type { Db } from './database.js';
import { recallMerge } from './recall-import.js';
import { learnerChangedAt, type CardRow } from './rows.js';
import { notYetKept } from './same-time.js';

/**
 * Merging another scheduler's progress (Anki's, read by src/anki) into the collection, inside
 * the caller's write transaction:
 * - a review the card's log lacks is added once: the same card answered within SAME_REVIEW_MS
 *   of a logged answer is that answer (same-time.ts);
 * - so is a reset (Anki's Forget: card_resets, as `guanhua forget` records it) and a due date set
 *   by hand (card_due_sets) that the collection lacks;
 * - a card that gained reviews, a reset or a due date is replayed from its whole log
 *   (src/srs/replay.ts): the card and every log row of it get the replayed state;
 * - suspended / buried follow the side that changed the card last (cards.modified_at here,
 *   the Anki card's mod there); a card the learner never changed here takes Anki's.
 */

export interface ImportCounts {
  /** Foreign cards that are cards of this collection. */
  matched: number;
  reviewsAdded: number;
  /** Resets and due dates set by hand there, added. */
  rescheduled: number;
  /** Answers of Recall cards, added (the word's history, not the Recognition card's). */
  recallReviewsAdded: number;
  /** Cards whose schedule, suspended or buried state changed. */
  cardsUpdated: number;
}

interface LoggedAnswer {
  id: number;
  reviewed_at: number;
  grade: number;
}

export function importForeignCards(db: Db, cards: readonly ForeignCard[], scheduler: Scheduler, clock: DayClock, now: Date): ImportCounts {
  const cardRow = db.prepare('SELECT * FROM cards WHERE id = ?');
  const logOf = db.prepare('SELECT id, reviewed_at, grade FROM review_log WHERE card_id = ? ORDER BY reviewed_at, id');
  const updateLog = db.prepare(
    `UPDATE review_log SET state_before = ?, state_after = ?, scheduled_days = ?, elapsed_days = ?, stability = ?,
       difficulty = ?, due = ? WHERE id = ?`,
  );
  const insertLog = db.prepare(
    `INSERT INTO review_log (card_id, grade, reviewed_at, duration_ms, state_before, state_after, scheduled_days,
       elapsed_days, stability, difficulty, due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const resetsOf = db.prepare('SELECT reset_at FROM card_resets WHERE card_id = ? ORDER BY reset_at').pluck();
  const addReset = db.prepare('INSERT INTO card_resets (card_id, reset_at) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const dueSetsOf = db.prepare('SELECT set_at, due FROM card_due_sets WHERE card_id = ? ORDER BY set_at');
  // Most collections have none: then a card with none there needs no look-up.
  const anyDueSets = db.prepare('SELECT EXISTS (SELECT 1 FROM card_due_sets)').pluck().get() === 1;
  const addDueSet = db.prepare('INSERT INTO card_due_sets (card_id, set_at, due) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const countDay = db.prepare('INSERT INTO review_days (day, reviews) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET reviews = reviews + excluded.reviews');
  const updateCard = db.prepare(
    `UPDATE cards SET state = ?, due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?,
       learning_steps = ?, reps = ?, lapses = ?, last_review = ? WHERE id = ?`,
  );
  const updateFlags = db.prepare('UPDATE cards SET suspended = ?, retired = ?, buried_until = ?, modified_at = ? WHERE id = ?');

  const recall = recallMerge(db, clock);
  const counts: ImportCounts = { matched: 0, reviewsAdded: 0, rescheduled: 0, recallReviewsAdded: 0, cardsUpdated: 0 };
  const perDay = new Map<number, number>();
  for (const foreign of cards) {
    const row = cardRow.get(foreign.cardId) as CardRow | undefined;
    if (!row) continue;
    counts.matched++;
    let updated = false;

    const logged = logOf.all(foreign.cardId) as LoggedAnswer[];
    const fresh = notYetKept(logged.map((l) => l.reviewed_at), foreign.reviews, (r) => r.reviewedAt.getTime());
    const knownResets = resetsOf.all(foreign.cardId) as number[];
    const freshResets = notYetKept(knownResets, foreign.resets.map((t) => t.getTime()), (t) => t);
    for (const t of freshResets) addReset.run(foreign.cardId, t);
    const knownSets = anyDueSets || foreign.dueSets.length > 0 ? dueSetsOf.all(foreign.cardId) as { set_at: number; due: number }[] : [];
    const freshSets = notYetKept(knownSets.map((d) => d.set_at), foreign.dueSets, (d) => d.at.getTime());
    for (const d of freshSets) addDueSet.run(foreign.cardId, d.at.getTime(), d.due.getTime());
    if (fresh.length > 0 || freshResets.length > 0 || freshSets.length > 0) {
      type Answer = ReplayAnswer & { logId?: number; durationMs?: number };
      const answers: Answer[] = [
        ...logged.map((l): Answer => ({ reviewedAt: new Date(l.reviewed_at), grade: l.grade as Grade, logId: l.id })),
        ...fresh.map((f): Answer => ({ reviewedAt: f.reviewedAt, grade: f.grade, given: f.given, durationMs: f.durationMs })),
      ].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
      // From the last reset on: the answers before it stay in the log, replayed apart.
      const resets = [...knownResets, ...freshResets].map((t) => new Date(t));
      const dueSets = [...knownSets.map((d) => ({ at: new Date(d.set_at), due: new Date(d.due) })), ...freshSets];
      const { schedule: s, steps } = replayWithResets(answers, resets, scheduler, clock, new Date(row.created_at), dueSets);
      answers.forEach((a, i) => {
        const st = steps[i];
        const derived = [stateNumber(st.stateBefore), stateNumber(st.stateAfter), st.scheduledDays, st.elapsedDays, st.stability, st.difficulty, st.due.getTime()];
        if (a.logId !== undefined) {
          updateLog.run(...derived, a.logId);
        } else {
          const t = a.reviewedAt.getTime();
          insertLog.run(foreign.cardId, a.grade, t, Math.max(0, Math.round(a.durationMs ?? 0)), ...derived);
          const day = learnerDay(t, clock);
          perDay.set(day, (perDay.get(day) ?? 0) + 1);
        }
      });
      updateCard.run(stateNumber(s.state), s.due.getTime(), s.stability, s.difficulty, s.elapsedDays, s.scheduledDays,
        s.learningSteps, s.reps, s.lapses, s.lastReview?.getTime() ?? null, foreign.cardId);
      counts.reviewsAdded += fresh.length;
      counts.rescheduled += freshResets.length + freshSets.length;
      updated = true;
    }

    // A card the learner never touched here (just added, a new collection) takes Anki's state.
    const changedHere = learnerChangedAt(row) ?? -Infinity;
    const changedThere = foreign.modifiedAt?.getTime() ?? -Infinity;
    if (changedThere > changedHere) {
      // Suspended there: suspended here, unless "I know this" already keeps it out; active there: active here.
      const suspended = foreign.suspended ? (row.retired === 1 ? row.suspended : 1) : 0;
      const retired = foreign.suspended ? row.retired : 0;
      const buried = stillBuried(foreign.buriedUntil?.getTime() ?? null, now);
      if (suspended !== row.suspended || retired !== row.retired || buried !== stillBuried(row.buried_until, now)) {
        updateFlags.run(suspended, retired, buried, changedThere, foreign.cardId);
        updated = true;
      }
    }
    if (foreign.recall) {
      const r = recall.merge(foreign.cardId, foreign.recall, perDay);
      counts.recallReviewsAdded += r.reviewsAdded;
      updated ||= r.changed;
    }
    if (updated) counts.cardsUpdated++;
  }
  for (const [day, n] of perDay) countDay.run(day, n);
  return counts;
}

/** A bury that has ended is no bury. */
const stillBuried = (until: number | null, now: Date): number | null => (until !== null && until > now.getTime() ? until : null);

