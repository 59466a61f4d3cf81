import { describe, expect, it } from 'vitest';
import { escapeHtml, fieldChecksum, highlightWord, pinyinHtml, sortFieldText } from '../../src/anki/html.js';
import { toneCss } from '../../src/anki/tone-css.js';
import { TONE_COLOURS, toneOf } from '../../src/model/tones.js';

describe('toneOf', () => {
  it.each([
    ['jú', 2], ['zhǎng', 3], ['Cháo', 2], ['xiǎn', 3], ['bù', 4], ['shǔ', 3], ['gāo', 1], ['de', 5],
    ['lǜ', 4], ['nǚ', 3], ['lüè', 4], ['ǹg', 4], ['zhang3', 3], ['ma5', 5], ['Ō', 1],
  ] as const)('%s → tone %i', (syllable, tone) => {
    expect(toneOf(syllable)).toBe(tone);
  });

  it('has one colour per tone, neutral grey', () => {
    expect(Object.keys(TONE_COLOURS)).toEqual(['1', '2', '3', '4', '5']);
    expect(TONE_COLOURS[1].ansi).toBe('red');
    expect(TONE_COLOURS[5].ansi).toBe('gray');
    expect(toneCss()).toContain(`.tone3 { color: ${TONE_COLOURS[3].hex}; }`);
  });
});

describe('pinyinHtml', () => {
  it.each([
    ['jú zhǎng', '<span class="tone2">jú</span> <span class="tone3">zhǎng</span>'],
    ['Cháo xiǎn', '<span class="tone2">Cháo</span> <span class="tone3">xiǎn</span>'],
    ['de', '<span class="tone5">de</span>'],
    ['huì yì 。', '<span class="tone4">huì</span> <span class="tone4">yì</span> 。'],
    ['  fā  zhǎn ', '<span class="tone1">fā</span> <span class="tone3">zhǎn</span>'],
    ['< & >', '&lt; &amp; &gt;'],
  ])('%j', (pinyin, html) => {
    expect(pinyinHtml(pinyin)).toBe(html);
  });
});

describe('escaping', () => {
  it('never lets article text become markup', () => {
    expect(escapeHtml('局长<script>alert("x")</script> & \'副\'')).toBe(
      '局长&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;副&#39;',
    );
    expect(escapeHtml('一\n二\r\n三\t四')).toBe('一<br>二<br>三 四');
  });

  it('highlights every occurrence of the word in the example, escaped', () => {
    expect(highlightWord('局长<b>与副局长</b>', '局长')).toBe('<b class="hl">局长</b>&lt;b&gt;与副<b class="hl">局长</b>&lt;/b&gt;');
    expect(highlightWord('会议部署推进', '部署')).toBe('会议<b class="hl">部署</b>推进');
    expect(highlightWord('没有', '部署')).toBe('没有');
  });
});

describe('sort field and checksum, as Anki computes them', () => {
  // Values from notes Anki itself wrote (../shared/fixtures/anki: anki-update1.apkg, ankidroid-templates.apkg).
  it.each([
    ['hello', 2868168221],
    ['Coracobrachialis', 3036265765],
    ['Deltoid', 1135528936],
  ])('csum(%s) = %i', (field, csum) => {
    expect(fieldChecksum(field)).toBe(csum);
  });

  it('strips our markup and decodes the entities we write', () => {
    expect(sortFieldText('<b class="hl">局长</b>&lt;x&gt; &amp; &quot;y&quot; &#39;z&#39;&nbsp;!')).toBe('局长<x> & "y" \'z\' !');
    expect(fieldChecksum(escapeHtml('A&B'))).toBe(fieldChecksum('A&amp;B'));
    expect(sortFieldText('a\u0007b')).toBe('ab');
  });
});
