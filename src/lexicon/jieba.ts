import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GuanhuaError } from '../errors.js';
import { dataFiles } from './data-files.js';
import { trace } from '../trace.js';

export interface Jieba {
  load(dicts: { idfDict?: string; stopWordDict?: string }): void;
  cut(sentence: string, hmm: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
}

let jieba: Jieba | null = null;

/**
 * nodejieba, its dictionaries loaded once on first use (about a second). It also loads by
 * default a 6 MB IDF table and a stop-word list for keyword extraction, which guanhua never
 * asks for: stubs of one line each (written at build time) stand in for them, a quarter of the
 * load. Segmentation uses only the word dictionary and the HMM model, which stay jieba's own.
 */
export function loadedJieba(): Jieba {
  if (!jieba) {
    // A missing dictionary file aborts the process inside cppjieba: say what to do first.
    for (const file of [dataFiles.idfStub, dataFiles.stopWordStub]) {
      if (!existsSync(file)) throw new GuanhuaError(`lexicon index missing (${file}): run \`npm run build\` first`);
    }
    const loaded = createRequire(import.meta.url)('nodejieba') as Jieba;
    loaded.load({ idfDict: dataFiles.idfStub, stopWordDict: dataFiles.stopWordStub });
    jieba = loaded;
    trace('loaded jieba');
  }
  return jieba;
}
