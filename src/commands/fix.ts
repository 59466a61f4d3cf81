import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import { checkWord, describeCorrection, isEmpty, parseReading, parseSplit } from '../learn/corrections.js';
import type { Correction } from '../model/corrections.js';
import { toneMarks } from '../lexicon/tone-marks.js';
import { openLearningReader, openLearningStore } from '../store/learning-store.js';
import { removeCorrection, saveCorrection } from '../store/learning.js';

export interface FixOptions {
  reading?: string;
  meaning?: string[];
  split?: string;
  merge?: boolean;
  list?: boolean;
  remove?: string;
  json?: boolean;
}

/**
 * `guanhua fix`: the learner's corrections, kept in the collection. A reading or meaning fix is
 * also laid over the cards of the word already in the collection (same card id: progress kept);
 * generate applies every fix from then on, and adding any deck re-applies them.
 */
export async function runFix(word: string | undefined, opts: FixOptions, ctx: CommandContext): Promise<void> {
  if (opts.list) return listFixes(opts, ctx);
  if (opts.remove !== undefined) return removeFix(checkWord(opts.remove), opts, ctx);
  if (word === undefined) throw new GuanhuaError("name the word to fix, e.g. guanhua fix 执法 --reading \"zhi2 fa3\"; 'guanhua fix --list' shows the fixes");
  const w = checkWord(word);
  const given = [opts.reading !== undefined, (opts.meaning?.length ?? 0) > 0, opts.split !== undefined, Boolean(opts.merge)];
  if (!given.some(Boolean)) throw new GuanhuaError(`say what to fix in ${w}: --reading, --meaning, --split or --merge`);
  if (opts.split !== undefined && given.filter(Boolean).length > 1) {
    throw new GuanhuaError('--split cannot go with --reading, --meaning or --merge: a split word is no longer one word');
  }
  if (opts.merge && [...w].length < 2) throw new GuanhuaError(`--merge needs two or more characters; ${w} is one`);
  const fresh: Correction = { word: w };
  if (opts.reading !== undefined) fresh.reading = parseReading(w, opts.reading, toneMarks);
  if (opts.meaning?.length) fresh.meanings = opts.meaning.map((m) => m.trim()).filter(Boolean);
  if (opts.split !== undefined) fresh.split = parseSplit(w, opts.split);
  if (opts.merge) fresh.merge = true;

  const store = openLearningStore(ctx.home);
  let saved: Correction;
  let cards: number;
  try {
    ({ saved, cards } = store.write((db) => saveCorrection(db, fresh, ctx.now)));
  } finally {
    store.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ correction: saved, cardsUpdated: cards })}\n`);
    return;
  }
  const inCollection = cards > 0 ? ` ${cards} card${cards === 1 ? '' : 's'} in the collection updated (progress kept).` : '';
  ctx.stdout.write(`Saved: ${describeCorrection(saved)}.${inCollection} generate applies it from now on.\n`);
}

function listFixes(opts: FixOptions, ctx: CommandContext): void {
  const reader = openLearningReader(ctx.home);
  let list: Correction[];
  try {
    list = reader ? [...reader.corrections().values()].filter((c) => !isEmpty(c)) : [];
  } finally {
    reader?.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ corrections: list })}\n`);
    return;
  }
  if (list.length === 0) {
    ctx.stdout.write('No corrections yet. Make one with guanhua fix <word> --reading/--meaning/--split/--merge.\n');
    return;
  }
  for (const c of list) ctx.stdout.write(`${describeCorrection(c)}\n`);
}

function removeFix(word: string, opts: FixOptions, ctx: CommandContext): void {
  const reader = openLearningReader(ctx.home);
  const exists = reader ? reader.corrections().has(word) : false;
  reader?.close();
  if (!exists) throw new GuanhuaError(`there is no correction for ${word}; 'guanhua fix --list' shows them`);
  const store = openLearningStore(ctx.home);
  try {
    store.write((db) => removeCorrection(db, word));
  } finally {
    store.close();
  }
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ removed: word })}\n`);
    return;
  }
  ctx.stdout.write(`Removed the correction of ${word}. Cards already in the collection keep it until their deck is regenerated and added again.\n`);
}
