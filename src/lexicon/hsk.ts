import type { HskLevels } from '../deck/format.js';
import { dataFiles } from './data-files.js';
import { SortedTable } from './sorted-table.js';

let table: SortedTable | null = null;

/** HSK 2.0 level (1..6) and HSK 3.0 level (1..7, 7 = the 7–9 band); the lowest where listed twice. */
export function hskLevels(word: string): HskLevels {
  table ??= SortedTable.load(dataFiles.hsk);
  const row = table.find(word)[0];
  if (!row) return { v2: null, v3: null };
  return { v2: level(row[1]), v3: level(row[2]) };
}

function level(field: string | undefined): number | null {
  return field ? Number(field) : null;
}
