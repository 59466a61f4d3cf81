import type { CommandContext } from '../context.js';
import { GuanhuaError } from '../errors.js';

export async function runExport(..._args: [...unknown[], CommandContext]): Promise<void> {
  throw new GuanhuaError('export is not built yet');
}
