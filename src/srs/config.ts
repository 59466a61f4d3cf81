import { GuanhuaError } from '../errors.js';
import type { SrsConfig } from './types.js';

/*
 * Scheduler settings. Every key is optional in <home>/config.json; unknown keys are refused.
 *
 *   desiredRetention   0.90        FSRS desired retention (0.7..0.99)
 *   enableFuzz         true        spread intervals a little
 *   learningSteps      ["1m","10m"] new-card steps (units m, h, d)
 *   relearningSteps    ["10m"]     after a lapse
 *   maximumInterval    36500       days
 *   weights            null        21 FSRS-6 parameters; null: those stored by `guanhua optimize`, else ts-fsrs defaults
 *   dayStartsAt        4           local hour at which the learner's day begins
 *   timeZone           "local"     the system's zone (TZ), or an IANA zone such as "Asia/Shanghai"
 *   newPerDay          20          new cards a day (review --new N for one session)
 *   reviewsPerDay      200         reviews a day (review --reviews N for one session)
 *   learnAheadMinutes  20          learning cards due this soon count as due when nothing else is left
 */

/** FSRS-6 defaults as the issue asks: retention 0.90, fuzz, 1m 10m / 10m, 100 years. */
export function defaultConfig(timeZone = 'local'): SrsConfig {
  return {
    desiredRetention: 0.9,
    enableFuzz: true,
    learningSteps: ['1m', '10m'],
    relearningSteps: ['10m'],
    maximumInterval: 36500,
    weights: null,
    dayStartsAt: 4,
    timeZone,
    newPerDay: 20,
    reviewsPerDay: 200,
    learnAheadMinutes: 20,
  };
}

const STEP = /^\d+(\.\d+)?[mhd]$/;

/**
 * Validates the learner's overrides (config.json) once, at the edge, and merges
 * them over `base`. Unknown keys are refused so a typo does not pass silently.
 */
export function mergeConfig(base: SrsConfig, raw: unknown, where: string): SrsConfig {
  const bad = (what: string): never => {
    throw new GuanhuaError(`${where}: ${what}; fix or delete that setting`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('not a JSON object');
  const out: SrsConfig = { ...base };
  const num = (k: string, v: unknown, lo: number, hi: number, integer = false): number => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi || (integer && !Number.isInteger(v))) {
      return bad(`"${k}" must be ${integer ? 'a whole number' : 'a number'} from ${lo} to ${hi}`);
    }
    return v;
  };
  const steps = (k: string, v: unknown): string[] => {
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && STEP.test(s))) {
      return bad(`"${k}" must be a list like ["1m", "10m"] (units m, h, d)`);
    }
    return v as string[];
  };
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    switch (k) {
      case 'desiredRetention': out.desiredRetention = num(k, v, 0.7, 0.99); break;
      case 'enableFuzz': out.enableFuzz = typeof v === 'boolean' ? v : bad('"enableFuzz" must be true or false'); break;
      case 'learningSteps': out.learningSteps = steps(k, v); break;
      case 'relearningSteps': out.relearningSteps = steps(k, v); break;
      case 'maximumInterval': out.maximumInterval = num(k, v, 1, 36500, true); break;
      case 'weights':
        if (v === null) out.weights = null;
        else if (Array.isArray(v) && (v.length === 19 || v.length === 21) && v.every((x) => typeof x === 'number' && Number.isFinite(x))) out.weights = v as number[];
        else bad('"weights" must be null or a list of 21 FSRS-6 parameters');
        break;
      case 'dayStartsAt': out.dayStartsAt = num(k, v, 0, 23, true); break;
      case 'timeZone':
        if (typeof v !== 'string' || !validTimeZone(v)) bad(`"timeZone" must be "local" or an IANA zone such as "Asia/Shanghai"`);
        out.timeZone = v as string;
        break;
      case 'newPerDay': out.newPerDay = num(k, v, 0, 9999, true); break;
      case 'reviewsPerDay': out.reviewsPerDay = num(k, v, 0, 99999, true); break;
      case 'learnAheadMinutes': out.learnAheadMinutes = num(k, v, 0, 1440); break;
      default: bad(`unknown setting "${k}"`);
    }
  }
  return out;
}

export function validTimeZone(zone: string): boolean {
  if (zone === 'local') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
