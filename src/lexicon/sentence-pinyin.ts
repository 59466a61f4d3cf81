import { chooseReading } from './reading.js';
import { isHanWord, segment } from './segment.js';

/**
 * Tone-mark pinyin of a short text (a card's example clause): Han words read as chooseReading
 * reads them in this text (局长 jú zhǎng, not pinyin-pro's jú cháng), syllables separated by
 * single spaces, punctuation, digits and Latin kept as they are. Meant for clauses: it
 * segments and reads every word, fine for a few hundred characters, not for a whole corpus.
 */
export function sentencePinyin(text: string): string {
  const parts: string[] = [];
  let offset = 0;
  // The pos of the last part when it is non-Han text a following token of that kind continues
  // ("。“" stays together, "，" and "2012" do not).
  let glue: string | null = null;
  for (const { word, pos } of segment(text)) {
    if (isHanWord(word)) {
      parts.push(chooseReading(word, text, offset).pinyin);
      glue = null;
    } else if (word.trim() === '') {
      glue = null;
    } else if (glue === pos) {
      parts[parts.length - 1] += word;
    } else {
      parts.push(word);
      glue = pos;
    }
    offset += word.length;
  }
  return parts.join(' ');
}
