import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/atomic-write.js';
import { tempDir } from './helpers/cli.js';

const dir = tempDir('guanhua-atomic-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const past = new Date('2026-01-01T00:00:00Z');

describe('writeFileAtomic', () => {
  it('keepIdentical leaves a file with the same bytes alone, time included; other bytes replace it', () => {
    const file = path.join(dir, 'deck.json');
    writeFileAtomic(file, '{"cards": []}\n');
    fs.utimesSync(file, past, past);
    writeFileAtomic(file, '{"cards": []}\n', { keepIdentical: true });
    expect(fs.statSync(file).mtime).toEqual(past);
    writeFileAtomic(file, '{"cards": [1]}\n', { keepIdentical: true });
    expect(fs.readFileSync(file, 'utf8')).toBe('{"cards": [1]}\n');
    expect(fs.statSync(file).mtime.getTime()).toBeGreaterThan(past.getTime());
    expect(fs.readdirSync(dir)).toEqual(['deck.json']);
  });

  it('without it, the same bytes are written again', () => {
    const file = path.join(dir, 'again.json');
    writeFileAtomic(file, 'x');
    fs.utimesSync(file, past, past);
    writeFileAtomic(file, 'x');
    expect(fs.statSync(file).mtime.getTime()).toBeGreaterThan(past.getTime());
  });
});
