import { strToU8 } from 'fflate';
import { databaseBytes } from '../store/scratch-database.js';
import { planPackage, type PackagePlan } from './package-plan.js';
import { SCHEMA11_INDEXES, SCHEMA11_TABLES } from './schema11.js';
import type { ExportInput, ExportOptions } from './types.js';
import { zipFiles } from './zip.js';

/**
 * The .apkg: a zip of `collection.anki2` (SQLite, schema 11, col.ver 11) and a
 * `media` map (`{}`: no media). This is the legacy package layout that every
 * Anki since 2.0 imports; Anki's own "support older versions" export writes it.
 */

function collectionBytes(plan: PackagePlan): Uint8Array {
  const c = plan.col;
  return databaseBytes(
    SCHEMA11_TABLES,
    [
      {
        insert: 'INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)',
        rows: [[c.crt, c.mod, c.scm, c.conf, c.models, c.decks, c.dconf, c.tags]],
      },
      {
        insert: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')",
        rows: plan.notes.map((n) => [n.id, n.guid, n.mid, n.mod, n.tags, n.flds, n.sfld, n.csum]),
      },
      {
        insert: 'INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)',
        rows: plan.cards.map((k) => [k.id, k.nid, k.did, k.ord, k.mod, k.type, k.queue, k.due, k.ivl, k.factor, k.reps, k.lapses, k.left, k.data]),
      },
      {
        insert: 'INSERT INTO revlog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        rows: plan.revlog.map((r) => [r.id, r.cid, r.usn, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]),
      },
    ],
    SCHEMA11_INDEXES,
  );
}

/** Builds the package bytes; nothing is written to disk. */
export function buildApkg(input: ExportInput, opts: ExportOptions): Uint8Array {
  const plan = planPackage(input, opts);
  return zipFiles({ 'collection.anki2': collectionBytes(plan), media: strToU8('{}') }, opts.now);
}
