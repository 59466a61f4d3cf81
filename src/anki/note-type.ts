import { stableId } from './ids.js';
import { toneCss } from './tone-css.js';

/**
 * The "guanhua Chinese" note type: fields, card templates and CSS, as the
 * schema-11 `col.models` JSON that Anki's legacy package importer reads
 * (rslib/src/notetype/schema11.rs).
 */

export const NOTE_TYPE_NAME = 'guanhua Chinese';

export const FIELD_NAMES = [
  'Hanzi',
  'Traditional',
  'Pinyin',
  'Meaning',
  'Example',
  'Example Pinyin',
  'HSK',
  'Frequency',
  'Source',
  // The Recall front: the meaning with the word masked (recall-prompt.ts); empty: no Recall card.
  'Recall Prompt',
] as const;

/**
 * When guanhua last changed its note type (fields, templates, CSS) or what a note's fields and
 * tags hold for the same card content: the mtime of the note type and the deck, and the earliest
 * note mtime. Anki's importer updates a note type or a note only when the incoming one is newer,
 * so what a learner changed in Anki survives every re-import until guanhua changes that note's
 * content, or moves this date (then once). Move it forward with every such change.
 */
export const FORMAT_CHANGED_AT = new Date('2026-11-30T04:55:00Z');

export const RECALL_PROMPT = FIELD_NAMES.indexOf('Recall Prompt');

export interface CardTemplate {
  name: string;
  qfmt: string;
  afmt: string;
}

const details = `<div class="details">
{{#HSK}}<span class="hsk">{{HSK}}</span>{{/HSK}}
{{#Frequency}}<span class="freq">{{Frequency}}</span>{{/Frequency}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}
</div>`;

export const RECOGNITION: CardTemplate = {
  name: 'Recognition',
  qfmt: `<div class="hanzi">{{Hanzi}}</div>
{{#Traditional}}<div class="trad">{{Traditional}}</div>{{/Traditional}}
{{#Example}}<div class="example">{{Example}}</div>{{/Example}}`,
  afmt: `{{FrontSide}}

<hr id=answer>

<div class="pinyin">{{Pinyin}}</div>
<div class="meaning">{{Meaning}}</div>
{{#Example Pinyin}}<div class="example-pinyin">{{Example Pinyin}}</div>{{/Example Pinyin}}
${details}`,
};

// The back shows the whole meaning (unmasked) above the answer.
export const RECALL: CardTemplate = {
  name: 'Recall',
  qfmt: `<div class="meaning prompt">{{Recall Prompt}}</div>`,
  afmt: `<div class="meaning prompt">{{Meaning}}</div>

<hr id=answer>

<div class="hanzi">{{Hanzi}}</div>
{{#Traditional}}<div class="trad">{{Traditional}}</div>{{/Traditional}}
<div class="pinyin">{{Pinyin}}</div>
{{#Example}}<div class="example">{{Example}}</div>{{/Example}}
{{#Example Pinyin}}<div class="example-pinyin">{{Example Pinyin}}</div>{{/Example Pinyin}}
${details}`,
};

export const CSS = `.card {
  font-family: "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  text-align: center;
  color: #212121;
  background-color: #fafafa;
}
.nightMode.card, .night_mode .card { color: #e0e0e0; background-color: #1e1e1e; }
.hanzi { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 56px; margin: 0.3em 0; }
.trad { font-size: 24px; color: #757575; }
.example { font-size: 22px; margin: 0.8em auto; max-width: 36em; line-height: 1.6; }
.example .hl { font-weight: bold; color: #6a1b9a; }
.nightMode .example .hl, .night_mode .example .hl { color: #da77f2; }
.pinyin { font-size: 28px; margin: 0.2em 0; }
.meaning { font-size: 20px; margin: 0.4em auto; max-width: 32em; }
.meaning.prompt { font-size: 26px; }
.example-pinyin { font-size: 16px; color: #616161; max-width: 40em; margin: 0 auto; }
.details { font-size: 13px; color: #9e9e9e; margin-top: 1.5em; }
.details span + span::before { content: " · "; }
${toneCss()}
`;

/** The templates of a package: Recognition, and Recall with --recall. */
export function templatesFor(recall: boolean): CardTemplate[] {
  return recall ? [RECOGNITION, RECALL] : [RECOGNITION];
}

/**
 * The note type id derives from its field and template names: the two variants
 * (with and without Recall) are two note types to Anki, whose importer merges a
 * note type only when the id and those names match (notes.rs schema_hash).
 */
export function noteTypeId(templates: CardTemplate[]): number {
  return stableId(`notetype\u001f${NOTE_TYPE_NAME}\u001f${FIELD_NAMES.join('\u001f')}\u001f${templates.map((t) => t.name).join('\u001f')}`);
}

const LATEX_PRE =
  '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

/** The schema-11 JSON object for `col.models[id]`. `modSecs`: the note type's mtime. */
export function noteTypeJson(templates: CardTemplate[], deckId: number, modSecs: number): Record<string, unknown> {
  const id = noteTypeId(templates);
  return {
    id: String(id),
    name: NOTE_TYPE_NAME,
    type: 0,
    mod: modSecs,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: templates.map((t, ord) => ({ name: t.name, ord, qfmt: t.qfmt, afmt: t.afmt, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 })),
    flds: FIELD_NAMES.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: '\\end{document}',
    latexsvg: false,
    // Each template needs Hanzi (Recognition) or Recall Prompt (Recall) to be non-empty.
    req: templates.map((t, ord) => [ord, 'any', [t === RECALL ? RECALL_PROMPT : 0]]),
    tags: [],
    vers: [],
  };
}
