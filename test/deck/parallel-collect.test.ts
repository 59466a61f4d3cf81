import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import * as lexicon from '../../src/lexicon/index.js';
import { correctedLexicon } from '../../src/deck/corrected-lexicon.js';
import type { Correction } from '../../src/model/corrections.js';
import { collectWords, segmenterOf, WordCounter, type Collected, type Segmenter } from '../../src/deck/collect-words.js';
import { Claims, partBounds } from '../../src/deck/parallel-collect.js';
import { joinRuns, mergePacked, packCounts, type ChildReply } from '../../src/deck/packed-counts.js';
import { readArticle } from '../../src/text/read-article.js';
import { splitSentences } from '../../src/text/sentences.js';
import { seedArticle } from '../helpers/cli.js';

let paragraphs: string[];
const seedParagraphs = () => paragraphs;
beforeAll(async () => {
  const article = await readArticle(seedArticle);
  // The seed twice, the copy changed a little: words recur across parts, and some sentences too.
  paragraphs = [...article.paragraphs, ...article.paragraphs.map((p, i) => (i % 3 === 0 ? p : p.replace(/。/gu, '，同时。')))];
});

function* sentencesOf(ps: readonly string[]) {
  for (const p of ps) yield* splitSentences(p);
}

/**
 * What main and helper together make of the parts: main on [0, k), the helper on [k, n) in runs
 * from the top, each run counted on its own (WordCounter.take) and the runs joined in order (as
 * count-child.ts does), run lengths cycling through `runs`.
 */
function splitCount(segmenter: Segmenter, bounds: number[], k: number, paragraphs = seedParagraphs(), runs = [1]): Collected {
  const parts = bounds.length - 1;
  const main = new WordCounter(segmenter);
  for (let p = 0; p < k; p++) main.add(sentencesOf(paragraphs.slice(bounds[p], bounds[p + 1])));
  const helper = new WordCounter(segmenter);
  const runCounts: Collected[] = [];
  const where = new Map<string, [number, number]>();
  for (let top = parts, r = 0; top > k; r++) {
    const from = Math.max(k, top - runs[r % runs.length]);
    const located: string[] = [];
    for (let i = bounds[from]; i < bounds[top]; i++) {
      let cursor = 0;
      for (const s of splitSentences(paragraphs[i])) {
        const start = paragraphs[i].indexOf(s, cursor);
        cursor = start + s.length;
        if (!where.has(s)) where.set(s, [i, start]);
        located.push(s);
      }
    }
    helper.add(located);
    runCounts.push(helper.take());
    top = from;
  }
  const helperCounts = joinRuns(runCounts);
  // Through the bytes the helper writes, as the real reply travels.
  const reply = v8.deserialize(v8.serialize({ ok: true, from: k, counts: packCounts(helperCounts, (s) => where.get(s)!) })) as ChildReply;
  if (!reply.ok) throw new Error(reply.message);
  return mergePacked(main.result(), reply.counts, paragraphs);
}

const plain = (c: Collected) => ({ tokens: c.tokens, characters: c.characters, words: [...c.words.values()] });

