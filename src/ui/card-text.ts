/** The word spaced out so it reads large: 执法 → "执  法". */
export function spacedWord(word: string): string {
  return [...word].join('  ');
}
