/**
 * Decoding article bytes to text: UTF-8 with or without BOM, UTF-16 with a BOM or recognised
 * by its pattern of NUL bytes, and Windows-1252 only for the lines that are not valid UTF-8.
 * Binary files are recognised by NUL bytes that follow no UTF-16 pattern.
 */

/** The decoded text, or why the bytes could not be read as text. */
export type Decoded =
  | { ok: true; text: string; encoding: string; legacy: boolean; badByte?: number }
  | { ok: false; reason: 'binary' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes to text, normalising line endings to LF. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const decoded = decodeRaw(bytes);
  if (!decoded.ok) return decoded;
  if (decoded.text.includes('\u0000')) return { ok: false, reason: 'binary' };
  return { ...decoded, text: decoded.text.replace(/\r\n?/g, '\n') };
}

function decodeRaw(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const unmarked = utf16Order(bytes);
  if (unmarked) return utf16(bytes, unmarked);
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { ok: true, text: utf8.decode(body), encoding: 'utf-8', legacy: false };
  } catch {
    return perLine(body, start);
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  return { ok: true, text: new TextDecoder(encoding).decode(bytes), encoding, legacy: false };
}

// Text in UTF-16 without a BOM: mostly ASCII, so nearly every other byte is NUL, always on
// the same side (odd offsets for little-endian, even for big-endian). A binary file has NULs
// too, but scattered; requiring 90 % of one side to be NUL and none of the other keeps them apart.
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = sample.length / 2;
  if (odd >= pairs * 0.9 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.9 && odd === 0) return 'utf-16be';
  return null;
}

// One bad byte must not turn every "ğ" of the file into mojibake: well-formed UTF-8 stays
// UTF-8, and only the bytes that are not are read as Windows-1252.
function perLine(body: Uint8Array, start: number): Decoded {
  const parts: string[] = [];
  let badByte: number | undefined;
  for (let from = 0; from < body.length; ) {
    let to = body.indexOf(0x0a, from);
    to = to === -1 ? body.length : to + 1;
    const line = body.subarray(from, to);
    try {
      parts.push(utf8.decode(line));
    } catch {
      badByte ??= start + from + firstInvalid(line, 0);
      parts.push(mixed(line));
    }
    from = to;
  }
  return { ok: true, text: parts.join(''), encoding: 'windows-1252', legacy: true, badByte };
}

function mixed(line: Uint8Array): string {
  const legacy = new TextDecoder('windows-1252');
  let out = '';
  for (let i = 0; i < line.length; ) {
    const bad = firstInvalid(line, i);
    out += new TextDecoder().decode(line.subarray(i, bad));
    if (bad >= line.length) break;
    out += legacy.decode(line.subarray(bad, bad + 1));
    i = bad + 1;
  }
  return out;
}

/** Offset, from `from`, of the first byte not part of a well-formed UTF-8 sequence; the length if none. */
function firstInvalid(line: Uint8Array, from: number): number {
  for (let i = from; i < line.length; ) {
    const b = line[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) if (i + k >= line.length || (line[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong, surrogate and out-of-range forms: the decoder refuses them, so must we.
    if (!wellFormed(line.subarray(i, i + size))) return i;
    i += size;
  }
  return line.length;
}

function wellFormed(sequence: Uint8Array): boolean {
  if (sequence.length === 1) return true;
  try {
    utf8.decode(sequence);
    return true;
  } catch {
    return false;
  }
}
