import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';

export async function runAdd(..._args: [...unknown[], CommandContext]): Promise<void> {
  throw new GuanhuaError('add is not built yet');
}
