import type { QueueCounts } from './session-reducer.js';

/** A bar of `width` cells, `fraction` (0..1) of them full. */
export function progressBar(fraction: number, width: number): string {
  const w = Math.max(0, width);
  const full = Math.round(Math.min(1, Math.max(0, fraction)) * w);
  return '█'.repeat(full) + '░'.repeat(w - full);
}

/** "new 12  learning 3  review 40" */
export function statusCounts(c: QueueCounts): string {
  return `new ${c.new}  learning ${c.learning}  review ${c.review}`;
}
