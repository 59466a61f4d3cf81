import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * A real terminal for end-to-end tests: one private tmux server per test file
 * (its own socket), one session per test, fixed size.
 */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

export class Terminal {
  private readonly socket = `guanhua-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly name = 'review';

  constructor(command: string, opts: { width?: number; height?: number; env?: Record<string, string>; cwd?: string } = {}) {
    const env = Object.entries(opts.env ?? {}).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    const args = ['new-session', '-d', '-s', this.name, '-x', String(opts.width ?? 80), '-y', String(opts.height ?? 24)];
    if (opts.cwd) args.push('-c', opts.cwd);
    // A shell around the program reports its exit status on the screen and keeps the pane
    // open; remain-on-exit keeps it even after that.
    this.tmux(...args, `env ${env} ${command}; echo "[exited $?]"; sleep 600`);
    this.tmux('set-option', '-t', this.name, 'remain-on-exit', 'on');
  }

  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** The screen as text (escapes: with colour and style codes). */
  screen(escapes = false): string {
    return this.tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', this.name);
  }

  /** tmux key names: 'Space', 'Enter', 'C-c', or literal text. */
  send(...keys: string[]): void {
    for (const k of keys) this.tmux('send-keys', '-t', this.name, k);
  }

  /** The program's pid: the pane's shell's child (env execs the program). */
  pid(): number {
    const shell = this.tmux('display-message', '-p', '-t', this.name, '#{pane_pid}').trim();
    const children = fs.readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/);
    return Number(children[0]);
  }

  /** The program's exit status once it has ended (the shell prints it), else null. */
  exitStatus(): number | null {
    const m = /\[exited (\d+)\]/.exec(this.screen());
    return m ? Number(m[1]) : null;
  }

  resize(width: number, height: number): void {
    this.tmux('resize-window', '-t', this.name, '-x', String(width), '-y', String(height));
  }

  /** Polls the screen until `test` holds (no timing asserted: only a generous limit). */
  async waitFor(test: string | RegExp | ((screen: string) => boolean), limitMs = 15_000): Promise<string> {
    const ok = typeof test === 'function' ? test : (s: string) => (typeof test === 'string' ? s.includes(test) : test.test(s));
    const until = Date.now() + limitMs;
    let last = '';
    while (Date.now() < until) {
      last = this.screen();
      if (ok(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`screen never showed ${String(test)}; last screen:\n${last}`);
  }

  async waitForExit(limitMs = 15_000): Promise<number> {
    const until = Date.now() + limitMs;
    while (Date.now() < until) {
      const s = this.exitStatus();
      if (s !== null) return s;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`program did not exit; screen:\n${this.screen()}`);
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}
