import iconv from 'iconv-lite';
import { GuanhuaError } from '../errors.js';

/**
 * Bytes in, clean text out: the encoding is detected, never asked for.
 * Order of evidence: a byte-order mark; strict UTF-8; GB18030 (a superset of GBK and
 * GB2312); UTF-8 with a few broken bytes. The result never holds U+FFFD, a BOM, CR or
 * C0 control characters other than tab and newline, and is NFC.
 */

/** Magic numbers of files people rename to .txt by mistake: [kind, bytes]. */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['an image (PNG)', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['an image (JPEG)', [0xff, 0xd8, 0xff]],
  ['an image (GIF)', [0x47, 0x49, 0x46, 0x38]],
  ['an image (BMP)', [0x42, 0x4d]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a zip archive (or .docx/.xlsx/.epub)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['an executable (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['an old Word document (.doc)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/** Share of broken sequences (per non-ASCII character) still decoded as damaged UTF-8. */
const UTF8_DAMAGE_LIMIT = 0.02;
/** Beyond UTF8_DAMAGE_LIMIT but below this, the file is UTF-8 that got damaged. */
const UTF8_BADLY_DAMAGED = 0.3;
/** Share of plausible code units (text, not noise) a BOM-less UTF-16 reading needs. */
const UTF16_PLAUSIBLE = 0.95;
/** Share of undecodable characters GB18030 may leave before the file is refused. */
const GB_DAMAGE_LIMIT = 0.01;
/** Share of C0 control characters above which decoded text is taken for binary. */
const CONTROL_LIMIT = 0.01;

export function decodeBytes(buf: Buffer, where: string, declaredCharset?: string): string {
  if (buf.length === 0) throw new GuanhuaError(`${where} is empty: give a file that holds the article's text`);
  refuseKnownBinary(buf, where);
  const raw = decodeRaw(buf, where, declaredCharset);
  return cleanDecoded(raw, where);
}

function refuseKnownBinary(buf: Buffer, where: string): void {
  for (const [kind, magic] of MAGIC) {
    // BMP's "BM" is too weak alone: require the rest of a BMP header to be plausible.
    if (kind.includes('BMP') && (buf.length < 26 || buf.readUInt32LE(2) !== buf.length)) continue;
    if (magic.every((b, i) => buf[i] === b)) {
      throw new GuanhuaError(`${where} looks like ${kind}, not text: give the article as a .txt, .md or .html file`);
    }
  }
  const webp = buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP';
  if (webp) throw new GuanhuaError(`${where} looks like an image (WebP), not text: give the article as a .txt, .md or .html file`);
}

function decodeRaw(buf: Buffer, where: string, declaredCharset?: string): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return lenientUtf8(buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16be');
  if (buf.includes(0)) {
    // ASCII in UTF-16 carries NUL bytes: the one legitimate reason for them in text.
    const utf16 = bomlessUtf16(buf);
    if (utf16 !== undefined) return utf16;
    throw new GuanhuaError(
      `${where} holds NUL bytes: it is binary, or UTF-16 without a byte-order mark; save it as UTF-8 text`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // Not clean UTF-8: GB18030 or damaged UTF-8, decided below.
  }
  const declared = declaredCharset?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    const text = iconv.decode(buf, declared);
    if (damage(text) <= GB_DAMAGE_LIMIT) return text;
  }
  // A sample tells GBK (nearly all broken as UTF-8) from damaged UTF-8 without decoding it all.
  const sampleDamage = damage(lenientUtf8(buf.subarray(0, 65536)));
  const asUtf8 = sampleDamage <= UTF8_BADLY_DAMAGED ? lenientUtf8(buf) : '';
  const utf8Damage = asUtf8 === '' ? sampleDamage : damage(asUtf8);
  if (utf8Damage <= UTF8_DAMAGE_LIMIT) return asUtf8;
  const asGb = iconv.decode(buf, 'gb18030');
  const gbOk = damage(asGb) <= GB_DAMAGE_LIMIT && /\p{Script=Han}/u.test(asGb);
  // Pure-Han UTF-16 without a BOM has no NUL bytes and reads as GB18030 too (as nonsense):
  // real Chinese is the reading dense in ，。、.
  const asUtf16 = bomlessUtf16(buf);
  if (gbOk && asUtf16 !== undefined) return zhPunctRate(asUtf16) > zhPunctRate(asGb) ? asUtf16 : asGb;
  if (gbOk) return asGb;
  if (asUtf16 !== undefined) return asUtf16;
  if (utf8Damage <= UTF8_BADLY_DAMAGED) {
    throw new GuanhuaError(`${where} is UTF-8 with too many broken bytes to trust: re-save or re-download it`);
  }
  throw new GuanhuaError(
    `${where} is not in an encoding guanhua can read (UTF-8, UTF-16 with BOM, GB18030/GBK): convert it to UTF-8`,
  );
}

/**
 * UTF-16 saved without a byte-order mark (some Windows tools): accepted only when nearly
 * every code unit is ordinary text — ASCII, CJK, CJK or full-width punctuation. GBK or
 * UTF-8 bytes read as UTF-16 give random code units and fall far short.
 */
function bomlessUtf16(buf: Buffer): string | undefined {
  if (buf.length < 4 || buf.length % 2 !== 0) return undefined;
  for (const encoding of ['utf16le', 'utf16be'] as const) {
    // The first 8 KB rule most files out before the whole is scanned.
    if (plausibleShare(buf.subarray(0, 8192), encoding) < UTF16_PLAUSIBLE) continue;
    if (plausibleShare(buf, encoding) >= UTF16_PLAUSIBLE) return iconv.decode(buf, encoding);
  }
  return undefined;
}

function plausibleShare(buf: Buffer, encoding: 'utf16le' | 'utf16be'): number {
  let plausible = 0;
  for (let i = 0; i + 1 < buf.length; i += 2) {
    const u = encoding === 'utf16le' ? buf[i] | (buf[i + 1] << 8) : (buf[i] << 8) | buf[i + 1];
    if (isPlausibleUnit(u)) plausible++;
  }
  return plausible / Math.max(1, Math.floor(buf.length / 2));
}

function isPlausibleUnit(u: number): boolean {
  return (
    (u >= 0x20 && u < 0x7f) ||
    u === 0x0a ||
    u === 0x0d ||
    u === 0x09 ||
    (u >= 0x4e00 && u <= 0x9fff) ||
    (u >= 0x3000 && u <= 0x303f) ||
    (u >= 0xff00 && u <= 0xffef) ||
    (u >= 0x2010 && u <= 0x206f)
  );
}

function zhPunctRate(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 0x3002 || c === 0x3001) n++;
  }
  return n / Math.max(1, text.length);
}

function lenientUtf8(buf: Buffer): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(buf);
}

