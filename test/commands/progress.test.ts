import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/commands/progress.js';

function stream(isTTY: boolean) {
  const out: string[] = [];
  const s = new Writable({
    write(chunk, _enc, done) {
      out.push(String(chunk));
      done();
    },
  });
  return { s: Object.assign(s, { isTTY }), out };
}

describe('progressReporter', () => {
  it('on a terminal: one line rewritten in place, then cleared', () => {
    const { s, out } = stream(true);
    const p = progressReporter(s, 2_000_000, 'segmenting');
    p.tick(1_000_000);
    p.tick(500_000); // within 200 ms of the last line: not drawn
    p.done();
    expect(out[0]).toBe('\rguanhua: segmenting 50% (1.0 of 2.0 M characters)');
    expect(out).toHaveLength(2);
    expect(out[1]).toBe('\r\x1b[2K');
  });

  it('elsewhere (a pipe, a file): nothing at all', () => {
    const { s, out } = stream(false);
    const p = progressReporter(s, 2_000_000, 'segmenting');
    p.tick(1_000_000);
    p.done();
    expect(out).toEqual([]);
  });
});
