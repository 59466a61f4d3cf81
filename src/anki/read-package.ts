import { GuanhuaError } from '../errors.js';
import { trace } from '../trace.js';
import { openSqliteImage } from '../store/sqlite-image.js';
import { newerFormat, packageCollection, type PackageVersion } from './package-file.js';

/**
 * What `guanhua import` reads from an Anki package: each note's GUID and the scheduling of its
 * first card (ord 0: Recognition, the card guanhua reviews) and second (ord 1: Recall), with
 * their review logs.
 * The notes, cards and revlog tables have the same columns in schema 11 (legacy packages) and
 * in the current schema 18 (rslib/src/storage/schema11.sql, upgrades/).
 */

/** The newest collection schema this reader knows (rslib SCHEMA_MAX_VERSION). */
const NEWEST_SCHEMA = 18;
const OLDEST_SCHEMA = 11;
const TABLES = ['col', 'notes', 'cards', 'revlog'];

/**
 * A revlog row: id is the answer time in ms; ivl days (> 0) or seconds (< 0); factor the ease
 * (SM-2, per mille) or difficulty (FSRS), 0 on a manual reset.
 */
export interface AnkiRevlogRow {
  id: number;
  ease: number;
  ivl: number;
  factor: number;
  time: number;
  type: number;
}

/**
 * The columns of an Anki card that import reads. mod is in seconds; due of a review card a day
 * number counted from the collection's crt (odue instead while the card is in a filtered deck).
 */
export interface AnkiCardRow {
  id: number;
  mod: number;
  type: number;
  queue: number;
  due: number;
  /** Days, for a review card. */
  ivl: number;
  /** JSON: the FSRS memory state ("s" stability, "d" difficulty) when Anki computed one. */
  data: string;
  revlog: AnkiRevlogRow[];
}

export interface AnkiNote {
  guid: string;
  /** The note's first card (Recognition), or null when it has none. */
  card: AnkiCardRow | null;
  /** Its second card (Recall, `export --recall`), or null. */
  recall: AnkiCardRow | null;
}

export interface AnkiPackage {
  version: PackageVersion;
  /** The collection's creation time (epoch seconds), from which review day numbers count. */
  crt: number;
  notes: AnkiNote[];
  /** False for an export without scheduling: every card new and no review log. */
  scheduling: boolean;
}

export function readAnkiPackage(bytes: Uint8Array, name: string): AnkiPackage {
  const { version, sqlite } = packageCollection(bytes, name);
  trace('unpacked the collection');
  const db = openSqliteImage(sqlite, name, TABLES);
  trace('opened and checked it');
  try {
    const tables = db.tableNames();
    for (const t of TABLES) {
      if (!tables.has(t)) throw new GuanhuaError(`${name} is damaged: its collection has no ${t} table`);
    }
    const schema = db.value<number>('SELECT ver FROM col');
    if (typeof schema !== 'number' || schema < OLDEST_SCHEMA) {
      throw new GuanhuaError(`${name} holds an Anki collection of schema ${String(schema)}, older than any Anki 2.1 writes; open it in a current Anki and export it again`);
    }
    if (schema > NEWEST_SCHEMA) throw newerFormat(name, `collection schema ${schema}`);

    const cards = new Map<number, AnkiCardRow>();
    const cardsOfNote = new Map<number, [AnkiCardRow | null, AnkiCardRow | null]>();
    let scheduling = false;
    for (const r of db.rows<{ id: number; nid: number; ord: number; mod: number; type: number; queue: number; due: number; ivl: number; data: string | null }>(
      // The memory state is read for Recall cards only (Recognition is replayed from its log).
      `SELECT id, nid, ord, mod, type, queue, CASE WHEN odid <> 0 THEN odue ELSE due END AS due, ivl,
         CASE WHEN ord = 1 THEN data ELSE '' END AS data FROM cards WHERE ord IN (0, 1)`,
    )) {
      const card: AnkiCardRow = { id: r.id, mod: r.mod, type: r.type, queue: r.queue, due: r.due, ivl: r.ivl, data: r.data ?? '', revlog: [] };
      cards.set(r.id, card);
      const pair = cardsOfNote.get(r.nid) ?? [null, null];
      pair[r.ord] = card;
      cardsOfNote.set(r.nid, pair);
      if (r.type !== 0 || r.queue !== 0) scheduling = true;
    }
    for (const r of db.rows<AnkiRevlogRow & { cid: number }>('SELECT id, cid, ease, ivl, factor, time, type FROM revlog ORDER BY id')) {
      scheduling = true;
      cards.get(r.cid)?.revlog.push({ id: r.id, ease: r.ease, ivl: r.ivl, factor: r.factor, time: r.time, type: r.type });
    }
    const notes = db.rows<{ id: number; guid: string }>('SELECT id, guid FROM notes ORDER BY id').map((n) => {
      const [card, recall] = cardsOfNote.get(n.id) ?? [null, null];
      return { guid: n.guid, card, recall };
    });
    const crt = db.value<number>('SELECT crt FROM col');
    return { version, crt: typeof crt === 'number' ? crt : 0, notes, scheduling };
  } finally {
    db.close();
  }
}
