import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The npm package (`npm pack`, installed with `npm install -g`) holds what the program reads at
 * run time, and the program imports only what an install brings: dependencies, not
 * devDependencies (README "Install"; test/bench/installed-start.mjs installs it for real).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

function distFiles(): string[] {
  return fs
    .readdirSync(path.join(root, 'dist'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** The package name a bare specifier names: `ink`, `react/jsx-runtime` → react, `@scope/x/y` → @scope/x. */
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

/** Paths the sources join onto packageRoot (src/lexicon/data-files.ts) with literal segments, build-index.ts aside. */
function runtimePaths(): string[] {
  const out: string[] = [];
  const src = path.join(root, 'src');
  for (const e of fs.readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts') || e.name === 'build-index.ts') continue;
    const text = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
    for (const m of text.matchAll(/path\.join\(packageRoot((?:,\s*'[^']*')+)\s*\)/g)) {
      out.push([...m[1].matchAll(/'([^']*)'/g)].map((x) => x[1]).join('/'));
    }
  }
  return out;
}

describe('the npm package', () => {
  it('packs bin/, the compiled program and the built index, and nothing of the tests or sources', () => {
    // --ignore-scripts: list what `files` takes from the dist/ built here, without rebuilding it.
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const packed = new Set((JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path));
    for (const f of ['bin/guanhua.js', 'package.json', 'README.md', 'dist/cli.js', 'dist/deck/count-child.js']) expect(packed.has(f), f).toBe(true);
    for (const f of distFiles().filter((f) => f.endsWith('.js') || f.startsWith('dist/data/'))) expect(packed.has(f), f).toBe(true);
    expect([...packed].filter((f) => /^(test|decks|scripts)\/|\.tsx?$|\.map$/.test(f))).toEqual([]);
    // Files the program reads beside its code, named from the package root (not build-index.ts,
    // which runs at build time): each is in the package, or some file under it is.
    for (const where of runtimePaths()) expect([...packed].some((f) => f === where || f.startsWith(`${where}/`)), where).toBe(true);
  });

  it('imports at run time only Node built-ins and its dependencies', () => {
    const runtime = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies ?? {})]);
    const builtins = new Set(builtinModules);
    const missing = new Set<string>();
    // Bundles carry their packages inside; build-index runs at build time only.
    for (const file of distFiles().filter((f) => f.endsWith('.js') && !f.endsWith('.bundle.js') && !f.endsWith('build-index.js'))) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const specs = ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName);
      // createRequire(import.meta.url)('name') and require('name') are imports too.
      for (const m of text.matchAll(/(?:\brequire|createRequire\(import\.meta\.url\))\(\s*'([^'.][^']*)'\s*\)/g)) specs.push(m[1]);
      for (const spec of specs) {
        if (spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec)) continue;
        if (!runtime.has(packageOf(spec))) missing.add(`${file}: ${spec}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
