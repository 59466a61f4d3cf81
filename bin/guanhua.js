#!/usr/bin/env node
// The CLI lives in dist/ (compiled by `npm run build`, which `npm install` runs).
import { main } from '../dist/cli.js';

// A reader that stops early (`guanhua due | head -1`) closes the pipe: stop there, quietly, as cat
// and grep do (SIGPIPE ends them), rather than die on EPIPE with a stack trace. Each SQLite write
// is synchronous, so this never cuts one in half.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`guanhua: cannot write to standard output: ${err.message}\n`);
  process.exit(1);
});
// Nobody reads the errors either: the exit code still tells.
process.stderr.on('error', () => {});

main(process.argv).then((code) => {
  process.exitCode = code;
});
