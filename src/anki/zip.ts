import zlib from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

/**
 * A zip file written by fflate, its entries deflated by Node's native zlib:
 * about five times faster than fflate's JavaScript deflate on a 10 MB
 * collection. Anki reads stored (0) and deflate (8) entries only.
 */

/** fflate's documented extension point: the CRC and size come from the source bytes, we supply the deflated ones. */
class ZlibDeflateEntry extends ZipPassThrough {
  constructor(filename: string, mtime: Date) {
    super(filename);
    this.compression = 8;
    this.mtime = mtime;
  }

  protected override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, zlib.deflateRawSync(chunk, { level: 6 }), final);
  }
}

/** Zips the files (name → bytes) with every entry's time set to `mtime`. */
export function zipFiles(files: Record<string, Uint8Array>, mtime: Date): Uint8Array {
  const parts: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else parts.push(chunk);
  });
  for (const [name, bytes] of Object.entries(files)) {
    const entry = new ZlibDeflateEntry(name, mtime);
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(parts);
}
