// Child process for the kill -9 test: starts a backup of the collection in <home>, one page a
// step, and stops dead half-way (blocked, never finishing), after saying so on stdout.
// Usage: node backup-stuck.child.mjs <home>
import fs from 'node:fs';
import { backupFrom } from '../../dist/store/backups.js';
import { openCollection } from '../../dist/store/collection.js';
import { sqlite } from '../../dist/store/database.js';

const home = process.argv[2];
const clock = openCollection(home).config;
const db = sqlite(`${home}/collection.sqlite`, { readonly: true });
let steps = 0;
await backupFrom(db, home, 'daily', clock, new Date(), {
  pagesPerStep: 1,
  stop: () => {
    if (++steps === 20) {
      fs.writeSync(1, 'half-way\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
    return false;
  },
});
