import { TONE_COLOURS, type Tone } from '../model/tones.js';

/**
 * Tone colours on the terminal: the scheme of src/model/tones.ts (1 red, 2 orange,
 * 3 green, 4 blue, neutral grey), in its lighter night variant because most
 * terminals are dark; chalk reduces the hex to what the terminal can show.
 */
export function toneColor(tone: number): string {
  const t = (tone >= 1 && tone <= 5 ? tone : 5) as Tone;
  return TONE_COLOURS[t].hexNight;
}
