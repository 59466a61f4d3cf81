import type { CardRow } from './rows.js';
import type { UndoAction } from './types.js';

export interface UndoStep {
  action: UndoAction;
  cardId: string;
  /** The whole card row before the action: undo writes it back as it was. */
  before: CardRow;
  /** The review-log row an answer added, and its learner day. */
  logId?: number;
  day?: number;
}

/** The actions of one Collection object, newest last; bounded so a long session stays small. */
export class UndoStack {
  private readonly steps: UndoStep[] = [];

  constructor(private readonly max = 200) {}

  push(step: UndoStep): void {
    this.steps.push(step);
    if (this.steps.length > this.max) this.steps.shift();
  }

  pop(): UndoStep | undefined {
    return this.steps.pop();
  }

  get size(): number {
    return this.steps.length;
  }
}
