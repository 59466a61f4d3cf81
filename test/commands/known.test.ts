import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';

describe('guanhua known import / export', () => {
  it('round-trips a word list: comments, blanks, repeats and a BOM are dropped; export is sorted', async () => {
    const home = tempDir();
    const dir = tempDir();
    const list = path.join(dir, 'known.txt');
    fs.writeFileSync(list, '\uFEFF# words I know\n政府\r\n社会\tshe4 hui4\n\n执法\n政府\nabc\n');
    const imp = await cli(['--home', home, 'known', 'import', list, '--json']);
    expect(imp.stderr).toBe('');
    expect(imp.status).toBe(0);
    expect(JSON.parse(imp.stdout)).toEqual({ read: 3, added: 3, known: 3 });

    const out = path.join(dir, 'out.txt');
    const exp = await cli(['--home', home, 'known', 'export', out]);
    expect(exp.status).toBe(0);
    expect(exp.stdout).toBe(`Wrote 3 known words to ${out}.\n`);
    const words = ['政府', '社会', '执法'].sort();
    expect(fs.readFileSync(out, 'utf8')).toBe(words.map((w) => `${w}\n`).join(''));

    // The exported file imports into another collection as the same list.
    const other = tempDir();
    expect((await cli(['--home', other, 'known', 'import', out])).status).toBe(0);
    const again = path.join(dir, 'again.txt');
    expect((await cli(['--home', other, 'known', 'export', again])).status).toBe(0);
    expect(fs.readFileSync(again, 'utf8')).toBe(fs.readFileSync(out, 'utf8'));
    // Importing the same words again adds nothing.
    expect(JSON.parse((await cli(['--home', home, 'known', 'import', list, '--json'])).stdout)).toMatchObject({ added: 0, known: 3 });
  });

  it('export without a collection writes an empty list and creates nothing', async () => {
    const home = path.join(tempDir(), 'nothing-here');
    const out = path.join(tempDir(), 'k.txt');
    const r = await cli(['--home', home, 'known', 'export', out]);
    expect(r.status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe('');
    expect(fs.existsSync(home)).toBe(false);
  });

  it.each([
    [['known', 'import', '/no/such/list.txt'], 1, /^guanhua: cannot read \/no\/such\/list\.txt: no such file/],
    [['known', 'export', '/no/such/dir/k.txt'], 1, /^guanhua: cannot write \/no\/such\/dir\/k\.txt/],
    [['known', 'import'], 2, /missing required argument/],
  ])('%j exits %i with one clear line', async (args, code, message) => {
    const r = await cli(['--home', tempDir(), ...args]);
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('says one word, not one words', async () => {
    const dir = tempDir();
    const list = path.join(dir, 'one.txt');
    fs.writeFileSync(list, '执法\n');
    const home = tempDir();
    expect((await cli(['--home', home, 'known', 'import', list])).stdout).toBe(`Imported 1 word from ${list} (1 new); the collection now knows 1 word.\n`);
    const out = path.join(dir, 'out.txt');
    expect((await cli(['--home', home, 'known', 'export', out])).stdout).toBe(`Wrote 1 known word to ${out}.\n`);
  });

  it('a list without Chinese words is refused', async () => {
    const list = path.join(tempDir(), 'latin.txt');
    fs.writeFileSync(list, 'hello\nworld\n');
    const r = await cli(['--home', tempDir(), 'known', 'import', list]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`guanhua: ${list} has no Chinese words; give one word a line\n`);
  });
});
