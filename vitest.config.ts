import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/bench/**', 'node_modules/**'],
    // Child processes run dist/: it is rebuilt first when older than src/ (see the file).
    globalSetup: ['test/global-setup.ts'],
    // A temp root per test file, removed at its end (see the file).
    setupFiles: ['test/temp-root.ts'],
    // CLI and SQLite tests spawn real processes: give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one fork fewer than the cores: one fork on this 2-core machine. Most
    // test time is spent waiting on child processes (the CLI, Python's Anki, tmux), so one fork
    // per core halves the wall time; four at most keeps memory bounded on a large machine.
    maxWorkers: Math.min(os.availableParallelism(), 4),
  },
});
