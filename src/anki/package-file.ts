import { decompress } from 'fzstd';
import { GuanhuaError } from '../errors.js';
import { unzipChecked } from './unzip.js';

/**
 * The collection inside an Anki package (.apkg, .colpkg), as Anki lays it out
 * (rslib/src/import_export/package/meta.rs):
 * - `meta` absent: legacy 1 (`collection.anki2`, Anki 2.0) or legacy 2 (`collection.anki21`);
 * - `meta` present: a protobuf PackageMetadata whose field 1 is the version: 1 and 2 as above,
 *   3 ("latest") `collection.anki21b` compressed with zstd. Packages with a meta also hold a
 *   dummy `collection.anki2` that tells older Anki to update; it is never read.
 * Media are not read: guanhua's notes carry none.
 */

export type PackageVersion = 1 | 2 | 3;

const COLLECTION_ENTRY: Record<PackageVersion, string> = {
  1: 'collection.anki2',
  2: 'collection.anki21',
  3: 'collection.anki21b',
};
const WANTED = new Set(['meta', ...Object.values(COLLECTION_ENTRY)]);

export interface PackageCollection {
  version: PackageVersion;
  /** The SQLite file of the collection, decompressed. */
  sqlite: Uint8Array;
}

const isZip = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

/** `name` is how errors call the file. */
export function packageCollection(bytes: Uint8Array, name: string): PackageCollection {
  if (!isZip(bytes)) throw new GuanhuaError(`${name} is not an Anki package (.apkg or .colpkg): it is not a zip file`);
  const entries = unzipChecked(bytes, WANTED, name);
  const version = entries.meta ? metaVersion(entries.meta, name) : entries[COLLECTION_ENTRY[2]] ? 2 : 1;
  const stored = entries[COLLECTION_ENTRY[version]];
  if (!stored) throw new GuanhuaError(`${name} is not an Anki package: it holds no ${COLLECTION_ENTRY[version]}`);
  if (version !== 3) return { version, sqlite: stored };
  try {
    return { version, sqlite: decompress(stored) };
  } catch (err) {
    throw new GuanhuaError(`${name} is damaged (its collection does not decompress: ${(err as Error).message}): export it from Anki again`);
  }
}

/** Field 1 (varint) of the PackageMetadata protobuf; any other field is skipped by its wire type. */
function metaVersion(meta: Uint8Array, name: string): PackageVersion {
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (pos >= meta.length || shift > 49) throw new GuanhuaError(`${name} is damaged (its meta entry is not valid): export it from Anki again`);
      const b = meta[pos++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return value;
    }
  };
  let version = 0;
  while (pos < meta.length) {
    const key = varint();
    const wire = key & 7;
    if (wire === 0) {
      const v = varint();
      if (key >>> 3 === 1) version = v;
    } else if (wire === 1) pos += 8;
    else if (wire === 2) pos += varint();
    else if (wire === 5) pos += 4;
    else throw new GuanhuaError(`${name} is damaged (its meta entry is not valid): export it from Anki again`);
  }
  if (version === 1 || version === 2 || version === 3) return version;
  throw newerFormat(name, `package version ${version}`);
}

export const newerFormat = (name: string, what: string): GuanhuaError =>
  new GuanhuaError(
    `${name} is in a newer Anki format (${what}) that this guanhua cannot read; export it again with "Support older Anki versions" ticked, or update guanhua`,
  );
