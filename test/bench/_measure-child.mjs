// Runs a module as if it were the main script, then reports its peak memory on fd 2.
// Usage: node _measure-child.mjs <script> [args…]   (stderr gets a line "maxrss-kb <n>")
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on('exit', () => fs.writeSync(2, `\nmaxrss-kb ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(path.resolve(script)).href);
