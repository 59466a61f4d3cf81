import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { default_w } from 'ts-fsrs';
import { runPython } from '../helpers/python.js';

/**
 * Drives study.py: real Anki (the venv's `anki`) studies a guanhua package on the days a
 * scenario names, under libfaketime, and exports packages.
 */

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'study.py');

/** Where Debian's faketime package puts libfaketime (.ci/run installs it). */
const LIBFAKETIME = ['x86_64-linux-gnu', 'aarch64-linux-gnu', '']
  .map((arch) => path.join('/usr/lib', arch, 'faketime/libfaketime.so.1'));

/** Why these tests cannot set Anki's clock, or null: for describeWithAnki. */
export function libfaketimeMissing(): string | null {
  return LIBFAKETIME.some((f) => fs.existsSync(f)) ? null : 'libfaketime is not installed: apt-get install faketime';
}

function libfaketime(): string {
  const found = LIBFAKETIME.find((f) => fs.existsSync(f));
  if (!found) throw new Error(libfaketimeMissing()!);
  return found;
}

export interface AnkiSession {
  /** "YYYY-MM-DD HH:MM:SS", UTC. */
  at: string;
  suspend?: string[];
  unsuspend?: string[];
  bury?: string[];
  /** Browse → Set Due Date: days as Anki takes them ("7", "5-9", "7!"). */
  setDue?: { guid: string; days: string }[];
  /** Browse → Forget (Reset). */
  forget?: string[];
  /** Deck options: this desired retention, "Reschedule cards on change" ticked. */
  retention?: number;
}

/** When the scenarios have Anki import the package, unless one says otherwise. */
export const IMPORT_AT = '2026-01-09 09:00:00';

export interface AnkiScenario {
  dir: string;
  package: string;
  /** FSRS weights; ts-fsrs's defaults unless given. */
  weights?: number[];
  /** Desired retention; 0.9 unless given. */
  retention?: number;
  newPerDay: number;
  /** 1 Again … 4 Easy, cycled over the answers of the whole run. */
  ratings: number[];
  /** IMPORT_AT unless given. */
  importAt?: string;
  /** Recognition cards suspended right after the import: those words are studied by Recall only. */
  suspendAtImport?: string[];
  sessions: AnkiSession[];
  exportAt: string;
}

export interface AnkiCardReport {
  guid: string;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  reps: number;
  lapses: number;
  stability: number | null;
  difficulty: number | null;
  /** Review and interday cards: the day Anki has them due (YYYY-MM-DD). */
  dueDate: string | null;
}

export interface AnkiReport {
  crt: number;
  cards: AnkiCardReport[];
  revlog: { guid: string; id: number; ease: number; ivl: number; lastIvl: number; factor: number; type: number }[];
  /** The Recall cards (a package exported with --recall) and their log; none otherwise. */
  recall: { cards: AnkiCardReport[]; revlog: AnkiReport['revlog'] };
  /** Answers per session. */
  answered: number[];
  packages: { latest: string; legacy: string; noScheduling: string; colpkg: string };
}

export function studyInAnki(given: AnkiScenario): AnkiReport {
  const scenario = { weights: [...default_w], retention: 0.9, importAt: IMPORT_AT, ...given };
  fs.mkdirSync(scenario.dir, { recursive: true });
  const timeFile = path.join(scenario.dir, 'faketime');
  fs.writeFileSync(timeFile, `@${scenario.importAt}\n`);
  return runPython<AnkiReport>(script, { ...scenario, timeFile }, {
    TZ: 'UTC',
    LD_PRELOAD: libfaketime(),
    FAKETIME_TIMESTAMP_FILE: timeFile,
    FAKETIME_NO_CACHE: '1',
  });
}
