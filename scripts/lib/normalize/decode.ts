/**
 * Step 1: bytes → text. Government sites publish UTF-8 (with or without BOM)
 * and GB18030/GBK; anything else is refused with the offset and line of the
 * first byte that cannot be read, so nobody archives mojibake.
 */
import type { Provenance } from '../../../src/schemas/report.ts';
import { NormalizeError } from './problems.ts';

export interface DecodedSource {
  text: string;
  encoding: Provenance['encoding'];
  lineEndings: Provenance['lineEndings'];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  if (bytes.length === 0) {
    throw new NormalizeError({
      file,
      message: 'the file is empty',
      hint: 'delete it, or replace it with the report text as published',
    });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new NormalizeError({ file, line: 1, message: 'the file is UTF-16 encoded', hint: 're-save it as UTF-8' });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new NormalizeError({
      file,
      line: lineAt(bytes, nul),
      message: `the file is binary or corrupt: NUL byte at offset ${nul}`,
      hint: 'replace it with the plain-text report (UTF-8 or GB18030)',
    });
  }

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: DecodedSource['encoding'];
  const badUtf8 = firstInvalidUtf8(body);
  if (badUtf8 === -1) {
    text = utf8.decode(body);
    encoding = hasBom ? 'utf-8-bom' : 'utf-8';
  } else {
    const offset = badUtf8 + (hasBom ? 3 : 0);
    if (isCutOff(body, badUtf8)) {
      throw new NormalizeError({
        file,
        line: lineAt(bytes, offset),
        message: 'the file ends in the middle of a character: it was cut off',
        hint: 'download the report again; the end of its text is missing',
      });
    }
    // Text that was UTF-8 up to a bad byte is damaged UTF-8, not GB18030:
    // decoding it as GB18030 would turn the good part into mojibake.
    const fallback = hasBom || multiByteSequences(body, badUtf8) >= 8 ? undefined : tryGb18030(body);
    if (fallback === undefined) {
      throw new NormalizeError({
        file,
        line: lineAt(bytes, offset),
        message: `the bytes are neither UTF-8 nor GB18030 text (byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} at offset ${offset} is not valid UTF-8)`,
        hint: 'find the original page and save its text as UTF-8; do not repair single bytes by hand',
      });
    }
    text = fallback;
    encoding = 'gb18030';
  }

  // C0 control characters and DEL, except NUL and the line and page controls (tab, LF, FF, CR).
  const control = text.search(/[\p{Cc}--[\0\t\n\f\r\u0080-\u009f]]/v);
  if (control !== -1) {
    throw new NormalizeError({
      file,
      line: text.slice(0, control).split('\n').length,
      message: `the file holds control characters (U+${text.codePointAt(control)!.toString(16).toUpperCase().padStart(4, '0')}), it looks binary`,
      hint: 'replace it with the plain-text report',
    });
  }
  if (text.trim().length === 0) {
    throw new NormalizeError({
      file,
      message: 'the file holds only white space',
      hint: 'delete it, or replace it with the report text as published',
    });
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding, lineEndings: lineEndingsOf(text) };
}

/** Decodes as GB18030 only when the result reads like Chinese text, not like noise. */
function tryGb18030(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = gb18030.decode(bytes);
  } catch {
    return undefined;
  }
  // GB18030 maps almost any byte pair to some character, so a binary file
  // "decodes" too. Real Chinese text is nearly all common ideographs and
  // CJK punctuation; noise lands in rare blocks and the private use area.
  let wide = 0;
  let common = 0;
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    if (cp < 0x80) continue;
    wide += 1;
    if (
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0x3000 && cp <= 0x303f) ||
      (cp >= 0xff00 && cp <= 0xffef) ||
      (cp >= 0x2010 && cp <= 0x2027)
    )
      common += 1;
  }
  return wide > 0 && common / wide >= 0.95 ? text : undefined;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let extra: number;
    if (b < 0x80) extra = 0;
    else if (b >= 0xc2 && b <= 0xdf) extra = 1;
    else if (b >= 0xe0 && b <= 0xef) extra = 2;
    else if (b >= 0xf0 && b <= 0xf4) extra = 3;
    else return i;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong and surrogate forms the decoder would reject.
    if (b === 0xe0 && bytes[i + 1]! < 0xa0) return i;
    if (b === 0xed && bytes[i + 1]! > 0x9f) return i;
    if (b === 0xf0 && bytes[i + 1]! < 0x90) return i;
    if (b === 0xf4 && bytes[i + 1]! > 0x8f) return i;
    i += extra + 1;
  }
  return -1;
}

/** True when the only bad bytes are an unfinished multi-byte character at the very end. */
function isCutOff(bytes: Uint8Array, badOffset: number): boolean {
  const rest = bytes.length - badOffset;
  const lead = bytes[badOffset]!;
  const needed =
    lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0;
  if (needed === 0 || rest >= needed) return false;
  for (let k = 1; k < rest; k++) if ((bytes[badOffset + k]! & 0xc0) !== 0x80) return false;
  return multiByteSequences(bytes, badOffset) > 0;
}

/** How many multi-byte UTF-8 characters stand before `end`. */
function multiByteSequences(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (bytes[i]! >= 0xc2 && bytes[i]! <= 0xf4) count += 1;
  return count;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}

function lineEndingsOf(text: string): DecodedSource['lineEndings'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
}
