import type { CardState } from './types.js';

/** CardState names in ts-fsrs State order (New 0, Learning 1, Review 2, Relearning 3), as stored. */
const STATES: CardState[] = ['new', 'learning', 'review', 'relearning'];

export const stateNumber = (s: CardState): number => STATES.indexOf(s);
export const stateName = (n: number): CardState => STATES[n] ?? 'new';
