import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledOr } from '../src/bundled.js';
import { root } from './helpers/cli.js';

/** A node_modules copied from before esbuild joined (npm install adds it) builds unbundled; CI (npm ci) always has it. */
const esbuildInstalled = (() => {
  try {
    createRequire(import.meta.url).resolve('esbuild');
    return true;
  } catch {
    return false;
  }
})();

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function files(bundleAge: number | null) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-bundled-'));
  dirs.push(dir);
  const module = path.join(dir, 'thing.js');
  const bundle = path.join(dir, 'thing.bundle.js');
  fs.writeFileSync(module, 'export const from = "module";\n');
  const now = Date.now() / 1000;
  fs.utimesSync(module, now, now);
  if (bundleAge !== null) {
    fs.writeFileSync(bundle, 'export const from = "bundle";\n');
    fs.utimesSync(bundle, now + bundleAge, now + bundleAge);
  }
  const load = () => import(pathToFileURL(module).href) as Promise<{ from: string }>;
  return { bundle: pathToFileURL(bundle), module: pathToFileURL(module), load };
}

describe('bundledOr: the one-file bundle when it is as new as its module', () => {
  it('takes a bundle built after its module', async () => {
    const f = files(+10);
    expect((await bundledOr(f.bundle, f.module, f.load)).from).toBe('bundle');
  });

  it('passes over a bundle older than its module (a bare tsc ran since), and a missing one', async () => {
    const stale = files(-10);
    expect((await bundledOr(stale.bundle, stale.module, stale.load)).from).toBe('module');
    const none = files(null);
    expect((await bundledOr(none.bundle, none.module, none.load)).from).toBe('module');
  });

  const why = esbuildInstalled ? '' : ' (skipped: esbuild is not installed; run npm install)';
  it.skipIf(!esbuildInstalled && !process.env.CI)(`the build made every bundle the program loads, each at least as new as its module${why}`, () => {
    // npm run build (and the test setup) bundle these; without esbuild the program runs unbundled, slowly.
    for (const module of ['ui/screen.js', 'commands/review.js', 'commands/due.js', 'commands/stats.js']) {
      const m = path.join(root, 'dist', module);
      const b = m.replace(/\.js$/, '.bundle.js');
      expect(fs.existsSync(b), b).toBe(true);
      expect(fs.statSync(b).mtimeMs).toBeGreaterThanOrEqual(fs.statSync(m).mtimeMs);
    }
  });
});
