import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'bin/guanhua.js');
export const seedArticle = path.join(root, 'decks/000_50515ac5e261a18b.txt');

/** Runs the real CLI (from dist/, built by `npm test`) as a child process. */
export function guanhua(
  args: string[],
  opts: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? root,
    input: opts.input,
    encoding: 'utf8',
    // A collection of its own unless the test names one: never the developer's real one.
    env: { ...process.env, NO_COLOR: '1', GUANHUA_HOME: isolatedHome(), ...opts.env },
    maxBuffer: 1 << 26,
  });
}

let home: string | undefined;
function isolatedHome(): string {
  home ??= fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-home-'));
  return home;
}

export function tempDir(prefix = 'guanhua-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