describe('counting in two processes', () => {
  it('gives exactly one pass’s words, counts, tags, order and contexts wherever the two meet', () => {
    const segmenter = segmenterOf(lexicon);
    const one = plain(collectWords(sentencesOf(paragraphs), segmenter));
    expect(one.words.length).toBeGreaterThan(300);
    const bounds = partBounds(paragraphs, 1);
    expect(bounds.length).toBe(paragraphs.length + 1);
    for (let k = 0; k < bounds.length; k++) {
      expect(plain(splitCount(segmenter, bounds, k)), `meeting at part ${k}`).toEqual(one);
      expect(plain(splitCount(segmenter, bounds, k, paragraphs, [3, 1, 2])), `meeting at part ${k}, runs`).toEqual(one);
    }
  });

  it('does so with the learner’s splits and merges too (the token path)', () => {
    const corrections = new Map<string, Correction>([
      ['公安机关', { word: '公安机关', split: ['公安', '机关'] }],
      ['服务百姓', { word: '服务百姓', merge: true }],
    ]);
    const segmenter = segmenterOf(correctedLexicon(lexicon, corrections));
    expect(typeof segmenter).toBe('function');
    const one = plain(collectWords(sentencesOf(paragraphs), segmenter));
    expect(one.words.some((w) => w.word === '服务百姓')).toBe(true);
    const bounds = partBounds(paragraphs, 1500);
    for (let k = 0; k < bounds.length; k++) expect(plain(splitCount(segmenter, bounds, k)), `meeting at part ${k}`).toEqual(one);
  });

  it('keeps the tag of a word’s first occurrence, and sentences repeated across a meeting point once', () => {
    // Every character a token; tagged by the sentence's first character, so a word's tag
    // depends on where it is met first.
    const tagged: Segmenter = (text) => [...text].map((ch) => ({ word: ch, pos: text.startsWith('甲') ? 'a' : 'b' }));
    const ps = ['乙丙丁。', '甲乙戊。', '戊己。', '戊己。', '甲己庚。', '乙庚。', '庚辛。', '甲辛。'];
    const one = plain(collectWords(sentencesOf(ps), tagged));
    expect(one.words.find((w) => w.word === '乙')?.pos).toBe('b');
    expect(one.words.find((w) => w.word === '庚')?.pos).toBe('a');
    const bounds = partBounds(ps, 1);
    for (let k = 0; k < bounds.length; k++) {
      expect(plain(splitCount(tagged, bounds, k, ps)), `meeting at part ${k}`).toEqual(one);
      expect(plain(splitCount(tagged, bounds, k, ps, [2, 3])), `meeting at part ${k}, runs`).toEqual(one);
    }
  });

  it('cuts the paragraphs into parts of about the size asked, covering all of them', () => {
    const bounds = partBounds(paragraphs, 1000);
    expect(bounds[0]).toBe(0);
    expect(bounds.at(-1)).toBe(paragraphs.length);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i]).toBeGreaterThan(bounds[i - 1]);
    expect(partBounds(['一二三'], 1000)).toEqual([0, 1]);
  });
});

describe('Claims', () => {
  const logFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guanhua-claims-')), 'claims');

  it('gives each part to exactly one side, and the sides meet without a gap, however their turns fall', () => {
    let seed = 1;
    const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 200; trial++) {
      const file = logFile();
      const main = new Claims(file, 'M');
      const helper = new Claims(file, 'C');
      const parts = 1 + Math.floor(random() * 40);
      let next = 0;
      let from = parts;
      let mainOn = true;
      let helperOn = true;
      while (mainOn || helperOn) {
        if (mainOn && (!helperOn || random() < 0.5)) {
          if (next < parts && main.claim(next)) next++;
          else mainOn = false;
        } else if (helperOn) {
          // As count-child.ts: a quarter of what neither side holds, from the top.
          const open = from - main.highest('M') - 1;
          const run = Math.max(1, Math.floor(open / 4));
          const won = open > 0 ? helper.claimRun(from - run, from - 1) : null;
          if (won === null) helperOn = false;
          else {
            if (won > from - run) helperOn = false;
            from = won;
          }
        }
      }
      // Every part's first claim in the log is its owner's.
      const log = main.read();
      const owner = Array.from({ length: parts }, (_, p) => log.find((c) => c.from <= p && p <= c.to)?.who);
      main.close();
      helper.close();
      expect(next).toBe(from);
      expect(owner.join('')).toBe('M'.repeat(next) + 'C'.repeat(parts - next));
    }
  });

  it('lets the first claim of a part win: a run claimed first keeps it, a later run keeps what is left', () => {
    const file = logFile();
    const main = new Claims(file, 'M');
    const helper = new Claims(file, 'C');
    expect(helper.claimRun(3, 6)).toBe(3);
    expect(main.claim(4)).toBe(false);
    expect(main.claim(2)).toBe(true);
    expect(main.claim(0)).toBe(true);
    expect(helper.claimRun(0, 2)).toBe(null);
    expect(main.highest('M')).toBe(2);
    expect(helper.highest('C')).toBe(6);
    const other = new Claims(logFile(), 'C');
    expect(other.claimRun(5, 9)).toBe(5);
  });

  it('gives a run only its top when the other side got there first', () => {
    const file = logFile();
    const main = new Claims(file, 'M');
    const helper = new Claims(file, 'C');
    for (const p of [0, 1, 2]) expect(main.claim(p)).toBe(true);
    expect(helper.claimRun(1, 5)).toBe(3);
    expect(main.claim(3)).toBe(false);
  });
});
