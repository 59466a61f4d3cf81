import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';

/** An exported package read back with a real zip reader and real SQLite. */
export interface ReadPackage {
  entries: string[];
  media: unknown;
  col: Record<string, unknown>;
  conf: Record<string, unknown>;
  models: Record<string, { id: string; name: string; flds: { name: string; ord: number }[]; tmpls: { name: string; ord: number; qfmt: string; afmt: string }[]; css: string; sortf: number }>;
  decks: Record<string, { id: number; name: string; conf?: number }>;
  notes: { id: number; guid: string; mid: number; mod: number; tags: string; flds: string; sfld: string; csum: number }[];
  cards: { id: number; nid: number; did: number; ord: number; type: number; queue: number; due: number; ivl: number; factor: number; reps: number; lapses: number; left: number; data: string }[];
  revlog: { id: number; cid: number; usn: number; ease: number; ivl: number; lastIvl: number; factor: number; time: number; type: number }[];
  tables: string[];
}

export function readApkg(bytes: Uint8Array): ReadPackage {
  const zip = unzipSync(bytes);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-read-apkg-'));
  const file = path.join(dir, 'collection.anki2');
  fs.writeFileSync(file, zip['collection.anki2']);
  const db = new Database(file, { readonly: true });
  try {
    const col = db.prepare('SELECT * FROM col').get() as Record<string, unknown>;
    const all = <T>(sql: string) => db.prepare(sql).all() as T[];
    return {
      entries: Object.keys(zip).sort(),
      media: JSON.parse(strFromU8(zip.media)),
      col,
      conf: JSON.parse(col.conf as string),
      models: JSON.parse(col.models as string),
      decks: JSON.parse(col.decks as string),
      notes: all('SELECT id, guid, mid, mod, tags, flds, CAST(sfld AS TEXT) AS sfld, csum FROM notes ORDER BY id'),
      cards: all('SELECT * FROM cards ORDER BY id'),
      revlog: all('SELECT * FROM revlog ORDER BY id'),
      tables: all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((r) => r.name),
    };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Field values of a note by field name. */
export function fieldsOf(pkg: ReadPackage, note: ReadPackage['notes'][number]): Record<string, string> {
  const model = pkg.models[String(note.mid)];
  const values = note.flds.split('\u001f');
  return Object.fromEntries(model.flds.map((f) => [f.name, values[f.ord]]));
}
