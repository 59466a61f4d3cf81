/**
 * Terminal columns of plain text for the command-line tables (due, cards): CJK characters take
 * two. A regular expression rather than string-width, whose import alone costs tens of ms.
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) || ch.codePointAt(0)! > 0x1ffff ? 2 : 1;
  return w;
}
