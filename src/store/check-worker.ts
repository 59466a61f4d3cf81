import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { isDamage, nativeBinding, type Db } from './database.js';
import { markIntact } from './intact.js';

/**
 * The damage check of a review or browse session, in a worker thread: SQLite's quick check of the
 * whole file (about 200 ms on the 92 MB bench collection) runs beside the session's start, and
 * when the file is intact the session's first write needs no check of its own. When it is not,
 * or the learner is quicker, the first write checks (database.ts verifyIntact) and finds the damage.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
try {
  const db = new Database(workerData.file, { nativeBinding: workerData.binding, readonly: true, fileMustExist: true, timeout: 60000 });
  try {
    parentPort.postMessage({ check: db.pragma('quick_check(1)', { simple: true }) });
  } finally {
    db.close();
  }
} catch (err) {
  parentPort.postMessage({ code: String(err && err.code) });
}
`;

/** A check running beside the session; stop() ends it (the first write then checks for itself). */
export interface RunningCheck {
  /** true: the file passed; false: it is damaged; null: stopped, or the check could not run. */
  done: Promise<boolean | null>;
  stop(): void;
}

/** Checks `file` in a worker thread; when it passes, `db` (open on it since before) writes without a check. */
export function checkInWorker(file: string, db: Db): RunningCheck {
  const workerData = { module: createRequire(import.meta.url).resolve('better-sqlite3'), binding: nativeBinding(), file };
  const worker = new Worker(WORKER, { eval: true, workerData });
  worker.unref();
  const done = new Promise<boolean | null>((resolve) => {
    worker.once('message', (m: { check?: string; code?: string }) => {
      if (m.check === 'ok') markIntact([db]);
      resolve(m.check !== undefined ? m.check === 'ok' : isDamage(m.code ?? '') ? false : null);
    });
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
  return { done, stop: () => void worker.terminate() };
}
