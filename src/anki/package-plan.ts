import { fieldChecksum, sortFieldText } from './html.js';
import { DEFAULT_CLOCK, dayStartMs, epochSeconds, stableId } from './ids.js';
import { colConf, dconfJson, decksJson, tagsJson } from './collection-json.js';
import { noteFields, noteTags, guidOf } from './note-fields.js';
import { FORMAT_CHANGED_AT, RECALL, RECALL_PROMPT, noteTypeId, noteTypeJson, templatesFor } from './note-type.js';
import { LEARN_STEPS, RELEARN_STEPS, newCardColumns, progressColumns, revlogRows, type CardColumns, type RevlogRow } from './progress.js';
import type { ExportInput, ExportOptions } from './types.js';

/**
 * Everything that goes into collection.anki2, as plain rows: a pure function of
 * the deck, its progress and the export time. apkg.ts writes it to SQLite.
 */

/** Tag of cards the learner marked "I know this" in guanhua (exported suspended). */
export const KNOWN_TAG = 'guanhua::known';

export interface ColRow {
  crt: number;
  mod: number;
  scm: number;
  conf: string;
  models: string;
  decks: string;
  dconf: string;
  tags: string;
}

export interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
}

export interface CardRow extends CardColumns {
  id: number;
  nid: number;
  did: number;
  ord: number;
  mod: number;
}

export interface PackagePlan {
  col: ColRow;
  notes: NoteRow[];
  cards: CardRow[];
  revlog: RevlogRow[];
}

/**
 * col.crt: the day start (local 04:00) of the earliest of now, any review and
 * any due date, so that every review card's due day number is ≥ 0.
 */
function creationMs(input: ExportInput, opts: ExportOptions): number {
  let earliest = opts.now.getTime();
  if (opts.withProgress) {
    for (const n of input.notes) {
      if (!n.progress) continue;
      earliest = Math.min(earliest, n.progress.schedule.due.getTime());
      for (const r of n.progress.reviews) earliest = Math.min(earliest, r.reviewedAt.getTime());
    }
  }
  return dayStartMs(new Date(earliest), opts.clock ?? DEFAULT_CLOCK);
}

/** ts-fsrs's FSRS-6 default decay (w[20]); kept here so exporting does not load ts-fsrs. */
export const FSRS6_DEFAULT_DECAY = 0.1542;

export function planPackage(input: ExportInput, opts: ExportOptions): PackagePlan {
  const nowMs = opts.now.getTime();
  const nowSecs = epochSeconds(opts.now);
  const formatSecs = epochSeconds(FORMAT_CHANGED_AT);
  const crtMs = creationMs(input, opts);
  const clock = opts.clock ?? DEFAULT_CLOCK;
  const templates = templatesFor(opts.recall);
  const mid = noteTypeId(templates);
  const did = stableId(`deck\u001f${input.deck.name}`);
  const desiredRetention = opts.desiredRetention ?? 0.9;
  const decay = opts.decay ?? FSRS6_DEFAULT_DECAY;
  const learningSteps = opts.learningSteps ?? LEARN_STEPS.length;
  const relearningSteps = opts.relearningSteps ?? RELEARN_STEPS.length;

  // Note and card ids are creation times just before the export, in deck order;
  // Anki matches notes by guid, so these need not be stable (it renumbers clashes).
  const n = input.notes.length;
  const cardsPerNote = templates.length;
  const notes: NoteRow[] = [];
  const cards: CardRow[] = [];
  const revlog: RevlogRow[] = [];
  const revlogIds = new Set<number>();
  const allTags = new Set<string>();

  input.notes.forEach((note, i) => {
    const nid = nowMs - n + i;
    const fields = noteFields(note.card, input.deck.source.title);
    const tags = noteTags(note.card, input.deck.source.title);
    if (opts.withProgress && note.progress?.retired) tags.push(KNOWN_TAG);
    tags.forEach((t) => allTags.add(t));
    notes.push({
      id: nid,
      guid: guidOf(note.card),
      mid,
      mod: Math.max(epochSeconds(note.contentChangedAt), formatSecs),
      tags: tags.length ? ` ${tags.join(' ')} ` : '',
      flds: fields.join('\u001f'),
      sfld: sortFieldText(fields[0]),
      csum: fieldChecksum(fields[0]),
    });
    const position = i + 1;
    const cardMod = note.stateChangedAt ? Math.min(epochSeconds(note.stateChangedAt), nowSecs) : nowSecs;
    for (let ord = 0; ord < cardsPerNote; ord++) {
      // A Recall card needs something to ask (recall-prompt.ts); Anki would show a blank-front error.
      if (templates[ord] === RECALL && fields[RECALL_PROMPT] === '') continue;
      const id = nowMs - n * cardsPerNote + i * cardsPerNote + ord;
      // Progress belongs to the Recognition card (ord 0), the card guanhua reviews.
      const progress = opts.withProgress && ord === 0 ? note.progress : undefined;
      const cols = progress
        ? progressColumns(progress, { position, crtMs, now: opts.now, desiredRetention, decay, learningSteps, relearningSteps, clock })
        : newCardColumns(position);
      cards.push({ id, nid, did, ord, mod: cardMod, ...cols });
      if (progress) revlog.push(...revlogRows(progress.reviews, id, revlogIds));
    }
  });

  const desc = `Made by guanhua from “${input.deck.source.title}”${input.deck.source.file ? ` (${input.deck.source.file})` : ''}.`;
  return {
    col: {
      crt: Math.floor(crtMs / 1000),
      mod: nowMs,
      scm: nowMs,
      conf: JSON.stringify(colConf(did, mid, n + 1)),
      models: JSON.stringify({ [mid]: noteTypeJson(templates, did, formatSecs) }),
      decks: JSON.stringify(decksJson(did, input.deck.name, escapeDesc(desc), formatSecs)),
      dconf: JSON.stringify(dconfJson(desiredRetention)),
      tags: JSON.stringify(tagsJson(allTags)),
    },
    notes,
    cards,
    revlog,
  };
}

// The deck description is shown as HTML in Anki's overview.
const escapeDesc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
