import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';
import type { CommandContext } from '../../src/context.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'bin/guanhua.js');
export const seedArticle = path.join(root, 'decks/000_50515ac5e261a18b.txt');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it. */
class Capture extends Writable {
  private readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/**
 * Runs the CLI in this process (main() of src/cli.ts, the source under test), as a shell would:
 * its own environment, standard input and output; the exit code main() returns. The way to test
 * what a command does; `guanhua()` below is for what only a process shows.
 */
export async function cli(args: string[], opts: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin = Readable.from(opts.input === undefined ? [] : [Buffer.from(opts.input)]);
  const env = { ...process.env, NO_COLOR: '1', GUANHUA_HOME: isolatedHome(), ...opts.env };
  const status = await main([process.execPath, bin, ...args], { env, stdin, stdout, stderr });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/** A command's context as the shell would make it at `now`, with its output kept: for calling a command directly. */
export function commandContext(home = isolatedHome(), now = new Date()): { ctx: CommandContext; stdout: () => string; stderr: () => string } {
  const out = new Capture();
  const err = new Capture();
  return { ctx: { home, env: { NO_COLOR: '1' }, stdout: out, stderr: err, color: false, now }, stdout: () => out.text(), stderr: () => err.text() };
}

/** The counting helper's script as built from the current source (the test setup rebuilds dist/). */
export const countChildScript = path.join(root, 'dist/deck/count-child.js');

/**
 * Runs the real CLI (bin/guanhua.js, dist/ as built from the current source by the test setup)
 * as a child process: for exit codes, stderr lines, signals and files a process leaves.
 */
export function guanhua(
  args: string[],
  opts: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? root,
    input: opts.input,
    encoding: 'utf8',
    // A collection of its own unless the test names one: never the developer's real one.
    env: { ...process.env, NO_COLOR: '1', GUANHUA_HOME: isolatedHome(), ...opts.env },
    maxBuffer: 1 << 26,
  });
}

let home: string | undefined;
function isolatedHome(): string {
  home ??= fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-home-'));
  return home;
}

export function tempDir(prefix = 'guanhua-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
