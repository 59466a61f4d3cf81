import { TONE_COLOURS } from '../model/tones.js';

/** CSS for the `.toneN` classes, day and night mode (Anki adds `.nightMode`). */
export function toneCss(): string {
  const tones = [1, 2, 3, 4, 5] as const;
  const day = tones.map((t) => `.tone${t} { color: ${TONE_COLOURS[t].hex}; }`);
  const night = tones.map((t) => `.nightMode .tone${t}, .night_mode .tone${t} { color: ${TONE_COLOURS[t].hexNight}; }`);
  return [...day, ...night].join('\n');
}
