import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';

export async function runOptimize(..._args: [...unknown[], CommandContext]): Promise<void> {
  throw new GuanhuaError('optimize is not built yet');
}
