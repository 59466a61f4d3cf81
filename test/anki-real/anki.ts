import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CardColumns, RevlogRow } from '../../src/anki/progress.js';
import { runPython } from '../helpers/python.js';

/**
 * Typed access to steps.py: a real Anki collection (the `anki` package in .venv) driven
 * through Anki's own Python API. One call runs its steps in one Python process.
 */

const stepsScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'steps.py');

export interface ImportCounts {
  new: number;
  updated: number;
  duplicate: number;
  conflicting: number;
}

export interface AnkiNote {
  id: number;
  guid: string;
  notetype: string;
  mod: number;
  usn: number;
  tags: string[];
  fields: Record<string, string>;
}

/** A card: the scheduling columns guanhua writes (but `data`), and what Anki makes of them. */
export interface AnkiCard extends Omit<CardColumns, 'data'> {
  id: number;
  nid: number;
  guid: string;
  ord: number;
  template: string;
  deck: string;
  mod: number;
  memoryState: { stability: number; difficulty: number } | null;
  desiredRetention: number | null;
  decay: number | null;
  lastReview: number | null;
  /** The sides as the learner reads them (Anki's strip_html), and as rendered HTML. */
  question: string;
  answer: string;
  questionHtml: string;
  answerHtml: string;
}

/** A revlog row, the same columns as guanhua writes. */
export type AnkiRevlog = RevlogRow;

export interface Snapshot {
  crt: number;
  notes: AnkiNote[];
  cards: AnkiCard[];
  revlog: AnkiRevlog[];
  notetypes: { name: string; mod: number; fields: string[]; templates: string[] }[];
  decks: { name: string; mod: number; desc: string }[];
}

export type Step =
  | { op: 'import'; package: string; withScheduling: boolean; mergeNotetypes?: boolean }
  | { op: 'importText'; file: string }
  | { op: 'snapshot' }
  | { op: 'check' }
  | { op: 'edit'; guid: string; field: string; value: string };

type ResultOf<S extends Step> = S extends { op: 'import' | 'importText' }
  ? ImportCounts
  : S extends { op: 'snapshot' }
    ? Snapshot
    : S extends { op: 'check' }
      ? { ok: boolean; message: string }
      : { mod: number };

/** Runs the steps on the collection file (created when missing); one result per step. */
export function anki<const S extends readonly Step[]>(collection: string, steps: S): { [K in keyof S]: ResultOf<S[K]> } {
  return runPython(stepsScript, { collection, steps }) as { [K in keyof S]: ResultOf<S[K]> };
}

/** A package written to a file beside the collection. */
export function writePackage(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}
