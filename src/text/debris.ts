import { evidenceOf, type Evidence } from './paragraph-evidence.js';

/**
 * Drops page debris from a list of paragraphs, in the manner of jusText: each paragraph is
 * first classed on its own evidence (good / near-good / short / bad), then short and
 * near-good ones take the class of their surroundings, and finally the page's tail — what
 * follows a share bar, editor credit or related-links heading once most of the body has
 * been seen — is dropped. Linear in the number of paragraphs.
 */

/** jusText's classes: prose, prose-ish, too short to judge alone, furniture. */
export type Klass = 'good' | 'near' | 'short' | 'bad';

/** Han characters a paragraph needs to count as prose on its own. */
const GOOD_HAN = 30;
/** Sentence punctuation per Han character that prose has (news prose runs 0.06–0.12). */
const GOOD_DENSITY = 0.03;
/** Below this many Han characters a paragraph is too short to judge alone. */
const SHORT_HAN = 15;
/** A long run of Han without any punctuation is a row of links, not prose. */
const UNPUNCTUATED_LIMIT = 40;
/** Han characters of an unpunctuated line that is taken for a sentence when nothing else is left. */
const SENTENCE_HAN = 8;
/** Consecutive good paragraphs after a page's tail that show a new article has begun. */
const RESTART_RUN = 3;

export function classify(e: Evidence): Klass {
  if (e.han === 0 || e.boilerplate || e.menu || e.dateline || e.endMarker) return 'bad';
  if ((e.bullet || e.numbered) && e.stops === 0 && e.han < GOOD_HAN) {
    // Bulleted headline rows are furniture; a numbered short line may be a section heading.
    return e.bullet ? 'bad' : 'short';
  }
  if (e.han >= GOOD_HAN && e.punct >= 2 && e.punct / e.han >= GOOD_DENSITY) return 'good';
  if (e.punct === 0 && e.han > UNPUNCTUATED_LIMIT) return 'bad';
  // A short complete sentence ("会议还研究了其他事项。") is judged like near-good prose.
  if (e.han < SHORT_HAN && e.stops > 0) return 'near';
  if (e.han < SHORT_HAN || e.punct === 0) return 'short';
  return 'near';
}

export function dropDebris(paragraphs: string[]): string[] {
  const evidence = paragraphs.map(evidenceOf);
  const own = evidence.map(classify);
  const final = applyContext(own);
  const tail = tailMask(evidence, own);
  const kept = paragraphs.filter((_, i) => final[i] === 'good' && !tail[i]);
  if (kept.length > 0) return kept;
  // A sentence or two has no good neighbours to vouch for it, yet is a text, not debris:
  // the judge may thin a page but never empties one that holds Chinese sentences (punctuated,
  // or a line long enough to be one).
  return paragraphs.filter((_, i) => own[i] !== 'bad' && !tail[i] && (evidence[i].punct > 0 || evidence[i].han >= SENTENCE_HAN));
}

/**
 * jusText's context step: a near-good paragraph is kept unless both its nearest good-or-bad
 * neighbours are bad; a short one only when both are good. The page edges count as bad.
 */
function applyContext(own: Klass[]): Klass[] {
  const prev = nearestDecided(own, 1);
  const next = nearestDecided(own, -1);
  return own.map((k, i) => {
    if (k === 'good' || k === 'bad') return k;
    const before = prev[i];
    const after = next[i];
    if (k === 'near') return before === 'bad' && after === 'bad' ? 'bad' : 'good';
    return before === 'good' && after === 'good' ? 'good' : 'bad';
  });
}

/** For each i, the class of the nearest good/bad paragraph before it (dir 1) or after it (-1). */
function nearestDecided(own: Klass[], dir: 1 | -1): Klass[] {
  const out = new Array<Klass>(own.length);
  let last: Klass = 'bad';
  const n = own.length;
  for (let step = 0; step < n; step++) {
    const i = dir === 1 ? step : n - 1 - step;
    out[i] = last;
    if (own[i] === 'good' || own[i] === 'bad') last = own[i];
  }
  return out;
}

/**
 * Which paragraphs belong to a page's tail. The tail opens at an end marker (分享到,
 * 责任编辑, 相关新闻, 版权所有 …) once at least half of the page's prose lies behind it — a
 * share bar at the top ends nothing — and holds everything after it, comments included,
 * until a run of RESTART_RUN good paragraphs shows a new body (a file of several saved
 * articles one after another).
 */
function tailMask(evidence: Evidence[], own: Klass[]): boolean[] {
  const n = own.length;
  let total = 0;
  for (let i = 0; i < n; i++) if (own[i] === 'good') total += evidence[i].han;
  const run = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) run[i] = own[i] === 'good' ? run[i + 1] + 1 : 0;
  const tail = new Array<boolean>(n).fill(false);
  let seen = 0;
  let inTail = false;
  for (let i = 0; i < n; i++) {
    if (inTail && run[i] >= RESTART_RUN) inTail = false;
    if (!inTail && evidence[i].endMarker && seen > 0 && seen * 2 >= total) inTail = true;
    tail[i] = inTail;
    if (own[i] === 'good') seen += evidence[i].han;
  }
  return tail;
}
