import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectionPath, openCollection } from '../../src/store/collection.js';
import { root, syntheticDeck, tempHome } from './helpers.js';

/** These tests run the compiled code (dist/, built by `npm test` or `npx tsc -p tsconfig.json`) in child processes. */
beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist/store/collection.js'))) throw new Error('build first: npx tsc -p tsconfig.json');
});

const child = path.join(root, 'test/store/answer-stream.child.mjs');
const bin = path.join(root, 'bin/guanhua.js');

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function writeDeckFile(dir: string, name: string, n: number, idPrefix = name): string {
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(syntheticDeck(name, n, idPrefix)));
  return file;
}

function integrity(home: string): string {
  const db = new Database(collectionPath(home), { readonly: true });
  const r = db.pragma('integrity_check', { simple: true }) as string;
  db.close();
  return r;
}

describe('nothing lost', () => {
  it('a process killed (SIGKILL) while answering loses no earlier answer and leaves the file sound', async () => {
    const home = tempHome();
    const c = openCollection(home);
    c.addDeck(syntheticDeck('crash', 400), new Date('2026-11-27T09:00:00Z'));
    c.close();
    const answered: string[] = await new Promise((resolve) => {
      const p = spawn(process.execPath, [child, home], { cwd: root });
      const ids: string[] = [];
      let buf = '';
      p.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        const lines = buf.split('\n');
        buf = lines.pop()!;
        ids.push(...lines);
        if (ids.length >= 60 && !p.killed) p.kill('SIGKILL');
      });
      p.on('close', (_code, signal) => {
        expect(signal).toBe('SIGKILL');
        resolve(ids);
      });
    });
    expect(answered.length).toBeGreaterThanOrEqual(60);
    expect(answered.length).toBeLessThan(400); // killed mid-stream
    expect(integrity(home)).toBe('ok');
    const after = openCollection(home);
    const logged = new Set(after.reviewLog().map((l) => l.cardId));
    for (const id of answered) expect(logged.has(id)).toBe(true);
    // Each logged answer also moved its card: log and card agree.
    for (const id of logged) expect(after.card(id)!.schedule.reps).toBe(1);
    // At most the answer being given when killed is missing from what was printed.
    expect(logged.size - answered.length).toBeLessThanOrEqual(1);
    after.close();
  });

  it('two adds at once on a fresh home both succeed', async () => {
    for (let round = 0; round < 3; round++) {
      const home = tempHome();
      const a = writeDeckFile(home, 'alpha', 1500);
      const b = writeDeckFile(home, 'beta', 1500, 'alpha'); // the same card ids: both write the same rows
      const results = await Promise.all([run([bin, '--home', home, 'add', a]), run([bin, '--home', home, 'add', b])]);
      for (const r of results) {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
      }
      const c = openCollection(home, { create: false });
      expect(c.deckNames().sort()).toEqual(['alpha', 'beta']);
      expect(c.stats(new Date()).cards.total).toBe(1500);
      expect(c.cardsOfDeck('beta')[0].decks.sort()).toEqual(['alpha', 'beta']);
      c.close();
      expect(integrity(home)).toBe('ok');
    }
  });

  it('adds while another process answers: both wait, nothing is lost', async () => {
    const home = tempHome();
    const c = openCollection(home);
    c.addDeck(syntheticDeck('stream', 300), new Date('2026-11-27T09:00:00Z'));
    c.close();
    const files = [1, 2, 3].map((i) => writeDeckFile(home, `extra${i}`, 800));
    const [answers, ...adds] = await Promise.all([run([child, home, '300']), ...files.map((f) => run([bin, '--home', home, 'add', f]))]);
    expect(answers.code).toBe(0);
    expect(answers.stderr).toBe('');
    for (const r of adds) expect([r.code, r.stderr]).toEqual([0, '']);
    const after = openCollection(home, { create: false });
    expect(after.reviewLog()).toHaveLength(answers.stdout.trim().split('\n').length);
    expect(after.stats(new Date()).cards.total).toBe(300 + 3 * 800);
    after.close();
    expect(integrity(home)).toBe('ok');
  });
});
