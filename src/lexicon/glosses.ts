/**
 * Sorting CC-CEDICT glosses into real definitions and pointers. "surname X", "variant of X",
 * "see X", "used in X" point elsewhere; a reading that has nothing else is "weak" and is never
 * a card's meaning while a real reading exists. "CL:" lines list classifiers, not meanings.
 */
const POINTER = [
  /^surname\b/i,
  /^(?:(?:old|archaic|ancient|obscure|erroneous|Japanese|Korean|non-standard|nonstandard)\s+)*variant of\b/i,
  /^(?:also written|also pr\.|see also|see)\s/i,
  /^used in\b/i,
  /^(?:Taiwan|Mainland|old|also) pr\. \[/i,
];

export function isClassifierLine(gloss: string): boolean {
  return /^CL:/.test(gloss);
}

export function isPointer(gloss: string): boolean {
  return POINTER.some((re) => re.test(gloss));
}

/**
 * Splits one reading's glosses. `weak` is true when no real definition is left; then the
 * pointers are kept as its definitions (a lookup can show them; a card must not use them).
 */
export function sortGlosses(glosses: string[]): { definitions: string[]; weak: boolean } {
  const kept = glosses.map((g) => g.trim()).filter((g) => g !== '' && !isClassifierLine(g));
  const real = kept.filter((g) => !isPointer(g));
  return real.length > 0 ? { definitions: real, weak: false } : { definitions: kept, weak: true };
}
