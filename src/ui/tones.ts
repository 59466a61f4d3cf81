/**
 * Tone colours of the review screen. The Anki exporter (src/anki/) uses the same
 * scheme: 1 red, 2 orange, 3 green, 4 blue, neutral (5) grey. Hex values are
 * readable on dark and light terminals alike.
 */
export const TONE_COLORS: Readonly<Record<number, string>> = {
  1: '#e53935',
  2: '#fb8c00',
  3: '#43a047',
  4: '#1e88e5',
  5: '#9e9e9e',
};

export function toneColor(tone: number): string {
  return TONE_COLORS[tone] ?? TONE_COLORS[5]!;
}
