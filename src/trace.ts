/**
 * Phase timings on stderr when GUANHUA_TRACE is set (for benchmarks and profiling; off by
 * default, and then free). Times are wall-clock milliseconds since the epoch, so lines from the
 * second counting process line up with the first's.
 */
const on = Boolean(process.env.GUANHUA_TRACE);

/** True when tracing is on (callers skip work done only for the trace). */
export const tracing = on;

/** `guanhua trace <wall ms> <pid> <label> [cpu <ms>]`: the process's CPU time so far tells work from waiting on a busy machine. */
export function trace(label: string): void {
  if (!on) return;
  const cpu = process.cpuUsage();
  process.stderr.write(`guanhua trace ${(performance.timeOrigin + performance.now()).toFixed(1)} ${process.pid} ${label} [cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)}]\n`);
}