/** U+FFFD per non-ASCII character: 0 for clean text, near 1 for the wrong encoding. */
function damage(text: string): number {
  let bad = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    if (c > 0x7f) nonAscii++;
  }
  return nonAscii === 0 ? 0 : bad / nonAscii;
}

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

function cleanDecoded(raw: string, where: string): string {
  const controls = raw.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, raw.length * CONTROL_LIMIT)) {
    throw new GuanhuaError(`${where} looks like a binary file, not text: give the article as a .txt, .md or .html file`);
  }
  const text = raw
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\ufffd\ufeff]/g, '')
    .replace(CONTROL, '')
    .replace(/\f/g, '\n')
    .normalize('NFC');
  if (text.trim() === '') {
    throw new GuanhuaError(`${where} holds only whitespace: give a file that holds the article's text`);
  }
  return text;
}

/**
 * HTML bytes: a charset declared in `<meta charset>` or `http-equiv` is honoured when the
 * bytes are not clean UTF-8 (browsers often save GBK pages byte for byte).
 */
export function decodeHtmlBytes(buf: Buffer, where: string): string {
  return decodeBytes(buf, where, sniffHtmlCharset(buf));
}

export function sniffHtmlCharset(buf: Buffer): string | undefined {
  // The declaration must sit in the first 1024 bytes (HTML spec); allow some slack.
  const head = buf.toString('latin1', 0, Math.min(buf.length, 4096));
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!m) return undefined;
  const name = m[1].toLowerCase();
  // GB2312 and GBK pages routinely hold characters outside their tables: use the superset.
  if (name === 'gb2312' || name === 'gbk' || name === 'x-gbk' || name === 'gb_2312-80') return 'gb18030';
  return name;
}
