import type { NoteContent } from '../deck/note-content.js';

/**
 * The front of a Recall card: the meaning, with everything that would give the word away
 * masked. Glosses name other words in characters (CC-CEDICT's "abbr. for 人民警察",
 * "副詞|副词[fu4 ci2]", "CL:個|个[ge4]"; or "常务委员会 cháng wù wěi yuán huì" once glosses are
 * rewritten). Any such run of characters that shares a character with the word or its
 * traditional form is masked with its reading, whatever the notation; so is the word's own
 * pinyin anywhere. A meaning with nothing left to ask gives no prompt, and the note no Recall card.
 */

export const MASK = '～';

/** A run of characters, a CC-CEDICT "traditional|simplified" pair, and its bracketed reading. */
const HAN_REF = /(\p{Script=Han}+)(?:\|(\p{Script=Han}+))?(?:\[[^\]]*\])?/gu;
const HAN = /\p{Script=Han}/u;
const COMBINING = /[\u0300-\u036f]/g;
/** Vowels with a tone mark (the only accents pinyin has besides ü). */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/i;
/** Every pinyin syllable, toneless: an optional initial, a final, an optional erhua r. */
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|er|a|o|e|i|u|v)r?$/;

/** A token as a pinyin syllable: 'marked' (gè), 'numbered' (ge4), 'plain' (ge), or null. */
function syllableKind(token: string): 'marked' | 'numbered' | 'plain' | null {
  const numbered = /^(.+?)([1-5])$/.exec(token);
  const letters = (numbered ? numbered[1] : token).toLowerCase().replace(/u:/g, 'v');
  // NFD splits ü and the tone marks into u + combining marks; dropping them leaves the bare syllable.
  const bare = letters.normalize('NFD').replace(COMBINING, '');
  if (!SYLLABLE.test(bare)) return null;
  if (numbered) return 'numbered';
  return TONE_MARK.test(token) ? 'marked' : 'plain';
}

/**
 * How far the reading written after a masked run reaches: up to `syllables` tokens that are all
 * pinyin syllables, at least one with a tone. 0 when what follows is not that reading ("adverb").
 */
function readingLength(rest: string, syllables: number): number {
  const m = new RegExp(`^(\\s+[^\\s;,.()]+){1,${syllables}}`).exec(rest);
  if (!m) return 0;
  const tokens = m[0].trim().split(/\s+/);
  const kinds = tokens.map(syllableKind);
  if (tokens.length !== syllables || kinds.some((k) => k === null) || kinds.every((k) => k === 'plain')) return 0;
  return m[0].length;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The word's own reading, tone-marked or numbered, as letters anywhere in a gloss (spaces optional). */
function ownReadings(content: NoteContent): RegExp[] {
  const out: RegExp[] = [];
  for (const [reading, toned] of [[content.pinyin, TONE_MARK.test(content.pinyin)], [content.pinyinNumbered, /[1-5]/.test(content.pinyinNumbered)]] as const) {
    const syllables = reading.trim().split(/\s+/).filter(Boolean);
    // A reading without a tone could be an English word ("de", "an"): leave it.
    if (syllables.length === 0 || !toned) continue;
    out.push(new RegExp(`(?<![\\p{L}\\d])${syllables.map(escapeRegExp).join('\\s*')}(?![\\p{L}\\d])`, 'giu'));
  }
  return out;
}

/** One gloss with the word's characters, references to it and its reading masked. */
export function maskGloss(gloss: string, content: NoteContent): string {
  const own = new Set([...content.word, ...content.traditional].filter((c) => HAN.test(c)));
  let out = '';
  let last = 0;
  for (const m of gloss.matchAll(HAN_REF)) {
    const chars = [...m[1], ...(m[2] ?? '')];
    if (!chars.some((c) => own.has(c))) continue;
    const end = m.index + m[0].length;
    out += gloss.slice(last, m.index) + MASK;
    last = end + readingLength(gloss.slice(end), [...(m[2] ?? m[1])].length);
  }
  out += gloss.slice(last);
  for (const reading of ownReadings(content)) out = out.replace(reading, MASK);
  // "～|～", "～ ～": one mask.
  return out.replace(new RegExp(`${MASK}(?:[\\s|]*${MASK})+`, 'g'), MASK);
}

/** CC-CEDICT's words for pointing at another entry: once the entry is masked, they ask nothing. */
const POINTERS = /\b(?:abbr|abbreviation|for|to|of|see|also|variant|variants|old|same|as|used|in|erhua|written|cl|classifier|measure|words?|tw|pr)\b/gi;

/** Whether a masked gloss still asks something: a word of meaning besides masks, readings and pointers. */
export function asksSomething(masked: string): boolean {
  const rest = masked
    .replaceAll(MASK, ' ')
    .replace(HAN_REF, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .split(/[\s,;:()/.]+/)
    .filter((t) => t !== '' && syllableKind(t) !== 'marked' && syllableKind(t) !== 'numbered')
    .join(' ')
    .replace(POINTERS, ' ');
  return /[\p{L}\p{N}]/u.test(rest);
}

/** The Recall front (plain text): every gloss masked, or '' when none asks anything. */
export function recallPrompt(content: NoteContent): string {
  const masked = content.definitions.map((g) => maskGloss(g, content));
  return masked.some(asksSomething) ? masked.join('; ') : '';
}
