import { guidOf, noteFields, noteTags } from './note-fields.js';
import { FIELD_NAMES, NOTE_TYPE_NAME } from './note-type.js';
import type { ExportInput } from './types.js';

/**
 * Anki's text-import format (File → Import, rslib/src/import_export/text/csv):
 * `#` headers, then one note per line: guid, the nine fields, tags. Columns
 * are 1-based, as Anki's own "Notes in Plain Text" export numbers them.
 */

export const TSV_GUID_COLUMN = 1;
export const TSV_TAGS_COLUMN = FIELD_NAMES.length + 2;

/**
 * One cell. Fields are already HTML (newlines are `<br>`, quotes `&quot;`); a
 * cell that still holds a tab, newline or quote, or starts with `#` (a comment
 * to Anki's reader), is quoted the csv way, with inner quotes doubled.
 */
export function tsvCell(value: string): string {
  return /[\t\r\n"]|^#/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const headerValue = (s: string) => s.replace(/[\r\n\t]+/g, ' ').trim();

export function buildTsv(input: ExportInput): string {
  const title = input.deck.source.title;
  const lines = [
    '#separator:tab',
    '#html:true',
    `#notetype:${NOTE_TYPE_NAME}`,
    `#deck:${headerValue(input.deck.name)}`,
    `#guid column:${TSV_GUID_COLUMN}`,
    `#tags column:${TSV_TAGS_COLUMN}`,
  ];
  for (const { card } of input.notes) {
    const cells = [guidOf(card), ...noteFields(card, title), noteTags(card, title).join(' ')];
    lines.push(cells.map(tsvCell).join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
