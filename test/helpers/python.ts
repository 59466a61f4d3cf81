import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe } from 'vitest';
import { root } from './cli.js';

/**
 * Python for tests: the project's virtual environment `.venv/` (gitignored), made by
 * `.ci/run` or by hand with `python3 -m venv .venv && .venv/bin/pip install -r
 * test/anki-real/requirements.txt`. It holds the pinned `anki` package: Anki's real engine.
 *
 * Without it the tests that need it are skipped with the reason in their title; where
 * GUANHUA_REQUIRE_PYTHON=1 (set by .ci/run) a missing or broken venv fails them instead.
 */

export const venvPython = path.join(root, '.venv', 'bin', 'python');
export const REQUIRE_PYTHON_ENV = 'GUANHUA_REQUIRE_PYTHON';

export type PythonAvailability = { ok: true; python: string } | { ok: false; reason: string };

let cached: PythonAvailability | undefined;

/** Whether the venv's interpreter runs and imports `anki`. Checked once per test file. */
export function pythonWithAnki(): PythonAvailability {
  if (cached) return cached;
  if (!fs.existsSync(venvPython)) {
    cached = { ok: false, reason: `no ${path.relative(root, venvPython)}: see README, Development, to make the venv` };
  } else {
    const r = spawnSync(venvPython, ['-c', 'import anki.buildinfo; print(anki.buildinfo.version)'], { encoding: 'utf8' });
    cached = r.status === 0
      ? { ok: true, python: venvPython }
      : { ok: false, reason: `the venv's python cannot import anki (${(r.stderr || r.error?.message || '').trim().split('\n').pop()})` };
  }
  return cached;
}

/**
 * `describe` for tests that run Python with anki: skipped, with the reason in the title,
 * when the venv is missing, unless REQUIRE_PYTHON_ENV says it must be there. `missing` names
 * anything else they need from the system (libfaketime), or returns null: checked the same way.
 */
export function describeWithAnki(name: string, body: () => void, missing: () => string | null = () => null): void {
  const py = pythonWithAnki();
  const reason = py.ok ? missing() : py.reason;
  if (reason === null) {
    describe(name, body);
  } else if (process.env[REQUIRE_PYTHON_ENV] === '1') {
    describe(name, () => {
      throw new Error(`${REQUIRE_PYTHON_ENV}=1 but ${reason}`);
    });
  } else {
    console.warn(`guanhua: real-Anki tests skipped: ${reason}`);
    describe.skip(`${name} (skipped: ${reason})`, body);
  }
}

/**
 * Runs a Python script with the venv's interpreter: `request` goes to its standard input
 * as JSON, and its standard output is parsed as JSON. A failing script throws with its stderr.
 * `env` adds to the environment (a zone, libfaketime).
 */
export function runPython<T = unknown>(script: string, request: unknown, env: NodeJS.ProcessEnv = {}): T {
  const py = pythonWithAnki();
  if (!py.ok) throw new Error(py.reason);
  const r = spawnSync(py.python, [script], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
  });
  if (r.status !== 0) {
    throw new Error(`${path.relative(root, script)} exited ${r.status ?? r.signal}: ${r.stderr || r.error?.message}`);
  }
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`${path.relative(root, script)} printed no JSON: ${r.stdout.slice(0, 500)}${r.stderr}`);
  }
}
