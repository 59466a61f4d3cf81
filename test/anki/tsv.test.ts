import { describe, expect, it } from 'vitest';
import { buildTsv, tsvCell } from '../../src/anki/tsv.js';
import { FIELD_NAMES } from '../../src/anki/note-type.js';
import { inputOf, smallDeck } from './deck-fixture.js';

/** Splits one line the way a csv reader does (tab separator, "quoted" cells with "" inside). */
function cells(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') { value += '"'; i += 2; }
        else if (line[i] === '"') { i++; break; }
        else value += line[i++];
      }
      out.push(value);
      i++;
    } else {
      const end = line.indexOf('\t', i);
      out.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

describe('buildTsv', () => {
  const text = buildTsv(inputOf(smallDeck()));
  const lines = text.split('\n');

  it("starts with Anki's text-import headers", () => {
    expect(lines.slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:guanhua Chinese',
      '#deck:国务院常务会议',
      '#guid column:1',
      '#tags column:12',
    ]);
  });

  it('writes one line per note: guid, the ten fields, tags', () => {
    const rows = lines.slice(6).filter((l) => l !== '');
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(cells(row)).toHaveLength(FIELD_NAMES.length + 2);
    const first = cells(rows[0]);
    expect(first[0]).toBe('gh-1a2b3c4d5e6f7081');
    expect(first[1]).toBe('局长');
    expect(first[3]).toBe('<span class="tone2">jú</span> <span class="tone3">zhǎng</span>');
    expect(first[5]).toContain('&lt;script&gt;');
    expect(first[10]).toBe('director of a bureau; &lt;b&gt;chief&lt;/b&gt; &amp; head');
    expect(first[11]).toBe('HSK3.0::4 HSK2.0::5 source::李强主持召开国务院常务会议_<研究>_部署_&_推进 n');
  });

  it('keeps tabs and newlines of the article out of the cells', () => {
    const last = cells(lines[9]);
    expect(last[5]).toBe('推进 高质量<br>发展<b class="hl">的</b>&quot;关键&quot;');
    expect(text.split('\n')).toHaveLength(6 + 4 + 1);
  });

  it('quotes a cell only when a reader needs it', () => {
    expect(tsvCell('plain')).toBe('plain');
    expect(tsvCell('a"b')).toBe('"a""b"');
    expect(tsvCell('a\tb')).toBe('"a\tb"');
    expect(tsvCell('#x')).toBe('"#x"');
  });
});
