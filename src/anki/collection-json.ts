import { LEARN_STEPS, MAX_ANSWER_MS, RELEARN_STEPS, INITIAL_EASE } from './progress.js';

/**
 * The JSON columns of the schema-11 `col` row: conf, decks, dconf, tags
 * (rslib/src/decks/schema11.rs, deckconfig/schema11.rs, config).
 */

export const DEFAULT_DECK_ID = 1;
export const DEFAULT_CONF_ID = 1;

export function colConf(deckId: number, noteTypeId: number, nextPos: number): Record<string, unknown> {
  return {
    nextPos,
    estTimes: true,
    activeDecks: [deckId],
    sortType: 'noteFld',
    timeLim: 0,
    sortBackwards: false,
    addToCur: true,
    curDeck: deckId,
    newSpread: 0,
    dueCounts: true,
    curModel: String(noteTypeId),
    collapseTime: 1200,
    // The v2 scheduler's meaning of queue/type/due: without it the importer runs the v1→v2 upgrade.
    schedVer: 2,
    rollover: 4,
  };
}

function deckJson(id: number, name: string, desc: string, modSecs: number): Record<string, unknown> {
  return {
    id,
    name,
    desc,
    mod: modSecs,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
    dyn: 0,
    conf: DEFAULT_CONF_ID,
    extendNew: 0,
    extendRev: 0,
  };
}

/** The package's decks: Anki's "Default" (every collection has it) and the exported deck. */
export function decksJson(deckId: number, name: string, desc: string, modSecs: number): Record<string, unknown> {
  return {
    [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, 'Default', '', 0),
    [deckId]: deckJson(deckId, name, desc, modSecs),
  };
}

/**
 * Deck options "Default" (id 1). Anki adds a preset only if its id is unknown, so
 * a learner's own Default options are never overwritten.
 */
export function dconfJson(desiredRetention: number): Record<string, unknown> {
  return {
    [DEFAULT_CONF_ID]: {
      id: DEFAULT_CONF_ID,
      mod: 0,
      name: 'Default',
      usn: 0,
      maxTaken: MAX_ANSWER_MS / 1000,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { bury: false, delays: LEARN_STEPS, initialFactor: INITIAL_EASE, ints: [1, 4, 0], order: 1, perDay: 20 },
      rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
      lapse: { delays: RELEARN_STEPS, leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
      fsrsWeights: [],
      desiredRetention,
    },
  };
}

export function tagsJson(tags: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tags) out[t] = -1;
  return out;
}
