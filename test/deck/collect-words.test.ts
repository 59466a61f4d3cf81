import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectWords, segmenterOf, type Collected } from '../../src/deck/collect-words.js';
import * as lexicon from '../../src/lexicon/index.js';
import { readArticle } from '../../src/text/read-article.js';
import { splitSentences } from '../../src/text/sentences.js';
import { root, seedArticle } from '../helpers/cli.js';

/**
 * The counter reads sentences two ways: as whole tokens (lexicon.segment, the path the learner's
 * corrections take) or as jieba's raw pieces resolved once each (cutRaw + resolveToken, the fast
 * path). Both must give the same words, counts, tags, order and contexts, on real articles.
 */
const articlesDir = path.join(root, 'test/fixtures/articles');
const articles = [seedArticle, ...fs.readdirSync(articlesDir).filter((f) => /\.(txt|md|html)$/.test(f) && f !== 'SOURCES.md').map((f) => path.join(articlesDir, f))];

const plain = (c: Collected) => ({ tokens: c.tokens, characters: c.characters, words: [...c.words.values()] });

describe('the token path and the raw-piece path', () => {
  it('the fast path is the one segmenterOf picks for the plain lexicon', () => {
    expect(typeof segmenterOf(lexicon)).toBe('object');
  });

  it.each(articles.map((a) => [path.basename(a), a]))('count %s alike', async (_name, file) => {
    const { paragraphs } = await readArticle(file);
    const sentences = () => paragraphs.flatMap((p) => splitSentences(p));
    const raw = plain(collectWords(sentences(), segmenterOf(lexicon)));
    const tokens = plain(collectWords(sentences(), (text) => lexicon.segment(text)));
    expect(raw.tokens).toBeGreaterThan(100);
    expect(raw).toEqual(tokens);
  });

  it('count alike where sentences hold line breaks, Latin, digits and glued names', () => {
    const sentences = ['辽宁大连召开会议，GDP增长6.5%。', '第一行\n第二行：公安机关依法办事。', 'ＡＢＣ１２３，国务院常务会议。'];
    const raw = plain(collectWords(sentences, segmenterOf(lexicon)));
    const tokens = plain(collectWords(sentences, (text) => lexicon.segment(text)));
    expect(raw.words.map((w) => w.word)).toContain('大连');
    expect(raw).toEqual(tokens);
  });
});
