/**
 * Dunning's log-likelihood (G²) of a word's frequency in one text against a
 * reference corpus, signed: positive when the text uses the word more than the
 * corpus would predict, negative when less. Rayson & Garside (2000) form.
 *
 * @param a occurrences in the text
 * @param textSize running words in the text
 * @param b occurrences in the corpus
 * @param corpusSize running words in the corpus
 */
export function logLikelihood(a: number, textSize: number, b: number, corpusSize: number): number {
  if (a <= 0 || textSize <= 0 || corpusSize <= 0) return 0;
  const total = textSize + corpusSize;
  const expectedText = (textSize * (a + b)) / total;
  const expectedCorpus = (corpusSize * (a + b)) / total;
  const term = (observed: number, expected: number) => (observed > 0 ? observed * Math.log(observed / expected) : 0);
  const g2 = 2 * (term(a, expectedText) + term(b, expectedCorpus));
  return a / textSize >= b / corpusSize ? g2 : -g2;
}
