import fs from 'node:fs';
import path from 'node:path';
import { GuanhuaError } from '../errors.js';
import { defaultConfig, mergeConfig } from '../srs/config.js';
import type { SrsConfig } from '../srs/types.js';

/** <home>/config.json: the learner's optional overrides of the scheduler settings. */
export function configPath(home: string): string {
  return path.join(home, 'config.json');
}

export function loadConfig(home: string): SrsConfig {
  const file = configPath(home);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw new GuanhuaError(`cannot read ${file}: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new GuanhuaError(`${file} is not valid JSON; fix it or delete it to use the defaults`);
  }
  return mergeConfig(defaultConfig(), raw, file);
}
