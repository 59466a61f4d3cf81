import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strToU8 } from 'fflate';
import { planPackage, type PackagePlan } from './package-plan.js';
import { SCHEMA11_INDEXES, SCHEMA11_TABLES } from './schema11.js';
import type { ExportInput, ExportOptions } from './types.js';
import { zipFiles } from './zip.js';

/**
 * The .apkg: a zip of `collection.anki2` (SQLite, schema 11, col.ver 11) and a
 * `media` map (`{}`: no media). This is the legacy package layout that every
 * Anki since 2.0 imports; Anki's own "support older versions" export writes it.
 */

function writeCollection(file: string, plan: PackagePlan): void {
  const db = new Database(file);
  try {
    // A throwaway file: no journal, no fsync.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SCHEMA11_TABLES);
    const c = plan.col;
    db.prepare(
      'INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)',
    ).run(c.crt, c.mod, c.scm, c.conf, c.models, c.decks, c.dconf, c.tags);
    const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
    const card = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)');
    const rev = db.prepare('INSERT INTO revlog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (const n of plan.notes) note.run(n.id, n.guid, n.mid, n.mod, n.tags, n.flds, n.sfld, n.csum);
      for (const k of plan.cards) {
        card.run(k.id, k.nid, k.did, k.ord, k.mod, k.type, k.queue, k.due, k.ivl, k.factor, k.reps, k.lapses, k.left, k.data);
      }
      for (const r of plan.revlog) rev.run(r.id, r.cid, r.usn, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type);
    })();
    db.exec(SCHEMA11_INDEXES);
  } finally {
    db.close();
  }
}

/** Builds the package bytes. Nothing is left behind in the temp directory. */
export function buildApkg(input: ExportInput, opts: ExportOptions): Uint8Array {
  const plan = planPackage(input, opts);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-apkg-'));
  try {
    const file = path.join(dir, `${crypto.randomUUID()}.anki2`);
    writeCollection(file, plan);
    const collection = new Uint8Array(fs.readFileSync(file));
    return zipFiles({ 'collection.anki2': collection, media: strToU8('{}') }, opts.now);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
