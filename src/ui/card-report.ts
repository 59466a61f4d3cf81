import { displayWidth } from './columns.js';
import { dayLabel, learnerDay, zoneOffsetMs } from '../srs/day.js';
import { GRADE_NAMES } from '../srs/interval-label.js';
import type { DayClock } from '../srs/types.js';
import type { CardDetail, CardSummary } from '../store/manage-types.js';

/**
 * `guanhua cards` and `guanhua card` for people: pure text from the store's summaries.
 * Times are the learner's (config timeZone), dates are learner days.
 */

/** "2026-11-30 14:05" in the learner's zone. */
export function localTime(t: Date, clock: DayClock): string {
  const wall = t.getTime() + zoneOffsetMs(clock.timeZone, t.getTime());
  return new Date(wall).toISOString().slice(0, 16).replace('T', ' ');
}

/** When the card comes up: a learner day, the time for a card due within today, or — (new, suspended, known). */
export function dueLabel(c: Pick<CardSummary, 'state' | 'due'>, now: Date, clock: DayClock): string {
  if (c.state === 'new' || c.state === 'known' || c.state === 'suspended') return '—';
  const day = learnerDay(c.due, clock);
  if (day <= learnerDay(now, clock) && (c.state === 'learning' || c.state === 'relearning')) return localTime(c.due, clock).slice(11);
  return dayLabel(day);
}

const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** One line a card: word, pinyin, state, due, decks; columns aligned; a count line last. */
export function cardsTable(cards: readonly CardSummary[], total: number, now: Date, clock: DayClock): string {
  if (cards.length === 0) return 'No cards match.\n';
  const rows = cards.map((c) => [c.word, c.pinyin, c.state, dueLabel(c, now, clock), c.decks.join(', ')]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => displayWidth(r[i]))));
  const lines = rows.map((r) => r.map((cell, i) => (i < 4 ? padEnd(cell, widths[i]) : cell)).join('  ').trimEnd());
  const more = total > cards.length ? ` (the first ${cards.length} shown)` : '';
  return `${lines.join('\n')}\n${total} card${total === 1 ? '' : 's'}${more}\n`;
}

const days = (x: number) => `${Math.round(x * 10) / 10} day${Math.round(x * 10) === 10 ? '' : 's'}`;

/** How a history shows an answer of the word's Recall card (studied in Anki). */
export const RECALL_EVENT = 'Recall card, in Anki (not this card\'s memory)';

/** One card, everything the collection knows of it. */
export function cardText(d: CardDetail, now: Date, clock: DayClock): string {
  const out: string[] = [];
  out.push(`${d.word}  ${d.pinyin}  (${d.id})`);
  if (d.card && d.card.traditional && d.card.traditional !== d.word) out.push(`  traditional ${d.card.traditional}`);
  d.card?.definitions.forEach((m, i) => out.push(`  ${i + 1}. ${m}`));
  const due = dueLabel(d, now, clock);
  out.push(`  state     ${d.state}${due === '—' ? '' : `, due ${due}`}`);
  if (d.buriedUntil !== null && d.state === 'buried') out.push(`  buried    until ${localTime(d.buriedUntil, clock)}`);
  if (d.schedule.state !== 'new') out.push(`  memory    stability ${days(d.stability)}, difficulty ${d.difficulty.toFixed(1)}`);
  out.push(`  reviews   ${d.reviews}, lapses ${d.lapses}`);
  out.push(`  decks     ${d.decks.join(', ')}`);
  if (d.recall) out.push(`  recall    in Anki: stability ${days(d.recall.stability)}, ${d.recall.history.length} review${d.recall.history.length === 1 ? '' : 's'}`);
  for (const ex of d.card?.examples ?? []) out.push(`  example   ${ex}`);
  if (d.history.length > 0 || d.forgotten.length > 0 || (d.recall?.history.length ?? 0) > 0) out.push('  history');
  const events = [
    ...d.history.map((h) => ({
      t: h.time.getTime(),
      line: `${localTime(h.time, clock)}  ${GRADE_NAMES[h.grade].padEnd(5)}  ${h.stateBefore} → ${h.stateAfter}, ${h.scheduled > 0 ? `next in ${h.scheduled} d` : 'again today'}`,
    })),
    ...d.forgotten.map((f) => ({ t: f.getTime(), line: `${localTime(f, clock)}  forgotten: new again` })),
    ...(d.recall?.history ?? []).map((h) => ({ t: h.time.getTime(), line: `${localTime(h.time, clock)}  ${GRADE_NAMES[h.grade].padEnd(5)}  ${RECALL_EVENT}` })),
  ].sort((a, b) => a.t - b.t);
  for (const e of events) out.push(`    ${e.line}`);
  return `${out.join('\n')}\n`;
}
