/**
 * Bytes to a string the way Go turns them into runes (utf8.DecodeRune): every byte that does
 * not start a valid, shortest-form UTF-8 sequence of a scalar value becomes one U+FFFD.
 *
 * This is how encoding/json coerces invalid UTF-8 inside JSON strings, and how a Go string
 * holding such bytes reads as runes (regexp matching, JSON encoding). The WHATWG decoder
 * (TextDecoder, Buffer#toString) replaces a truncated sequence with a single U+FFFD instead,
 * so `"\xE2\x82A"` would read as one U+FFFD there and as two in Go.
 */
import { Buffer, isAscii, isUtf8 } from 'node:buffer';

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodeUtf8Go(bytes: Uint8Array): string {
  // ASCII (most bodies) reads the same as latin1, which is a plain copy: 3 to 4 times faster
  // than decoding UTF-8 for a 4 MiB body.
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (isUtf8(bytes)) return decoder.decode(bytes);
  let out = '';
  let start = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const size = validSequenceLength(bytes, i);
    if (size > 0) {
      i += size;
      continue;
    }
    out += decoder.decode(bytes.subarray(start, i)) + '\ufffd';
    i++;
    start = i;
  }
  return out + decoder.decode(bytes.subarray(start, n));
}

/** Length of the valid multi-byte sequence at `i`, or 0 (Go's utf8 first-byte and accept ranges). */
function validSequenceLength(b: Uint8Array, i: number): number {
  const b0 = b[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = b[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
