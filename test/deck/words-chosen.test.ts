import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as lexicon from '../../src/lexicon/index.js';
import { buildDeck } from '../../src/deck/build-deck.js';
import { usefulness, type RankInput } from '../../src/deck/rank.js';
import { readArticle } from '../../src/text/read-article.js';
import { splitSentences } from '../../src/text/sentences.js';
import { exampleClauses } from '../../src/text/example-clause.js';
import type { Deck } from '../../src/model/deck.js';
import { root, seedArticle } from '../helpers/cli.js';

/** Every card of an article, best first. */
async function deckOf(file: string): Promise<Deck> {
  const article = await readArticle(file);
  const { deck } = await buildDeck(article.paragraphs, lexicon, { splitSentences, exampleClauses }, {
    name: article.title,
    source: { title: article.title, file: path.basename(file), sha256: '' },
    max: 0,
    known: new Set(),
    keepNames: false,
  });
  return deck;
}

const articles = path.join(root, 'test/fixtures/articles');
const decks: Record<string, Deck> = {};
const words = (name: string, top = Infinity) => decks[name].cards.slice(0, top).map((c) => c.word);

beforeAll(async () => {
  for (const [name, file] of [
    ['seed', seedArticle],
    ['communique', path.join(articles, 'communique-20th-cc-4th-plenum-2025.md')],
    ['report', path.join(articles, 'shanxi-gov-work-report-2026-part1.txt')],
    ['epidemic', path.join(articles, 'xwlb-2022-12-07-excerpt.md')],
    ['police', path.join(root, 'test/fixtures/text/ministry-table-page.html')],
  ]) {
    decks[name] = await deckOf(file);
  }
});

describe('which strings become cards', () => {
  // [article, cards it must have, strings that must not be cards]
  const table: [string, string[], string[]][] = [
    ['seed', ['省市区', '公安厅'], ['市区', '各省', '各项', '最大', '一大批']],
    ['communique', ['中国式现代化', '新质生产力', '共同富裕', '常态化'], ['中国式', '五年', '更好', '这次', '富裕', '常态', '化']],
    ['report', ['中国式现代化', '新质生产力', '善作善成'], ['一张', '万亩', '万公里', '我省', '更好', '两所', '五年']],
    ['epidemic', ['联防联控', '中国式现代化', '一带一路'], ['联防', '联控', '联播', '这条', '更好', '生产生活']],
  ];
  it.each(table)('%s', (name, must, mustNot) => {
    const all = words(name);
    for (const w of must) expect(all, w).toContain(w);
    for (const w of mustNot) expect(all, w).not.toContain(w);
  });
});

describe('a ranking that teaches the article', () => {
  it('puts the seed’s institutions in its top ten, a term without a dictionary entry included', () => {
    const top = words('seed', 10);
    expect(top).toContain('公安厅'); // no CC-CEDICT entry, 10 times in the article
    expect(top).toContain('公安部');
  });

  it('lets basic words give way to the article’s own terms', () => {
    const top = words('police', 15);
    for (const w of ['公安部', '治安', '部署']) expect(top, w).toContain(w);
    const seedTop = words('seed', 50);
    for (const w of ['加强', '进一步', '继续', '基本']) expect(seedTop, w).not.toContain(w);
  });

  it('weighs basic HSK levels 1–4 down, the more basic the more, and leaves levels 5 up alone', () => {
    const input = (level: number | null): RankInput => ({
      word: '词语', keyness: 50, count: 5, zipf: 4, hsk: { v2: null, v3: level }, properNoun: false, first: 0,
    });
    const weights = [1, 2, 3, 4, 5, 7, null].map((l) => usefulness(input(l)));
    for (let i = 1; i < 4; i++) expect(weights[i]).toBeGreaterThan(weights[i - 1]);
    expect(weights[3]).toBeLessThan(1);
    expect(weights.slice(4)).toEqual([1, 1, 1]);
  });

  it('does not push an institution down as a proper noun, but a place name', () => {
    const base: RankInput = { word: '', keyness: 50, count: 5, zipf: 3, hsk: { v2: null, v3: null }, properNoun: true, first: 0 };
    expect(usefulness({ ...base, word: '公安部' })).toBe(1);
    expect(usefulness({ ...base, word: '国务院' })).toBe(1);
    expect(usefulness({ ...base, word: '大连市' })).toBeLessThan(1);
  });
});
