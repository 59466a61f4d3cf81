// Child process for the crash and concurrency tests: answers every new card of the
// collection in <home>, one by one, printing each card id once its answer has returned.
// Usage: node answer-stream.child.mjs <home> <max-answers>
import fs from 'node:fs';
import { openCollection } from '../../dist/store/collection.js';

const [home, max] = [process.argv[2], Number(process.argv[3] ?? 1e9)];
const c = openCollection(home);
const start = Date.parse('2026-11-27T10:00:00Z');
let n = 0;
for (const name of c.deckNames()) {
  for (const s of c.cardsOfDeck(name)) {
    if (n >= max) break;
    if (s.schedule.state !== 'new') continue;
    c.answer(s.card.id, 3, new Date(start + n * 1000), 1500);
    fs.writeSync(1, `${s.card.id}\n`);
    n++;
  }
}
c.close();
