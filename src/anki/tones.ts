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

// Vowels carrying each tone mark (ü forms included), decomposed and precomposed.
const MARKS: ReadonlyArray<[Tone, RegExp]> = [
  [1, /[āēīōūǖĀĒĪŌŪǕ]|\u0304/],
  [2, /[áéíóúǘÁÉÍÓÚǗńŃ]|\u0301/],
  [3, /[ǎěǐǒǔǚǍĚǏǑǓǙňŇ]|\u030c/],
  [4, /[àèìòùǜÀÈÌÒÙǛǹǸ]|\u0300/],
];

/**
 * The tone of one pinyin syllable written with tone marks (`zhǎng` → 3), or
 * with a trailing tone number (`zhang3` → 3). No mark and no number: neutral (5).
 */
export function toneOf(syllable: string): Tone {
  const numbered = /([1-5])$/.exec(syllable);
  if (numbered) return Number(numbered[1]) as Tone;
  for (const [tone, re] of MARKS) if (re.test(syllable)) return tone;
  return 5;
}

/** CSS for the `.toneN` classes, day and night mode (Anki adds `.nightMode`). */
export function toneCss(): string {
  const tones = [1, 2, 3, 4, 5] as const;
  const day = tones.map((t) => `.tone${t} { color: ${TONE_COLOURS[t].hex}; }`);
  const night = tones.map((t) => `.nightMode .tone${t}, .night_mode .tone${t} { color: ${TONE_COLOURS[t].hexNight}; }`);
  return [...day, ...night].join('\n');
}
