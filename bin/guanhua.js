#!/usr/bin/env node
// The CLI lives in dist/ (compiled by `npm run build`, which `npm install` runs).
import { main } from '../dist/cli.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
