import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/ (STYLE.md, README "Layout"), left to right. A module may import its own
 * folder, a folder of its own rank, or one further right; never one to its left, and the folders
 * never import each other in a circle. `cli` is src/cli.ts; `(root)` is every other top-level
 * file of src/ (errors.ts, trace.ts, atomic-write.ts, context.ts, home.ts): leaf utilities that
 * any layer may use, importing nothing but model. model imports nothing outside itself.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['cli'],
  ['commands'],
  ['ui'],
  ['store', 'anki'],
  ['deck'],
  ['learn'],
  ['srs', 'lexicon', 'text'],
  ['(root)'],
  ['model'],
];

/** Only src/store opens SQLite. */
const SQLITE_MODULES = new Set(['better-sqlite3', 'node:sqlite', 'sqlite3']);
const SQLITE_FOLDER = 'store';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

/** Source files as path (relative to src/, with `/`) → text. */
type Sources = ReadonlyMap<string, string>;

function readSources(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|tsx|mts|cts)$/.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8'));
  }
  return out;
}

function folderOf(file: string): string {
  const slash = file.indexOf('/');
  if (slash >= 0) return file.slice(0, slash);
  return file === 'cli.ts' ? 'cli' : '(root)';
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Resolves a relative specifier (`../deck/parse-deck.js`) to a path under src/, or null outside it. */
function resolveRelative(from: string, spec: string): string | null {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  return joined.startsWith('../') ? null : joined;
}

/** Everything wrong with the import graph of these sources, one line each. */
export function layerViolations(sources: Sources): string[] {
  const rank = new Map<string, number>();
  LAYERS.forEach((names, i) => names.forEach((n) => rank.set(n, i)));
  const problems: string[] = [];
  const edges = new Map<string, Map<string, string>>(); // folder → imported folder → an example
  for (const [file, text] of sources) {
    const from = folderOf(file);
    if (!rank.has(from)) problems.push(`src/${from}/ has no place in the layers: add it to LAYERS in test/layers.test.ts, STYLE.md's order and the README`);
    for (const spec of specifiers(text)) {
      if (SQLITE_MODULES.has(spec) && from !== SQLITE_FOLDER) problems.push(`src/${file} imports ${spec}: only src/${SQLITE_FOLDER}/ opens SQLite`);
      if (!spec.startsWith('.')) continue;
      const target = resolveRelative(file, spec);
      if (target === null) continue;
      const to = folderOf(target);
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `src/${file} → ${spec}`);
      const rf = rank.get(from);
      const rt = rank.get(to);
      if (rf !== undefined && rt !== undefined && rt < rf) problems.push(`src/${file} imports ${spec}: ${from} may not import ${to}, which is to its left`);
    }
  }
  for (const cycle of folderCycles(edges)) {
    const example = cycle.map((f, i) => edges.get(f)!.get(cycle[(i + 1) % cycle.length])!);
    problems.push(`folders import each other in a circle: ${[...cycle, cycle[0]].join(' → ')} (${example.join('; ')})`);
  }
  return [...new Set(problems)];
}

/** One cycle per strongly connected group of folders (Tarjan), each as the folders in order. */
function folderCycles(edges: ReadonlyMap<string, ReadonlyMap<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return groups.map((g) => cycleWithin(new Set(g), edges));
}

/** A concrete cycle inside a strongly connected group: walk edges within it until a folder repeats. */
function cycleWithin(group: ReadonlySet<string>, edges: ReadonlyMap<string, ReadonlyMap<string, string>>): string[] {
  const path: string[] = [];
  let v = [...group].sort()[0];
  while (!path.includes(v)) {
    path.push(v);
    v = [...edges.get(v)!.keys()].filter((w) => group.has(w)).sort()[0];
  }
  return path.slice(path.indexOf(v));
}

describe('layers of src/', () => {
  it('every folder has a place, imports point right, no folder cycle, SQLite only in src/store', () => {
    const sources = readSources(srcDir);
    expect(sources.size).toBeGreaterThan(50);
    expect(layerViolations(sources)).toEqual([]);
  });

  it('catches an import to the left', () => {
    const v = layerViolations(new Map([
      ['learn/rules.ts', "import { openStore } from '../store/open.js';"],
      ['store/open.ts', ''],
    ]));
    expect(v).toEqual(["src/learn/rules.ts imports ../store/open.js: learn may not import store, which is to its left"]);
  });

  it('catches a cycle between folders of one rank, and a dynamic import', () => {
    const v = layerViolations(new Map([
      ['srs/a.ts', "export type { T } from '../lexicon/b.js';"],
      ['lexicon/b.ts', "const m = await import('../srs/a.js');"],
    ]));
    expect(v).toHaveLength(1);
    expect(v[0]).toMatch(/^folders import each other in a circle: (lexicon → srs → lexicon|srs → lexicon → srs)/);
  });

  it('catches SQLite outside src/store, model importing a layer, and a folder with no place', () => {
    const v = layerViolations(new Map([
      ['anki/apkg.ts', "import Database from 'better-sqlite3';"],
      ['model/deck.ts', "import { GuanhuaError } from '../errors.js';"],
      ['errors.ts', ''],
      ['g2p/model.ts', "import type { Deck } from '../model/deck.js';"],
    ]));
    expect(v).toEqual([
      'src/anki/apkg.ts imports better-sqlite3: only src/store/ opens SQLite',
      'src/model/deck.ts imports ../errors.js: model may not import (root), which is to its left',
      'src/g2p/ has no place in the layers: add it to LAYERS in test/layers.test.ts, STYLE.md\'s order and the README',
    ]);
  });
});
