import { Writable } from 'node:stream';
import type { CommandContext } from '../../src/context.js';

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

/** A command's context with its output kept, for calling a command function in process. */
export function captured(home: string, now = new Date()): { ctx: CommandContext; stdout: () => string; stderr: () => string } {
  const out = new Capture();
  const err = new Capture();
  return { ctx: { home, stdout: out, stderr: err, color: false, now }, stdout: () => out.text(), stderr: () => err.text() };
}
