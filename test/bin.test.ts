import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, tempDir } from './helpers/cli.js';

/**
 * bin/guanhua.js as a process whose reader has gone before it writes (`guanhua due | head -1`,
 * the pipe closed): a child process, since the closed pipe is the process's own.
 */
function runWithStdoutClosed(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [bin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', GUANHUA_HOME: path.join(tempDir(), 'home') },
    });
    p.stdout.destroy();
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('bin/guanhua.js with nobody reading its output', () => {
  it.each(['--version', 'due', 'due --json', 'backup --list'])('guanhua %s stops quietly: exit 0, no stack trace', async (line) => {
    const r = await runWithStdoutClosed(line.split(' '));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('an error still gives its one line and its exit code', async () => {
    const r = await runWithStdoutClosed(['cards', '--state', 'bogus']);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^guanhua: option '--state <state>' argument 'bogus' is invalid/);
    expect(r.code).toBe(2);
  });
});
