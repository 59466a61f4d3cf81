import { createHash } from 'node:crypto';

/**
 * A card's id: the same word with the same reading gets the same id on every run
 * and machine. `pinyinNumbered` is lower-cased so that a capital (朝鲜 Chao2 xian3)
 * does not change identity; spacing is normalised.
 */
export function cardId(word: string, pinyinNumbered: string): string {
  const reading = pinyinNumbered.trim().toLowerCase().replace(/\s+/g, ' ');
  const hash = createHash('sha256').update(`${word}\t${reading}`, 'utf8').digest('hex');
  return `gh-${hash.slice(0, 16)}`;
}
