/**
 * Sorting CC-CEDICT glosses into real definitions and pointers. "surname X", "variant of X",
 * "see X", "used in X" point elsewhere; a reading that has nothing else is "weak" and is never
 * a card's meaning while a real reading exists. "CL:" lines list classifiers, not meanings.
 */
import { renderGloss } from './gloss-text.js';

/** Optional register label before a pointer: "(literary) variant of …", "(Tw) variant of …". */
const LABEL = String.raw`(?:\([^)]*\)\s*)?`;
const VARIANT = String.raw`${LABEL}(?:(?:old|archaic|ancient|obscure|erroneous|Japanese|Korean|non-standard|nonstandard|erhua)\s+)*variant of`;
/** A pointer's target: `[trad|]simp[pinyin]`. */
const TARGET = String.raw`\s+(?:[^|[\s]+\|)?([^[\s]+)\[([^\]]+)\]`;

const POINTER = [
  /^surname\b/i,
  new RegExp(`^${VARIANT}\\b`, 'i'),
  /^(?:also written|also pr\.|see also|see)\s/i,
  /^used in\b/i,
  /^(?:Taiwan|Mainland|old|also) pr\. \[/i,
];
const SEE_TARGET = new RegExp(`^see(?: also)?${TARGET}`, 'i');
const VARIANT_TARGET = new RegExp(`^${VARIANT}${TARGET}`, 'i');

/**
 * Where a "see X[…]" or "variant of X[…]" gloss points: X's simplified form and reading.
 * "see" means the same word (大连 → 大连市); "variant" the same word written otherwise.
 */
export function pointerTarget(gloss: string): { kind: 'see' | 'variant'; simplified: string; pinyin: string } | null {
  const see = SEE_TARGET.exec(gloss);
  if (see) return { kind: 'see', simplified: see[1], pinyin: see[2] };
  const variant = VARIANT_TARGET.exec(gloss);
  if (variant) return { kind: 'variant', simplified: variant[1], pinyin: variant[2] };
  return null;
}

export function isClassifierLine(gloss: string): boolean {
  return /^CL:/.test(gloss);
}

export function isPointer(gloss: string): boolean {
  return POINTER.some((re) => re.test(gloss));
}

/**
 * Splits one reading's glosses, written out for learners (see gloss-text.ts). `weak` is true
 * when no real definition is left; then the pointers are kept as its definitions (a lookup can
 * show them; a card never uses them). The measure words come last, as one more line
 * ("measure word: 个 gè"), after the real definitions only.
 */
export function sortGlosses(glosses: string[]): { definitions: string[]; weak: boolean } {
  const trimmed = glosses.map((g) => g.trim()).filter((g) => g !== '');
  const kept = trimmed.filter((g) => !isClassifierLine(g));
  const real = kept.filter((g) => !isPointer(g));
  if (real.length === 0) return { definitions: kept.map(renderGloss), weak: true };
  const classifiers = trimmed.filter(isClassifierLine);
  return { definitions: [...real, ...classifiers].map(renderGloss), weak: false };
}
