import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that readers see the old content or the whole new content,
 * never a part: write a temp file beside it, fsync, rename over.
 * On any error the temp file is removed and the target is untouched.
 * `keepIdentical`: a target that already holds exactly these bytes is left as it is, with its
 * modification time (a deck file's notes are dated by it in Anki).
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, opts: { keepIdentical?: boolean } = {}): void {
  if (opts.keepIdentical && holds(target, data)) return;
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', 0o644);
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

function holds(target: string, data: string | Uint8Array): boolean {
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const stat = fs.statSync(target);
    return stat.isFile() && stat.size === bytes.length && fs.readFileSync(target).equals(bytes);
  } catch {
    return false;
  }
}
