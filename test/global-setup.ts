import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Before any test: dist/ must be the build of the current source, since child-process tests run
 * bin/guanhua.js (dist/cli.js) and every test reads the dictionary index in dist/data/. Rebuilds
 * only what is stale: tsc when a source file is newer than its output, the index when one of the
 * modules that build it is newer than the index, the bundles (scripts/bundle.mjs) when tsc
 * wrote their modules after them. A fresh checkout after `npm install` (which
 * builds) costs nothing here.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

const mtime = (file: string): number => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -Infinity;
  }
};

function sourceFiles(): string[] {
  return fs
    .readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

const outputOf = (file: string): string => path.join(dist, path.relative(src, file)).replace(/\.tsx?$/, '.js');

/** A module and everything it imports under src/, transitively. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    for (const { fileName } of ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), fileName);
      visit(target.replace(/\.js$/, '.ts'));
      visit(target.replace(/\.js$/, '.tsx'));
    }
  };
  visit(entry);
  return [...seen];
}

function run(what: string, args: string[]): void {
  process.stderr.write(`test setup: ${what}\n`);
  execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Bytes free in a folder (0 when it is not there or not writable). */
function roomIn(dir: string): number {
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return 0;
  }
}

/**
 * One temp root for the whole run, beneath which each test file makes its own (test/temp-root.ts):
 * what a file that never ran its end (all skipped, or killed) left there goes at the run's end.
 */
function tempRoot(): () => void {
  const outer = os.tmpdir();
  // In memory where the machine offers room (tmpfs): the collections' fsyncs then cost nothing.
  const base = roomIn('/dev/shm') >= 2 ** 30 ? '/dev/shm' : outer;
  const root = fs.mkdtempSync(path.join(base, 'guanhua-tests-'));
  process.env.TMPDIR = root;
  return () => {
    process.env.TMPDIR = outer;
    fs.rmSync(root, { recursive: true, force: true });
  };
}

export default function setup(): () => void {
  const files = sourceFiles();
  if (files.some((f) => mtime(f) > mtime(outputOf(f)))) {
    run('dist/ is older than src/: tsc', [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  }
  const bundled = ['ui/screen.js', 'commands/due.js', 'commands/stats.js', 'commands/review.js'].map((m) => path.join(dist, m));
  if (bundled.some((m) => mtime(m) > mtime(m.replace(/\.js$/, '.bundle.js')))) {
    run('a bundle is older than its module: scripts/bundle.mjs', [path.join(root, 'scripts', 'bundle.mjs')]);
  }
  const index = path.join(dist, 'data', 'meta.json');
  const inputs = [...closure(path.join(src, 'lexicon', 'build-index.ts')), path.join(src, 'data', 'hsk', 'complete.min.json')];
  if (inputs.some((f) => mtime(f) > mtime(index))) {
    run('the dictionary index is older than the code that builds it: build-index', [path.join(dist, 'lexicon', 'build-index.js')]);
  }
  return tempRoot();
}
