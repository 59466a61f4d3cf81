import os from 'node:os';
import path from 'node:path';

/**
 * Where the collection lives: --home, else GUANHUA_HOME, else
 * $XDG_DATA_HOME/guanhua, else ~/.local/share/guanhua.
 */
export function resolveHome(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return path.resolve(flag);
  if (env.GUANHUA_HOME) return path.resolve(env.GUANHUA_HOME);
  if (env.XDG_DATA_HOME) return path.join(path.resolve(env.XDG_DATA_HOME), 'guanhua');
  return path.join(os.homedir(), '.local', 'share', 'guanhua');
}
