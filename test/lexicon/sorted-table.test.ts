import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SortedTable, sortLines, writeTable } from '../../src/lexicon/sorted-table.js';

function table(lines: string[], trailingNewline = true): SortedTable {
  return new SortedTable(Buffer.from(sortLines(lines).join('\n') + (trailingNewline ? '\n' : ''), 'utf8'));
}

describe('SortedTable', () => {
  const lines = ['长\tchang2', '行\txing2', '长期\tchang2 qi1', '行\thang2', '一\tyi1', '𠀀\trare', 'A\tlatin'];
  it.each([true, false])('finds every key, first and last lines included (trailing newline %s)', (nl) => {
    const t = table(lines, nl);
    expect(t.find('A')).toEqual([['A', 'latin']]);
    expect(t.find('一')).toEqual([['一', 'yi1']]);
    expect(t.find('𠀀')).toEqual([['𠀀', 'rare']]); // outside the BMP: sorts last by UTF-8 bytes
    expect(t.find('长期')).toEqual([['长期', 'chang2 qi1']]);
  });
  it('lists the longer keys that start with a prefix, once each', () => {
    const t = table([...lines, '长期性\tx', '长城\ty', '长城\tz', '长\tzhang3']);
    expect(t.keysWithPrefix('长')).toEqual(['长城', '长期', '长期性'].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    expect(t.keysWithPrefix('长期')).toEqual(['长期性']);
    expect(t.keysWithPrefix('期')).toEqual([]);
    expect(t.keysWithPrefix('𠀀')).toEqual([]);
  });
  it('returns all lines of a key in their original order, and only exact keys', () => {
    const t = table(lines);
    expect(t.find('行')).toEqual([
      ['行', 'xing2'],
      ['行', 'hang2'],
    ]);
    expect(t.find('长')).toEqual([['长', 'chang2']]); // not 长期
    expect(t.find('期')).toEqual([]);
    expect(t.find('')).toEqual([]);
    expect(t.find('\uffff')).toEqual([]);
  });
  it('handles an empty table', () => {
    expect(new SortedTable(Buffer.alloc(0)).find('行')).toEqual([]);
  });
});

describe('writeTable + SortedTable.load (the build-time files: .tsv, .idx, .hash)', () => {
  it('finds every key of a table of thousands, through the written hash slots', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guanhua-table-'));
    try {
      // 3,000 keys sharing first characters: many land in neighbouring slots and probe on.
      const keys = Array.from({ length: 3000 }, (_, i) => `局${String.fromCodePoint(0x4e00 + (i % 50))}${i}`);
      const file = path.join(dir, 't.tsv');
      writeTable(file, [...keys.map((k, i) => `${k}\t${i}`), '局\tbare', '𠀀\tastral']);
      const t = SortedTable.load(file);
      keys.forEach((k, i) => expect(t.find(k)).toEqual([[k, String(i)]]));
      expect(t.find('局')).toEqual([['局', 'bare']]);
      expect(t.find('𠀀')).toEqual([['𠀀', 'astral']]);
      expect(t.has('局一0')).toBe(true);
      expect(t.has('局一')).toBe(false);
      expect(t.find('局一')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('says how to fix a missing index', () => {
    expect(() => SortedTable.load('/nonexistent/x.tsv')).toThrow(/run `npm run build`/);
  });
});
