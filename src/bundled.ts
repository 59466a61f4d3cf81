import fs from 'node:fs';

/**
 * A module from the one-file bundle `npm run build` makes of it (scripts/bundle.mjs: the review
 * command and its screen, due, stats), when the bundle is there and not older than the module (a bare tsc leaves
 * it behind); else the module itself, as when running from src/. A bundle loads in one read
 * what would otherwise be dozens to hundreds of files.
 */
export function bundledOr<T>(bundle: URL, module: URL, load: () => Promise<T>): Promise<T> {
  const mtime = (url: URL) => fs.statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -Infinity;
  const built = mtime(bundle);
  // No bundle (running from src/, where neither file exists): the module itself.
  return built > -Infinity && built >= mtime(module) ? (import(bundle.href) as Promise<T>) : load();
}
