/**
 * The tone colour scheme, shared by the terminal and the Anki export so a
 * syllable has the same colour everywhere: 1 red, 2 orange, 3 green, 4 blue,
 * neutral (5) grey.
 */

export type Tone = 1 | 2 | 3 | 4 | 5;

export interface ToneColour {
  /** CSS colour on a light background (Anki day mode). */
  hex: string;
  /** Lighter variant for dark backgrounds (Anki night mode, dark terminals). */
  hexNight: string;
  /** Nearest of the 16 basic terminal colours (chalk/Ink name). */
  ansi: 'red' | 'yellow' | 'green' | 'blue' | 'gray';
}

export const TONE_COLOURS: Readonly<Record<Tone, ToneColour>> = Object.freeze({
  1: { hex: '#d32f2f', hexNight: '#ff6b6b', ansi: 'red' },
  2: { hex: '#ef6c00', hexNight: '#ffa94d', ansi: 'yellow' },
  3: { hex: '#2e7d32', hexNight: '#69db7c', ansi: 'green' },
  4: { hex: '#1565c0', hexNight: '#74c0fc', ansi: 'blue' },
  5: { hex: '#757575', hexNight: '#adb5bd', ansi: 'gray' },
});

// Letters carrying each tone mark (ü and syllabic n/m forms included), precomposed.
const MARKED: ReadonlyMap<string, Tone> = new Map(
  ([
    [1, 'āēīōūǖĀĒĪŌŪǕ'],
    [2, 'áéíóúǘÁÉÍÓÚǗńŃḿḾ'],
    [3, 'ǎěǐǒǔǚǍĚǏǑǓǙňŇ'],
    [4, 'àèìòùǜÀÈÌÒÙǛǹǸ'],
  ] as const).flatMap(([tone, letters]) => [...letters].map((c): [string, Tone] => [c, tone])),
);
// Combining marks, for decomposed input: macron, acute, caron, grave.
const COMBINING: ReadonlyMap<string, Tone> = new Map([['\u0304', 1], ['\u0301', 2], ['\u030c', 3], ['\u0300', 4]]);

/**
 * The tone of one pinyin syllable written with tone marks (`zhǎng` → 3), or
 * with a trailing tone number (`zhang3` → 3). No mark and no number: neutral (5).
 */
export function toneOf(syllable: string): Tone {
  const last = syllable.charCodeAt(syllable.length - 1);
  if (last >= 49 && last <= 53) return (last - 48) as Tone; // '1'..'5'
  for (const c of syllable) {
    const tone = MARKED.get(c) ?? COMBINING.get(c);
    if (tone) return tone;
  }
  return 5;
}
