import { describe, expect, it } from 'vitest';
import { parseKnownWords } from '../../src/deck/known-words.js';

describe('parseKnownWords', () => {
  it('reads one word a line, ignoring blanks, comments, CRLF and trailing columns', () => {
    const words = parseKnownWords('\uFEFF# my words\r\n局长\r\n\r\n公安\tgong1 an1\n  会议  \n', 'known.txt');
    expect([...words]).toEqual(['局长', '公安', '会议']);
  });
  it('accepts a deck file', () => {
    const deck = {
      format: 'guanhua-deck',
      version: 1,
      name: 't',
      source: {},
      cards: [{ id: 'gh-1', word: '执法', pinyin: 'zhí fǎ', definitions: ['law enforcement'], examples: [] }],
    };
    expect([...parseKnownWords(JSON.stringify(deck), 'deck.json')]).toEqual(['执法']);
  });
  it('refuses a JSON file that is not a deck', () => {
    expect(() => parseKnownWords('{"a": 1}', 'x.json')).toThrow(/x\.json: not a guanhua deck/);
  });
});
