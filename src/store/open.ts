import fs from 'node:fs';
import { GuanhuaError } from '../errors.js';
import { Collection } from './collection-impl.js';
import { loadConfig } from './config-file.js';
import { openDatabase, openMemoryDatabase } from './database.js';
import { collectionPath } from './paths.js';

export { collectionPath };

/**
 * Opens the collection in `home`. With create (the default) the directory and file
 * are made when missing; with create false a missing collection opens as an empty
 * stand-in that writes nothing (readers such as due and stats).
 */
export function openCollection(home: string, opts: { create?: boolean } = {}): Collection {
  const config = loadConfig(home);
  const file = collectionPath(home);
  if (opts.create === false && !fs.existsSync(file)) {
    return new Collection(openMemoryDatabase(config), config, null);
  }
  try {
    fs.mkdirSync(home, { recursive: true });
  } catch (err) {
    throw new GuanhuaError(`cannot create the guanhua home ${home}: ${(err as Error).message}`);
  }
  const db = openDatabase(file, config);
  const collection = new Collection(db, config, file);
  // Optimized parameters apply unless config.json names its own.
  if (config.weights === null) {
    const stored = collection.storedWeights();
    if (stored) config.weights = stored;
  }
  return collection;
}
