/**
 * A word's corpus frequency as a band a learner can read ("top 5k").
 *
 * `frequency.corpus` is a Zipf value: log10 of occurrences per billion words of
 * jieba's dictionary corpus. The thresholds are the Zipf values at those ranks in
 * jieba's dictionary (jieba.dict.utf8, 348,982 words, 60.1 M occurrences):
 * rank 1,000 → 5.14, 2,000 → 4.86, 5,000 → 4.41, 10,000 → 4.04, 20,000 → 3.64,
 * 50,000 → 2.95. A word at or above a threshold is within that many most frequent words.
 */
const BANDS: ReadonlyArray<readonly [number, string]> = [
  [5.14, 'top 1k'],
  [4.86, 'top 2k'],
  [4.41, 'top 5k'],
  [4.04, 'top 10k'],
  [3.64, 'top 20k'],
  [2.95, 'top 50k'],
];

export function corpusBand(zipf: number): string {
  if (!(zipf > 0)) return 'not in corpus';
  for (const [min, label] of BANDS) if (zipf >= min) return label;
  return 'rare (beyond 50k)';
}
