import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { nativeBinding } from './database.js';

/**
 * A backup made in a worker thread, for a process that must keep answering keys meanwhile (the
 * review): the worker opens the collection read-only, copies it in one step of SQLite's online
 * backup (a snapshot; the review's commits go on beside it), turns the copy into a
 * self-contained file and runs SQLite's quick check on it. Nothing of it runs on the main thread.
 * The worker's code is a string (no file to find from src/, dist/ and the bundles alike).
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const open = (file, options) => new Database(file, { nativeBinding: workerData.binding, ...options });
(async () => {
  const source = open(workerData.source, { readonly: true, fileMustExist: true, timeout: 60000 });
  try {
    await source.backup(workerData.partial, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const copy = open(workerData.partial);
  try {
    copy.pragma('journal_mode = DELETE');
    parentPort.postMessage({ check: copy.pragma('quick_check', { simple: true }) });
  } finally {
    copy.close();
  }
})().catch((err) => parentPort.postMessage({ error: String(err && err.message), code: err && err.code }));
`;

/** Copies `source` (the collection file) to `partial` and checks the copy, in a worker thread (handed to `started`: terminate() stops it). */
export function copyInWorker(source: string, partial: string, started?: (worker: Worker) => void): Promise<void> {
  const workerData = { module: createRequire(import.meta.url).resolve('better-sqlite3'), binding: nativeBinding(), source, partial };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData });
    started?.(worker);
    worker.once('message', (m: { check?: string; error?: string; code?: string }) => {
      if (m.error !== undefined) reject(Object.assign(new Error(m.error), { code: m.code }));
      else if (m.check !== 'ok') reject(Object.assign(new Error(`the copy fails SQLite's check: ${m.check}`), { code: 'SQLITE_CORRUPT' }));
      else resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the backup worker stopped (exit ${code})`)));
  });
}
