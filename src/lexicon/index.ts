/**
 * The lexicon as the deck builder sees it (src/model/lexicon-port.ts). Every table and jieba
 * load lazily, once, on first use: importing this module costs nothing.
 */
export { segment, isHanWord, cutRaw, resolveToken } from './segment.js';
export { lookup, has } from './cedict.js';
export { chooseReading } from './reading.js';
export { composedMeaning } from './compose.js';
export { toneMarks } from './tone-marks.js';
export { pinyinLine, readLines, readText, segmentLines, sentencePinyin, type ReadToken } from './read-text.js';
export { prepareReader } from './context-reader.js';
export { corpusFrequency, corpusTotal, wordSummary } from './frequency.js';
export type { CedictEntry, ComposedMeaning, CorpusFrequency, Reading, SenseClass, Token, WordSummary } from '../model/lexicon.js';
