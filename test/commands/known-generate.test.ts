import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDeck } from '../../src/deck/parse-deck.js';
import type { Deck } from '../../src/model/deck.js';
import { openCollection } from '../../src/store/collection.js';
import { cli, seedArticle, tempDir } from '../helpers/cli.js';

const readDeck = (file: string): Deck => validateDeck(JSON.parse(fs.readFileSync(file, 'utf8')), file);
const seedText = fs.readFileSync(seedArticle, 'utf8');

interface Summary { cards: number; tokens: number; knownCoverage: number; knownTokens: number; boosted: number; skipped: { known: number } }

async function gen(home: string, input: string, ...args: string[]): Promise<{ summary: Summary; deck: Deck }> {
  const out = path.join(tempDir(), 'deck.json');
  const r = await cli(['--home', home, 'generate', input, '-o', out, '--max', '0', '--json', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { summary: JSON.parse(r.stdout) as Summary, deck: readDeck(out) };
}

describe('generate with a collection: known words, coverage, i+1 examples, boosts', () => {
  it('with no collection creates none and knows nothing', async () => {
    const home = path.join(tempDir(), 'absent');
    const { summary } = await gen(home, seedArticle);
    expect(summary).toMatchObject({ knownTokens: 0, boosted: 0, skipped: { known: 0 } });
    expect(fs.existsSync(home)).toBe(false);
  });

  it('leaves known words out by default and counts them as read; --include-known keeps them', async () => {
    const home = tempDir();
    const base = await gen(home, seedArticle);
    const list = path.join(tempDir(), 'k.txt');
    fs.writeFileSync(list, '执法\n社会\n群众\n');
    expect((await cli(['--home', home, 'known', 'import', list])).status).toBe(0);
    const left = await gen(home, seedArticle);
    const words = left.deck.cards.map((c) => c.word);
    expect(words).not.toContain('执法');
    expect(left.summary.cards).toBe(base.summary.cards - 3);
    expect(left.summary.skipped.known).toBe(3);
    const counts = ['执法', '社会', '群众'].map((w) => base.deck.cards.find((c) => c.word === w)!.frequency.article);
    expect(left.summary.knownTokens).toBe(counts.reduce((a, b) => a + b, 0));
    expect(left.summary.knownCoverage).toBeGreaterThan(base.summary.knownCoverage);
    const kept = await gen(home, seedArticle, '--include-known');
    expect(kept.summary.cards).toBe(base.summary.cards);
    expect(kept.summary.knownCoverage).toBe(left.summary.knownCoverage);
    // A --known list is still left out with --include-known.
    const only = path.join(tempDir(), 'only.txt');
    fs.writeFileSync(only, '社会\n');
    const both = await gen(home, seedArticle, '--include-known', '--known', only);
    expect(both.summary.cards).toBe(base.summary.cards - 1);
    expect(both.deck.cards.map((c) => c.word)).toContain('执法');
    expect(both.deck.cards.map((c) => c.word)).not.toContain('社会');
  });

  it('mature and "I know this" cards are known words too', async () => {
    const home = tempDir();
    const first = path.join(tempDir(), 'a.json');
    expect((await cli(['--home', home, 'generate', seedArticle, '-o', first])).status).toBe(0);
    expect((await cli(['--home', home, 'add', first])).status).toBe(0);
    const deck = readDeck(first);
    const c = openCollection(home);
    c.retire(deck.cards.find((x) => x.word === '执法')!.id, new Date('2026-11-20T10:00:00Z'));
    c.close();
    const { deck: next } = await gen(home, seedArticle);
    expect(next.cards.map((x) => x.word)).not.toContain('执法');
  });

  it('puts an example whose only unknown word is the card\'s own first, once other words are known', async () => {
    const home = tempDir();
    const base = (await gen(home, seedArticle)).deck;
    // A card whose second example differs from its first; know every other word of the second.
    const card = base.cards.find((c) => c.examples.length >= 2 && c.exampleWords![1].length > 0 && c.exampleWords![0].some((w) => !c.exampleWords![1].includes(w)))!;
    const list = path.join(tempDir(), 'k.txt');
    fs.writeFileSync(list, `${card.exampleWords![1].join('\n')}\n`);
    expect((await cli(['--home', home, 'known', 'import', list])).status).toBe(0);
    const after = (await gen(home, seedArticle)).deck.cards.find((c) => c.id === card.id)!;
    expect(after.examples[0]).toBe(card.examples[1]);
    expect(after.exampleWords![0].every((w) => card.exampleWords![1].includes(w))).toBe(true);
  });

  it('reading another article moves the new cards it contains to the front of the queue', async () => {
    const home = tempDir();
    const now = new Date('2026-11-20T10:00:00Z');
    const first = path.join(tempDir(), 'a.json');
    expect((await cli(['--home', home, 'generate', seedArticle, '-o', first])).status).toBe(0);
    expect((await cli(['--home', home, 'add', first])).status).toBe(0);
    // Regenerating the same article moves nothing: it is not news.
    expect((await gen(home, seedArticle)).summary.boosted).toBe(0);
    const c0 = openCollection(home);
    const before = c0.todayQueue({ now }).next(now)!.card.card.word;
    c0.close();
    // A later paragraph of the article, as a new article.
    const excerpt = path.join(tempDir(), 'excerpt.txt');
    const para = seedText.split('\n').find((l) => l.includes('执法'))!.trim();
    fs.writeFileSync(excerpt, `摘录\n\n${para}\n`);
    const { summary } = await gen(home, excerpt);
    expect(summary.boosted).toBeGreaterThan(0);
    const c = openCollection(home);
    const firstNew = c.todayQueue({ now }).next(now)!.card.card.word;
    c.close();
    expect(para).toContain(firstNew);
    expect(firstNew).not.toBe(before);
  });
});
