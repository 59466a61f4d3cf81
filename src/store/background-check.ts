import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { isDamage, nativeBinding, type Db } from './database.js';
import { markIntact } from './intact.js';

/**
 * The damage check of a review or browse session, beside it: SQLite's quick check of the whole
 * file (about 200 ms on the 92 MB bench collection) runs in a child process while the learner
 * reads the first card; when the file passes, the session's first write needs no check of its
 * own. When it is not done yet, the first write checks for itself (database.ts verifyIntact). A
 * process rather than a worker thread: quitting stops it at once, where a thread inside SQLite's
 * check would hold the quit until the check ends.
 */
const CHILD = `
const [file, module, binding] = process.argv.slice(1);
const Database = require(module);
let out;
try {
  const db = new Database(file, { nativeBinding: binding || undefined, readonly: true, fileMustExist: true, timeout: 60000 });
  try {
    out = { check: db.pragma('quick_check(1)', { simple: true }) };
  } finally {
    db.close();
  }
} catch (err) {
  out = { code: String(err && err.code) };
}
process.stdout.write(JSON.stringify(out));
`;

/** A check running beside the session; stop() ends it (the first write then checks for itself). */
export interface RunningCheck {
  /** true: the file passed; false: it is damaged; null: stopped, or the check could not run. */
  done: Promise<boolean | null>;
  stop(): void;
}

/** Checks `file` in a child process; when it passes, `db` (open on it since before) writes without a check. */
export function checkInBackground(file: string, db: Db): RunningCheck {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const child = spawn(process.execPath, ['-e', CHILD, file, module, nativeBinding() ?? ''], { stdio: ['ignore', 'pipe', 'ignore'] });
  child.unref();
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  // Its output is not waited for by a process that is done (the pipe does not hold the event loop).
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  const done = new Promise<boolean | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('close', (code) => {
      let m: { check?: string; code?: string } = {};
      try {
        m = code === 0 ? (JSON.parse(out) as typeof m) : {};
      } catch {
        // A child cut off: no answer.
      }
      if (m.check === 'ok') markIntact([db]);
      resolve(m.check !== undefined ? m.check === 'ok' : isDamage(m.code ?? '') ? false : null);
    });
  });
  return { done, stop: () => void child.kill('SIGKILL') };
}
