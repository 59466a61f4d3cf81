import type { NextPick, QueueCandidates } from '../srs/queue.js';
import type { QueueCounts } from '../srs/types.js';
import type { QueueSource, Selection } from './queue-source.js';
import type { QueueItem, StoredCard, TodayQueue } from './types.js';

type Picker = (c: QueueCandidates, nowMs: number, learnAheadMs: number) => NextPick | undefined;

/** A live queue: every call reads the collection again, so answers and undo are reflected at once. */
export class TodayQueueImpl implements TodayQueue {
  readonly new: number;
  readonly learning: number;
  readonly review: number;
  private sinceLastNew = 0;
  private requeued: string[] = [];

  constructor(
    private readonly source: QueueSource,
    private readonly sel: Selection,
    private readonly createdAt: Date,
    private readonly learnAheadMs: number,
    private readonly pick: Picker,
    private readonly load: (id: string) => StoredCard | undefined,
  ) {
    const c = this.counts(createdAt);
    this.new = c.new;
    this.learning = c.learning;
    this.review = c.review;
  }

  counts(now: Date = new Date()): QueueCounts {
    return this.source.counts(this.sel, now);
  }

  next(now: Date = new Date()): QueueItem | undefined {
    const c = this.source.candidates(this.sel, now);
    const picked = this.pick({ ...c, sinceLastNew: this.sinceLastNew, requeued: this.requeued }, now.getTime(), this.learnAheadMs);
    if (!picked) return undefined;
    this.requeued = this.requeued.filter((id) => id !== picked.id);
    if (picked.kind === 'new') this.sinceLastNew = 0;
    else if (picked.kind === 'review') this.sinceLastNew++;
    const card = this.load(picked.id);
    return card ? { kind: picked.kind, card } : undefined;
  }

  nextLearningDue(): Date | undefined {
    return this.source.nextLearningDue(this.sel, this.createdAt);
  }

  /** An undone card is shown again before anything else. */
  requeue(cardId: string): void {
    this.requeued = [cardId, ...this.requeued.filter((id) => id !== cardId)];
  }
}
