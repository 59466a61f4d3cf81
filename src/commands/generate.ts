import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';

export async function runGenerate(..._args: [...unknown[], CommandContext]): Promise<void> {
  throw new GuanhuaError('generate is not built yet');
}
