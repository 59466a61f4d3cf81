import { describe, expect, it } from 'vitest';
import { bestExample, iPlusOneFirst, isIPlusOne, preferIPlusOne, toFront, unknownWords } from '../../src/learn/i-plus-one.js';
import type { DeckCard } from '../../src/model/deck.js';
import { chooseExamples } from '../../src/deck/example-choice.js';
import { splitSentences } from '../../src/text/sentences.js';
import { exampleClauses } from '../../src/text/example-clause.js';
import * as lexicon from '../../src/lexicon/index.js';

const knows = (...words: string[]) => (w: string) => words.includes(w);

describe('i+1: only the card\'s own word unknown', () => {
  it.each([
    // the clause's other content words, the words known, i+1?
    [['坚持', '依法', '办事'], ['坚持', '依法', '办事'], true, []],
    [['坚持', '依法', '办事'], ['坚持', '办事'], false, ['依法']],
    [[], [], true, []],
    [['社会', '公平', '正义'], [], false, ['社会', '公平', '正义']],
  ])('%j with %j known: %s', (words, known, expected, unknown) => {
    expect(isIPlusOne(words, knows(...known))).toBe(expected);
    expect(unknownWords(words, knows(...known))).toEqual(unknown);
  });

  it.each([
    [[['社会'], ['群众'], ['公平']], ['群众'], 1],
    [[['社会'], ['群众'], ['公平']], ['群众', '社会'], 0],
    [[['社会'], ['群众']], [], 0],
  ])('best example of %j with %j known is #%i', (exampleWords, known, i) => {
    expect(bestExample(exampleWords, knows(...known))).toBe(i);
  });

  it('moves one item to the front, the rest in order', () => {
    expect(toFront(['a', 'b', 'c', 'd'], 2)).toEqual(['c', 'a', 'b', 'd']);
    expect(toFront(['a', 'b'], 0)).toEqual(['a', 'b']);
  });

  it('prefers i+1 new cards and keeps rank order otherwise', () => {
    const cards = [
      { id: 'r1', ew: [['社会', '公平']] },
      { id: 'r2', ew: [['群众']] },
      { id: 'r3', ew: undefined },
      { id: 'r4', ew: [['正义'], ['群众', '服务']] },
      { id: 'r5', ew: [['服务']] },
    ];
    const order = preferIPlusOne(cards, (c) => c.ew, knows('群众', '服务')).map((c) => c.id);
    expect(order).toEqual(['r2', 'r4', 'r5', 'r1', 'r3']);
  });
});

describe('the example a card shows first', () => {
  const card = {
    word: '执法', examples: ['公正执法,事关社会公平正义', '要坚持严格执法', '规范执法'],
    examplesPinyin: ['p0', 'p1', 'p2'], exampleWords: [['公正', '社会', '公平', '正义'], ['坚持', '严格'], ['规范']],
  } as unknown as DeckCard;

  it.each([
    [[], ['公正执法,事关社会公平正义', '要坚持严格执法', '规范执法']],
    [['规范'], ['规范执法', '公正执法,事关社会公平正义', '要坚持严格执法']],
    [['坚持', '严格', '规范'], ['要坚持严格执法', '公正执法,事关社会公平正义', '规范执法']],
    [['公正', '社会', '公平', '正义', '规范'], ['公正执法,事关社会公平正义', '要坚持严格执法', '规范执法']],
  ])('with %j known: %j', (known, examples) => {
    const out = iPlusOneFirst(card, knows(...known));
    expect(out.examples).toEqual(examples);
    expect(out.examplesPinyin.map((p) => Number(p[1]))).toEqual(out.examples.map((e) => card.examples.indexOf(e)));
    expect(out.exampleWords!.map((w) => card.exampleWords!.indexOf(w))).toEqual(out.examples.map((e) => card.examples.indexOf(e)));
  });

  it('leaves a card without exampleWords (an older deck) alone', () => {
    const old = { ...card, exampleWords: undefined } as DeckCard;
    expect(iPlusOneFirst(old, knows('规范'))).toBe(old);
  });
});

describe('examples chosen at generate time (real jieba and dictionary)', () => {
  const sentences = [
    '坚持依法办事、公正执法,事关社会公平正义、事关党和政府公信力。',
    '要坚持严格执法。',
  ];
  const contexts = sentences.map((sentence) => ({ sentence, offset: sentence.indexOf('执法') }));
  const text = { splitSentences, exampleClauses };
  const content = (w: string) => !['要', '和', '的'].includes(w);

  it('keeps article order and lists each clause\'s other content words when nothing is known', () => {
    const r = chooseExamples('执法', contexts, lexicon, text, content, new Set());
    expect(r.examples[0]).toContain('公正执法');
    expect(r.exampleWords[0]).toEqual(expect.arrayContaining(['坚持', '依法', '公正', '社会']));
    expect(r.exampleWords[0]).not.toContain('执法');
    expect(r.exampleWords[1]).toEqual(['坚持', '严格']);
  });

  it('puts the i+1 clause first once its other words are known', () => {
    const r = chooseExamples('执法', contexts, lexicon, text, content, new Set(['坚持', '严格']));
    expect(r.examples[0]).toBe('要坚持严格执法。');
    expect(r.exampleWords[0]).toEqual(['坚持', '严格']);
  });
});
