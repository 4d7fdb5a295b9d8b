// Bytes to text. Chinese government files are often GB18030/GBK (mainland) or Big5 (Hong Kong,
// Macao, Taiwan), not UTF-8: detect the encoding from the bytes (BOMs, strict UTF-8 validation,
// GB18030 and Big5 byte structure) rather than guess, and refuse binary or undecodable input with
// a clear reason.
import * as iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export class DecodeError extends Error {
  constructor(
    message: string,
    readonly code: 'binary' | 'undecodable' | 'too-large',
  ) {
    super(message);
    this.name = 'DecodeError';
  }
}

const DEFAULT_MAX = 50 * 1024 * 1024;

/** Share of bytes that are control characters other than tab, CR, LF, FF, ESC. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  if (n === 0) return 0;
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) ctl++;
  }
  return ctl / n;
}

/** Checks the GB18030 byte structure: single bytes, 2-byte and 4-byte sequences. */
export function looksLikeGb18030(bytes: Uint8Array): boolean {
  let i = 0;
  let multi = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b === 0x80 || b === 0xff) return false;
    const b2 = bytes[i + 1];
    if (b2 === undefined) return false;
    if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) {
      multi++;
      i += 2;
      continue;
    }
    if (b2 >= 0x30 && b2 <= 0x39) {
      const b3 = bytes[i + 2];
      const b4 = bytes[i + 3];
      if (b3 === undefined || b4 === undefined || b3 < 0x81 || b3 > 0xfe || b4 < 0x30 || b4 > 0x39) return false;
      multi++;
      i += 4;
      continue;
    }
    return false;
  }
  return multi > 0;
}

export function decodeReport(bytes: Uint8Array, opts: { maxBytes?: number } = {}): DecodedText {
  const max = opts.maxBytes ?? DEFAULT_MAX;
  if (bytes.length > max)
    throw new DecodeError(`file is ${bytes.length} bytes, over the ${max}-byte limit`, 'too-large');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: strictUtf8(buf.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return { text: utf16(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return { text: utf16(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (buf.includes(0) || controlShare(buf) > 0.1) {
    throw new DecodeError('binary file (NUL or control bytes): not a text report', 'binary');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try GB18030 below
  }
  if (looksLikeShiftJis(buf)) {
    throw new DecodeError(
      'looks like Shift-JIS (Japanese), not GB18030/GBK: not decoded (it would come out as the wrong characters); convert it to UTF-8',
      'undecodable',
    );
  }
  const gb = looksLikeGb18030(buf) ? iconv.decode(buf, 'gb18030') : null;
  const gbClean = gb !== null && !gb.includes('\ufffd') && mostlyText(gb);
  const big5 = looksLikeBig5(buf) ? iconv.decode(buf, 'big5hkscs') : null;
  const big5Clean = big5 !== null && !big5.includes('\ufffd') && mostlyText(big5);
  if (gbClean && (!big5Clean || readsAsGb(buf, gb, big5))) return { text: gb, encoding: 'gb18030' };
  if (big5Clean) return { text: big5, encoding: 'big5' };
  throw new DecodeError(
    'undecodable bytes: neither UTF-8, UTF-16 (with BOM), GB18030/GBK nor Big5; convert the file to UTF-8',
    'undecodable',
  );
}

/**
 * Both readings decode: GB18030 stays the first unless the bytes look like Big5. Big5's punctuation
 * (，。、「」 at 0xA1xx) falls in GBK's user-defined area, so Big5 read as GB18030 leaves private-use
 * characters; without punctuation, the common characters decide: GB2312's level 1 (leads
 * 0xB0–0xD7, trails 0xA1–0xFE) for GB, Big5's frequently used block (leads 0xA4–0xC6) for Big5.
 */
function readsAsGb(bytes: Uint8Array, gb: string, big5: string): boolean {
  const gbPrivate = privateUseCount(gb);
  const big5Private = privateUseCount(big5);
  if (gbPrivate !== big5Private) return gbPrivate < big5Private;
  return commonShare(bytes, 0xb0, 0xd7, 0xa1) >= commonShare(bytes, 0xa4, 0xc6, 0x40);
}

/** Share of the double-byte characters whose lead byte is in [lo, hi] and trail byte at least minTrail. */
function commonShare(bytes: Uint8Array, lo: number, hi: number, minTrail: number): number {
  let multi = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    multi++;
    if (b >= lo && b <= hi && bytes[i + 1] >= minTrail) common++;
    i++;
  }
  return multi === 0 ? 0 : common / multi;
}

/** Checks the Big5 (with HKSCS) byte structure: single bytes and 2-byte sequences, leads 0x81–0xFE. */
export function looksLikeBig5(bytes: Uint8Array): boolean {
  let multi = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff) return false;
    const b2 = bytes[i + 1];
    if (b2 === undefined || !((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0xa1 && b2 <= 0xfe))) return false;
    multi++;
    i++;
  }
  return multi > 0;
}

/** Characters in the Basic Multilingual Plane's private-use area: what a wrong Chinese decoding leaves. */
function privateUseCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xe000 && c <= 0xf8ff) n++;
  }
  return n;
}

/**
 * Shift-JIS text is often valid GB18030 too, and decodes to rare Chinese characters. Japanese
 * double-byte text mostly leads with 0x81-0x9F (kana at 0x82/0x83, kanji), where GB2312 text
 * (common Chinese) leads with 0xB0-0xF7. Shift-JIS when most leads are in the Japanese range,
 * kana leads are present, and the bytes decode as Shift-JIS cleanly.
 */
export function looksLikeShiftJis(bytes: Uint8Array): boolean {
  let japanese = 0;
  let kana = 0;
  let chinese = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b >= 0x81 && b <= 0x9f) japanese++;
    if (b === 0x82 || b === 0x83) kana++;
    if (b >= 0xb0 && b <= 0xf7) chinese++;
    i++; // skip the trail byte
  }
  if (japanese === 0 || kana === 0 || japanese < 2 * chinese) return false;
  return !iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, n), 'shift_jis').includes('\ufffd');
}

function strictUtf8(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new DecodeError('invalid UTF-8 after a UTF-8 byte-order mark', 'undecodable');
  }
}

function utf16(buf: Buffer, enc: 'utf-16le' | 'utf-16be'): string {
  if (buf.length % 2 !== 0) throw new DecodeError(`odd byte count for ${enc.toUpperCase()}`, 'undecodable');
  return new TextDecoder(enc).decode(buf);
}

/** Decoded GB18030 should be mostly CJK, ASCII and common punctuation, not rare symbols. */
function mostlyText(text: string): boolean {
  let good = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const cp = ch.codePointAt(0)!;
    if (
      cp < 0x80 ||
      (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
      (cp >= 0x3400 && cp <= 0x4dbf) || // extension A
      (cp >= 0x20000 && cp <= 0x3134f) || // extensions B–G (GB18030 four-byte)
      (cp >= 0x3000 && cp <= 0x303f) || // CJK punctuation
      (cp >= 0xff00 && cp <= 0xffef) || // full-width forms
      (cp >= 0x2010 && cp <= 0x20cf) || // general punctuation, currency signs
      (cp >= 0x2100 && cp <= 0x27bf) || // letterlike, numbers, arrows, math, box drawing, shapes
      (cp >= 0xa0 && cp <= 0x24f) // Latin-1 and Latin Extended (names, °, ×)
    )
      good++;
  }
  return total === 0 || good / total > 0.8;
}
