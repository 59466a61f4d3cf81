import fs from 'node:fs';
import { parseKnownWords } from '../deck/known-words.js';
import { GuanhuaError } from '../errors.js';

/** A --known FILE (one word a line, or a deck file), read for generate and read. */
export function readKnownFile(file: string): Set<string> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GuanhuaError(`cannot read the known-words file ${file}${code === 'ENOENT' ? ': no such file' : ` (${code})`}`);
  }
  return parseKnownWords(text, file);
}
