import path from 'node:path';

/** The collection file in a guanhua home. */
export function collectionPath(home: string): string {
  return path.join(home, 'collection.sqlite');
}
