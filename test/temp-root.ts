import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Each test file gets its own temp root: TMPDIR points into it, so everything the file's tests
 * and the processes they start make with os.tmpdir() (collections, decks, the counting helper's
 * folder, Python's tempfile) lands there, and it all goes when the file ends.
 */
const outer = os.tmpdir();
const root = fs.mkdtempSync(path.join(outer, 'guanhua-test-run-'));
process.env.TMPDIR = root;

afterAll(() => {
  process.env.TMPDIR = outer;
  fs.rmSync(root, { recursive: true, force: true });
});
