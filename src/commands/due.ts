import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';

export async function runDue(..._args: [...unknown[], CommandContext]): Promise<void> {
  throw new GuanhuaError('due is not built yet');
}
