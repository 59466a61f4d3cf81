import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';

export async function runReview(..._args: [...unknown[], CommandContext]): Promise<void> {
  throw new GuanhuaError('review is not built yet');
}
