import { createRequire } from 'node:module';
import { GuanhuaError } from '../errors.js';

/**
 * fsrs-rs (the FSRS optimizer) as a native module: @open-spaced-repetition/binding's platform
 * package, loaded directly. The umbrella package lists eleven platform packages as optional
 * dependencies, but the registry holds only the linux-x64-gnu build of 0.5.0, so a lock file
 * cannot name the others and `npm ci` refuses it; we depend on the platform build alone (the
 * same .node file the umbrella's loader would pick) and say so clearly elsewhere.
 *
 * The declarations below are the part of the binding's own index.d.ts (0.5.0) that we use.
 */
export interface FsrsReview {
  readonly rating: number;
  readonly deltaT: number;
}
export interface FsrsItem {
  readonly reviews: FsrsReview[];
}
export interface FsrsEvaluation {
  logLoss: number;
  rmseBins: number;
}
export interface FsrsBinding {
  FSRSBindingReview: new (rating: number, deltaT: number) => FsrsReview;
  FSRSBindingItem: new (reviews: FsrsReview[]) => FsrsItem;
  FSRSBinding: new (parameters?: number[]) => { evaluate(train: FsrsItem[]): FsrsEvaluation };
  computeParameters(
    train: FsrsItem[],
    options?: { enableShortTerm: boolean; numRelearningSteps?: number; timeout?: number },
  ): Promise<number[]>;
}

/** The platform package's name, as the binding's own loader derives it. */
export function platformPackage(platform: string = process.platform, arch: string = process.arch): string {
  const abi = platform === 'linux' ? '-gnu' : platform === 'win32' ? '-msvc' : '';
  return `@open-spaced-repetition/binding-${platform}-${arch}${abi}`;
}

export function loadFsrsBinding(): FsrsBinding {
  const name = platformPackage();
  try {
    return createRequire(import.meta.url)(name) as FsrsBinding;
  } catch {
    throw new GuanhuaError(
      `the FSRS optimizer is not installed for this platform (${name}); reviews go on with the current parameters`,
    );
  }
}
