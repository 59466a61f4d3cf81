import { GuanhuaError } from '../errors.js';
import { describeCorrection, parseReading } from '../learn/corrections.js';
import { toneMarks } from '../lexicon/tone-marks.js';
import type { Correction } from '../model/corrections.js';
import { backupBefore } from '../store/backups.js';
import type { CardDetail, SearchResult } from '../store/manage-types.js';
import type { Manager } from '../store/manager.js';

/** Cards the list holds at most (the best matches); the count says how many match. */
export const BROWSE_LIMIT = 500;

/**
 * What the browse screen needs from the collection, as plain calls. Every change is saved before
 * the call returns, and returns a line to show ("Suspended 执法"); a bad correction throws a
 * GuanhuaError whose message the screen shows.
 */
export interface BrowseController {
  search(query: string, now: Date): SearchResult;
  detail(id: string, now: Date): CardDetail | undefined;
  toggleSuspend(id: string, now: Date): string;
  /** "I know this" on or off. */
  toggleKnown(id: string, now: Date): string;
  /** New again, history kept; a backup is made first. */
  forget(id: string, now: Date): Promise<string>;
  /** The same corrections as `guanhua fix --reading` / `--meaning` (meanings separated by ;). */
  correct(id: string, field: 'reading' | 'meaning', text: string, now: Date): string;
}

export function managerController(m: Manager, home: string): BrowseController {
  const card = (id: string, now: Date) => {
    const d = m.detail(id, now);
    if (d === undefined) throw new GuanhuaError(`the card ${id} is no longer in the collection`);
    return d;
  };
  return {
    search: (query, now) => m.search({ query, now, limit: BROWSE_LIMIT }),
    detail: (id, now) => m.detail(id, now),
    toggleSuspend(id, now) {
      const d = card(id, now);
      m.edit(d.suspended ? 'unsuspend' : 'suspend', [id], now);
      return `${d.suspended ? 'Unsuspended' : 'Suspended'}: ${d.word}`;
    },
    toggleKnown(id, now) {
      const d = card(id, now);
      m.edit(d.retired ? 'unretire' : 'retire', [id], now);
      return d.retired ? `No longer marked as known: ${d.word}` : `Marked as known: ${d.word}`;
    },
    async forget(id, now) {
      const d = card(id, now);
      await backupBefore(home, 'forget', now);
      m.forget([id], now);
      return `Forgot ${d.word}: new again, history kept (a backup was made first)`;
    },
    correct(id, field, text, now) {
      const d = card(id, now);
      const fresh: Correction = { word: d.word };
      if (field === 'reading') fresh.reading = parseReading(d.word, text, toneMarks);
      else {
        const meanings = text.split(/\s*;\s*/).map((s) => s.trim()).filter(Boolean);
        if (meanings.length === 0) throw new GuanhuaError('give a meaning (several: separated by ;)');
        fresh.meanings = meanings;
      }
      const { saved } = m.correct(fresh, now);
      return `Saved: ${describeCorrection(saved)}`;
    },
  };
}
