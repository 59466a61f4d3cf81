import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';
import { MIN_TRAINING_ITEMS, trainingItems, type TrainingItem } from '../srs/optimizer-items.js';
import { openCollection } from '../store/collection.js';
import { backupBefore } from '../store/backups.js';
import { loadFsrsBinding, type FsrsBinding } from '../srs/fsrs-binding.js';

export interface OptimizeOptions {
  json?: boolean;
}


/**
 * `guanhua optimize`: fits FSRS-6 parameters to the learner's review log with
 * fsrs-rs (@open-spaced-repetition/binding, see srs/fsrs-binding.ts), stores them in the collection (used by
 * every later answer unless config.json names its own weights), and prints the fit
 * (log loss and RMSE over bins, lower is better) before and after.
 */
export async function runOptimize(opts: OptimizeOptions, ctx: CommandContext): Promise<void> {
  const collection = openCollection(ctx.home, { create: false });
  try {
    if (collection.file === null) throw new GuanhuaError("there is no collection yet; add a deck with 'guanhua add' and review first");
    // Minutes of fitting must not end on a file that cannot take the result: the file is checked first.
    collection.verify();
    const items = trainingItems(collection.optimizerInput(), collection.config);
    if (items.length < MIN_TRAINING_ITEMS) {
      const more = MIN_TRAINING_ITEMS - items.length;
      const msg = `${items.length} review${items.length === 1 ? '' : 's'} on a later day than the card's previous one so far; FSRS needs ${MIN_TRAINING_ITEMS}: about ${more} more, then run 'guanhua optimize' again`;
      if (opts.json) ctx.stdout.write(`${JSON.stringify({ optimized: false, items: items.length, needed: more })}\n`);
      else ctx.stdout.write(`Not enough reviews yet: ${msg}.\n`);
      return;
    }
    const binding = loadFsrsBinding();
    const train = items.map(toBinding(binding));
    const current = collection.config.weights ?? undefined;
    const before = new binding.FSRSBinding(current).evaluate(train);
    await backupBefore(ctx.home, 'optimize', ctx.now);
    const weights = await binding.computeParameters(train, { enableShortTerm: true, numRelearningSteps: collection.config.relearningSteps.length });
    const after = new binding.FSRSBinding(weights).evaluate(train);
    collection.saveWeights(weights, ctx.now, items.length);
    if (opts.json) {
      ctx.stdout.write(`${JSON.stringify({ optimized: true, items: items.length, before, after, weights })}\n`);
      return;
    }
    const fmt = (e: { logLoss: number; rmseBins: number }) => `log loss ${e.logLoss.toFixed(4)}, RMSE ${(e.rmseBins * 100).toFixed(2)}%`;
    ctx.stdout.write(
      `Fitted FSRS to ${items.length} reviews.\n` +
        `  before: ${fmt(before)}${current ? ' (your previous parameters)' : ' (FSRS-6 defaults)'}\n` +
        `  after:  ${fmt(after)}\n` +
        `Parameters stored in the collection; later answers use them.\n`,
    );
  } finally {
    collection.close();
  }
}

const toBinding = (b: FsrsBinding) => (item: TrainingItem) =>
  new b.FSRSBindingItem(item.reviews.map((r) => new b.FSRSBindingReview(r.rating, r.deltaT)));
