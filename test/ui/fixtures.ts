import type { DeckCard } from '../../src/model/deck.js';
import type { QueueCounts, QueueStep, ReviewItem } from '../../src/ui/session-reducer.js';

/** Real words of official register, as the generator would make them. */
export function card(over: Partial<DeckCard> & Pick<DeckCard, 'word'>): DeckCard {
  return {
    id: `gh-${over.word}`,
    traditional: over.word,
    pinyin: '',
    pinyinNumbered: '',
    definitions: [],
    pos: 'n',
    hsk: { v2: null, v3: null },
    frequency: { article: 1, corpus: 3 },
    keyness: 10,
    rank: 1,
    examples: [],
    examplesPinyin: [],
    tags: [],
    ...over,
  };
}

export const ZHIFA = card({
  word: '执法',
  traditional: '執法',
  pinyin: 'zhí fǎ',
  pinyinNumbered: 'zhi2 fa3',
  definitions: ['to enforce a law', 'law enforcement'],
  pos: 'v',
  hsk: { v2: null, v3: 7 },
  frequency: { article: 3, corpus: 4.2 },
  examples: ['严格规范公正文明执法'],
  examplesPinyin: ['yán gé guī fàn gōng zhèng wén míng zhí fǎ'],
});

export const JUZHANG = card({
  word: '局长',
  traditional: '局長',
  pinyin: 'jú zhǎng',
  pinyinNumbered: 'ju2 zhang3',
  definitions: ['director of a bureau'],
  pos: 'n',
  hsk: { v2: 6, v3: 6 },
  frequency: { article: 1, corpus: 4.5 },
  examples: ['局长在会上作了讲话'],
  examplesPinyin: ['jú zhǎng zài huì shàng zuò le jiǎng huà'],
});

export const LVSHI = card({
  word: '律师',
  traditional: '律師',
  pinyin: 'lǜ shī',
  pinyinNumbered: 'lu:4 shi1',
  definitions: ['lawyer'],
  hsk: { v2: 4, v3: 4 },
  frequency: { article: 2, corpus: 4.9 },
  examples: ['当事人可以委托律师'],
});

export const INTERVALS = { 1: '1m', 2: '6m', 3: '10m', 4: '4d' } as const;

export function item(c: DeckCard, state: ReviewItem['state'] = 'new'): ReviewItem {
  return { card: c, deckName: '政府工作报告', sourceTitle: '2024年政府工作报告', state, intervals: { ...INTERVALS } };
}

export function step(c: DeckCard | null, counts: QueueCounts = { new: 1, learning: 0, review: 0 }): QueueStep {
  return { item: c === null ? null : item(c), counts };
}
