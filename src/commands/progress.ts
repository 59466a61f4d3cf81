/**
 * Progress on stderr for long inputs, only when stderr is a terminal: one line
 * rewritten in place at most every 200 ms, cleared when done.
 */
export function progressReporter(stream: NodeJS.WritableStream, total: number, label: string) {
  const tty = Boolean((stream as NodeJS.WriteStream).isTTY);
  let seen = 0;
  let last = 0;
  let shown = false;
  return {
    tick(chars: number): void {
      seen += chars;
      if (!tty) return;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      const pct = total > 0 ? Math.min(100, Math.floor((seen / total) * 100)) : 100;
      stream.write(`\rguanhua: ${label} ${pct}% (${(seen / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} M characters)`);
    },
    done(): void {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
