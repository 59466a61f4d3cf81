import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const bundled = JSON.parse(fs.readFileSync(path.join(root, 'decks/000_50515ac5e261a18b.json'), 'utf8')) as {
  cards: { word: string }[];
};

/**
 * Where a README sample differs from the real value, one line each. In the sample, `…` inside a
 * string stands for any text, a list ending in "…" is the start of the real list, and a number
 * is the real one rounded to the sample's decimals.
 */
function differences(sample: unknown, real: unknown, at = '$'): string[] {
  if (typeof sample === 'string' && sample.includes('…')) {
    const pattern = new RegExp(`^${sample.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^]*')}$`, 'u');
    return typeof real === 'string' && pattern.test(real) ? [] : [`${at}: ${JSON.stringify(real)} is not ${JSON.stringify(sample)}`];
  }
  if (typeof sample === 'number' && typeof real === 'number') {
    const decimals = (String(sample).split('.')[1] ?? '').length;
    return Number(real.toFixed(decimals)) === sample ? [] : [`${at}: ${real} is not ${sample}`];
  }
  if (Array.isArray(sample)) {
    if (!Array.isArray(real)) return [`${at}: not a list`];
    const open = sample.at(-1) === '…';
    const shown = open ? sample.slice(0, -1) : sample;
    if (open ? real.length < shown.length : real.length !== shown.length) return [`${at}: ${real.length} items, the sample shows ${sample.length}`];
    return shown.flatMap((s, i) => differences(s, real[i], `${at}[${i}]`));
  }
  if (typeof sample === 'object' && sample !== null) {
    if (typeof real !== 'object' || real === null) return [`${at}: not an object`];
    const r = real as Record<string, unknown>;
    return Object.entries(sample).flatMap(([k, v]) => (k in r ? differences(v, r[k], `${at}.${k}`) : [`${at}.${k}: not in the deck`]));
  }
  return Object.is(sample, real) ? [] : [`${at}: ${JSON.stringify(real)} is not ${JSON.stringify(sample)}`];
}

describe('README', () => {
  it("the deck file sample is a card of the bundled deck, as the deck holds it", () => {
    const block = /```json\n(\{\n {2}"format": "guanhua-deck"[^]*?)\n```/u.exec(readme);
    expect(block, 'the sample in "The deck file"').not.toBeNull();
    const sample = JSON.parse(block![1]) as { cards: { word: string }[] };
    const { cards, ...top } = sample;
    expect(differences(top, bundled)).toEqual([]);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const real = bundled.cards.find((c) => c.word === card.word);
      expect(real, card.word).toBeDefined();
      expect(differences(card, real, card.word)).toEqual([]);
    }
  });

  it('the comparison catches a changed value, a longer list and a field the deck lacks', () => {
    expect(differences({ a: 1.5, b: ['x', '…'], c: 'gh-…' }, { a: 1.54, b: ['x', 'y'], c: 'gh-12' })).toEqual([]);
    expect(differences({ a: 1.6 }, { a: 1.54 })).toHaveLength(1);
    expect(differences({ b: ['x'] }, { b: ['x', 'y'] })).toHaveLength(1);
    expect(differences({ d: 1 }, {})).toEqual(['$.d: not in the deck']);
  });
});
