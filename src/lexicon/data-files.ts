import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Where the build-time index lives: <package root>/dist/data/. Resolved from this file so it
 * works both from dist/lexicon/*.js and from src/lexicon/*.ts (vitest): both sit two levels
 * below the package root.
 */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const dataDir = path.join(packageRoot, 'dist', 'data');

export const dataFiles = {
  /** `simplified \t traditional \t pinyin \t weak(0|1) \t classes \t bound \t gloss \t gloss …`, sorted by key bytes. */
  cedict: path.join(dataDir, 'cedict.tsv'),
  /**
   * `word \t count \t tag \t resolution \t v2 \t v3 \t cedict`, sorted by key bytes: jieba's
   * words, then CC-CEDICT and HSK words it lacks (count and tag empty). See build-index.ts.
   */
  jieba: path.join(dataDir, 'jieba.tsv'),
  /**
   * `prefix \t word`: CC-CEDICT words jieba's dictionary lacks (一带一路, 新冠肺炎), each with its
   * longest prefix that jieba lists, where jieba's cut of the word starts (see join-pieces.ts).
   */
  cedictJoins: path.join(dataDir, 'cedict-joins.tsv'),
  /** One-line stand-ins for the keyword-extraction tables nodejieba loads (see jieba.ts). */
  idfStub: path.join(dataDir, 'idf-stub.utf8'),
  stopWordStub: path.join(dataDir, 'stop-words-stub.utf8'),
  /** First line: how many common words; then `stem \t words with a sense using it` (gloss-stems.ts). */
  stemShares: path.join(dataDir, 'stem-shares.tsv'),
  /** `{ "jiebaTotal": <sum of all counts> }` */
  meta: path.join(dataDir, 'meta.json'),
} as const;
