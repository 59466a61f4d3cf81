import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { runExport } from '../../src/commands/export.js';
import { runImport, type ImportSummary } from '../../src/commands/import.js';
import type { CommandContext } from '../../src/context.js';
import type { Deck } from '../../src/model/deck.js';
import type { Grade } from '../../src/srs/types.js';
import { openCollection } from '../../src/store/collection.js';
import { openManager } from '../../src/store/manager.js';

/**
 * The guanhua side of a round trip through real Anki (study.ts): a collection in UTC, exported
 * with progress and importing what Anki exports, each command run in process.
 */

/** "YYYY-MM-DD HH:MM:SS" in UTC. */
export const utc = (s: string) => new Date(`${s.replace(' ', 'T')}Z`);

/** A command's context whose standard output and error are collected. */
export function commandContext(home: string, now: Date): CommandContext & { output: () => string } {
  let text = '';
  const stdout = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } });
  return { home, stdout, stderr: stdout, color: false, now, output: () => text };
}

/** A home whose learner days are UTC days from 04:00, as study.py's Anki runs (TZ=UTC). */
export function utcHome(home: string): void {
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify({ timeZone: 'UTC' }));
}

/** What the learner did in guanhua: answers [card id, grade, time, ms] and suspensions [card id, time]. */
export interface GuanhuaStudy {
  answers: [string, Grade, string, number][];
  suspend?: [string, string][];
}

/** Applies the study to the collection in `home`. */
export function studyInGuanhua(home: string, study: GuanhuaStudy): void {
  const c = openCollection(home);
  try {
    for (const [id, grade, at, ms] of study.answers) c.answer(id, grade, utc(at), ms);
    for (const [id, at] of study.suspend ?? []) c.suspend(id, utc(at));
  } finally {
    c.close();
  }
}

/**
 * A UTC home with `deck` added at 2026-01-01 10:00 and studied, exported with progress to `file`
 * at 2026-01-08 10:00 (`guanhua export <deck> --apkg <file> --with-progress`, and `--recall` if asked).
 */
export async function guanhuaBeforeAnki(home: string, deck: Deck, study: GuanhuaStudy, file: string, recall = false): Promise<string> {
  utcHome(home);
  const c = openCollection(home);
  try {
    c.addDeck(deck, utc('2026-01-01 10:00:00'));
  } finally {
    c.close();
  }
  studyInGuanhua(home, study);
  await runExport(deck.name, { apkg: file, withProgress: true, recall }, commandContext(home, utc('2026-01-08 10:00:00')));
  return file;
}

/** `guanhua import <file> --json` at `now`. */
export async function importJson(home: string, file: string, now: Date): Promise<ImportSummary> {
  const ctx = commandContext(home, now);
  await runImport(file, { json: true }, ctx);
  return JSON.parse(ctx.output()) as ImportSummary;
}

/**
 * What Anki exported, imported in turn: the package, the same package again, the .colpkg and the
 * legacy package (the last three carry the same reviews as the first).
 */
export async function importEach(home: string, packages: { latest: string; colpkg: string; legacy: string }, now: Date) {
  return {
    first: await importJson(home, packages.latest, now),
    again: await importJson(home, packages.latest, now),
    colpkg: await importJson(home, packages.colpkg, now),
    legacy: await importJson(home, packages.legacy, now),
  };
}

/** `use` run on the collection in `home`, closed after. */
export function withCollection<T>(home: string, use: (c: ReturnType<typeof openCollection>) => T): T {
  const c = openCollection(home);
  try {
    return use(c);
  } finally {
    c.close();
  }
}

/** What `guanhua check` finds wrong with the cards of the collection in `home`. */
export function cardProblems(home: string): unknown[] {
  const m = openManager(home);
  try {
    return m.check().cards;
  } finally {
    m.close();
  }
}
