import type { NextPick, QueueCandidates } from '../srs/queue.js';
import { applyChange, candidatesAt, snapshotCounts, type CardChange } from '../srs/queue-update.js';
import type { QueueCounts } from '../srs/types.js';
import { showableNow } from '../srs/showable.js';
import { stateNumber } from '../srs/scheduler-states.js';
import type { QueueSource, Selection, SnapshotRead } from './queue-source.js';
import type { QueueItem, StoredCard, TodayQueue } from './types.js';

type Picker = (c: QueueCandidates, nowMs: number, learnAheadMs: number) => NextPick | undefined;

/** The candidates without some cards. */
function without(c: Omit<QueueCandidates, 'sinceLastNew'>, ids: ReadonlySet<string>): Omit<QueueCandidates, 'sinceLastNew'> {
  if (ids.size === 0) return c;
  return { learning: c.learning.filter((e) => !ids.has(e.id)), reviews: c.reviews.filter((id) => !ids.has(id)), fresh: c.fresh.filter((id) => !ids.has(id)) };
}

/** What a queue is told after its collection saved a change: the change, and the database's stamp before and after it. */
export interface SavedChange {
  change: CardChange;
  before: string;
  after: string;
  /** The card's word changed between known and not known (the order of new cards may follow). */
  knownChanged: boolean;
}

/**
 * A live queue: read once, then kept up to date by the changes its collection reports, so
 * drawing the next card reads nothing but that card. Anything else (another process's commit,
 * a write it was not told about, a new learner day) makes the next call read it again.
 */
export class TodayQueueImpl implements TodayQueue {
  readonly new: number;
  readonly learning: number;
  readonly review: number;
  private sinceLastNew = 0;
  private requeued: string[] = [];
  private snap: SnapshotRead | null = null;
  /** The database's stamp the snapshot is true at. */
  private stamp = '';

  constructor(
    private readonly source: QueueSource,
    private readonly sel: Selection,
    private readonly createdAt: Date,
    private readonly learnAheadMs: number,
    private readonly pick: Picker,
    private readonly load: (id: string) => StoredCard | undefined,
    /** Whether a card outside the snapshot's lists belongs to the selected decks. */
    private readonly inDecks: (id: string, decks: string[]) => boolean,
  ) {
    const c = this.counts(createdAt);
    this.new = c.new;
    this.learning = c.learning;
    this.review = c.review;
  }

  private current(now: Date): SnapshotRead {
    const t = now.getTime();
    const stamp = this.source.stamp();
    if (this.snap === null || stamp !== this.stamp || t < this.snap.dayStart || t >= this.snap.dayEnd) {
      this.snap = this.source.snapshot(this.sel, now);
      this.stamp = stamp;
    }
    return this.snap;
  }

  counts(now: Date = new Date()): QueueCounts {
    return snapshotCounts(this.current(now), now.getTime(), this.learnAheadMs);
  }

  /** What the next card is drawn from at `now` (the queue's lists, in order). */
  candidates(now: Date): Omit<QueueCandidates, 'sinceLastNew'> {
    return candidatesAt(this.current(now), now.getTime(), this.learnAheadMs);
  }

  next(now: Date = new Date()): QueueItem | undefined {
    // The card drawn is checked against its row before it is shown: a change this queue was not
    // told of (another window answered it) makes it read the queue again, without that card.
    const passed = new Set<string>();
    for (let tries = 0; tries < 4; tries++) {
      const c = without(this.candidates(now), passed);
      const picked = this.pick({ ...c, sinceLastNew: this.sinceLastNew, requeued: this.requeued }, now.getTime(), this.learnAheadMs);
      if (!picked) return undefined;
      const card = this.load(picked.id);
      if (card === undefined || !this.showable(card, now)) {
        passed.add(picked.id);
        this.snap = null;
        continue;
      }
      this.requeued = this.requeued.filter((id) => id !== picked.id);
      if (picked.kind === 'new') this.sinceLastNew = 0;
      else if (picked.kind === 'review') this.sinceLastNew++;
      return { kind: picked.kind, card };
    }
    return undefined;
  }

  private showable(card: StoredCard, now: Date): boolean {
    const s = card.schedule;
    const row = { state: stateNumber(s.state), due: s.due.getTime(), suspended: card.suspended, retired: card.retired, buriedUntil: card.buriedUntil?.getTime() ?? null };
    return showableNow(row, now.getTime(), this.learnAheadMs, this.current(now).dayEnd);
  }

  nextLearningDue(): Date | undefined {
    const first = this.current(this.createdAt).learning[0];
    return first === undefined ? undefined : new Date(first.due);
  }

  /** An undone card is shown again before anything else. */
  requeue(cardId: string): void {
    this.requeued = [cardId, ...this.requeued.filter((id) => id !== cardId)];
  }

  /** The collection saved a change; the snapshot follows it when nothing else happened since it was read. */
  changed({ change, before, after, knownChanged }: SavedChange): void {
    const s = this.snap;
    if (s === null) return;
    if (this.stamp !== before) {
      this.snap = null;
      return;
    }
    const answered = change.answered;
    let next: SnapshotRead | null = s;
    if (this.holds(s, change.id)) {
      const counts = answered !== null && answered.at >= (answered.stateBefore === 0 ? s.countFrom.fresh : s.countFrom.reviews);
      const applied = applyChange(s, { ...change, answered: counts ? answered : null });
      next = applied === null ? null : { ...s, ...applied };
    }
    if (next !== null && knownChanged && s.freshUsesKnown) {
      next = { ...next, fresh: this.source.freshAgain(this.sel, new Date(answered?.at ?? this.createdAt.getTime()), next.allowance.fresh) };
    }
    this.snap = next;
    this.stamp = after;
  }

  /** Whether the card belongs to this queue's decks. */
  private holds(s: SnapshotRead, id: string): boolean {
    if (this.sel.decks === null) return true;
    if (s.fresh.includes(id) || s.reviews.some((e) => e.id === id) || s.learning.some((e) => e.id === id)) return true;
    return this.inDecks(id, this.sel.decks);
  }
}
