import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';

export async function runStats(..._args: [...unknown[], CommandContext]): Promise<void> {
  throw new GuanhuaError('stats is not built yet');
}
