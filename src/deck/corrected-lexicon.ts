import type { LexiconPort } from '../model/lexicon-port.js';
import { applyToTokens, mergeWords } from '../learn/corrections.js';
import type { Corrections } from '../model/corrections.js';
import { insertUserWords } from '../lexicon/jieba-user-words.js';

/**
 * The lexicon with the learner's splits and merges applied to every segmentation: what generate
 * and read both segment with, so the two agree token for token.
 */
export function correctedLexicon(lex: LexiconPort, corrections: Corrections): LexiconPort {
  if (corrections.size === 0) return lex;
  const merges = mergeWords(corrections);
  insertUserWords(merges);
  const hasSplits = [...corrections.values()].some((c) => c.split);
  if (merges.length === 0 && !hasSplits) return lex;
  // Splits and merges work on the token stream: the raw shortcut would bypass them.
  return {
    ...lex,
    segment: (text) => applyToTokens(lex.segment(text), corrections, merges),
    cutRaw: undefined,
    resolveToken: undefined,
  };
}
