/**
 * The HSK profile of a text: the share of its running words at each HSK 3.0 level (1..6, and
 * "7-9" for the advanced band the lexicon numbers 7) and "none" for words not in HSK 3.0.
 */
export type HskBand = '1' | '2' | '3' | '4' | '5' | '6' | '7-9' | 'none';

export const HSK_BANDS: readonly HskBand[] = ['1', '2', '3', '4', '5', '6', '7-9', 'none'];

export interface HskProfileRow {
  level: HskBand;
  tokens: number;
  /** tokens / all running words, 3 decimals. */
  share: number;
}

export function bandOf(v3: number | null): HskBand {
  if (v3 === null) return 'none';
  return v3 >= 7 ? '7-9' : (String(v3) as HskBand);
}

/** Every band, in level order, zeros included (a fixed shape for scripts). */
export function hskProfile(words: Iterable<{ count: number; v3: number | null }>): HskProfileRow[] {
  const counts = new Map<HskBand, number>(HSK_BANDS.map((b) => [b, 0]));
  let total = 0;
  for (const w of words) {
    counts.set(bandOf(w.v3), counts.get(bandOf(w.v3))! + w.count);
    total += w.count;
  }
  return HSK_BANDS.map((level) => {
    const tokens = counts.get(level)!;
    return { level, tokens, share: total > 0 ? Math.round((tokens / total) * 1000) / 1000 : 0 };
  });
}
