import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared Anki package checker (../shared/tools/check-apkg.mjs beside the
 * clone, as in CI), installed once into node_modules/.cache/ with
 * `npm ci --prefix`. Undefined when the tools are not there or cannot be installed:
 * the tests then rely on their own assertions of the same rules.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const toolsDir = path.resolve(root, '../shared/tools');

let cached: string | null | undefined;

export function checkerScript(): string | undefined {
  if (cached !== undefined) return cached ?? undefined;
  cached = null;
  const script = path.join(toolsDir, 'check-apkg.mjs');
  if (!fs.existsSync(script)) return undefined;
  const lock = fs.readFileSync(path.join(toolsDir, 'package-lock.json'));
  const key = createHash('sha256').update(lock).update(fs.readFileSync(script)).digest('hex').slice(0, 12);
  // A cache that outlives the run, where tool caches go (not /tmp: each test file's temp root goes).
  const cacheDir = path.join(root, 'node_modules', '.cache');
  fs.mkdirSync(cacheDir, { recursive: true });
  const dir = path.join(cacheDir, `guanhua-check-apkg-${key}`);
  if (!fs.existsSync(path.join(dir, 'node_modules', 'sql.js'))) {
    // Install beside, then rename: test files running in parallel never see half an install.
    const staging = fs.mkdtempSync(`${dir}-staging-`);
    fs.cpSync(toolsDir, staging, { recursive: true });
    for (const f of fs.readdirSync(staging)) fs.chmodSync(path.join(staging, f), 0o644);
    const r = spawnSync('npm', ['ci', '--prefix', staging, '--no-audit', '--no-fund'], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) {
      fs.rmSync(staging, { recursive: true, force: true });
      return undefined;
    }
    try {
      fs.renameSync(staging, dir);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another worker won the race
    }
  }
  cached = path.join(dir, 'check-apkg.mjs');
  return cached;
}

/** Runs the checker (strict: no --lenient) on a package file. */
export function runChecker(script: string, apkgFile: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [script, apkgFile], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
