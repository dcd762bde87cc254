/**
 * Decoding article bytes to text: UTF-8 with or without BOM, UTF-16 with a BOM, and legacy
 * Windows-1252 when the bytes are not valid UTF-8. Binary files are recognised by NUL bytes.
 */

/** The decoded text, or why the bytes could not be read as text. */
export type Decoded = { ok: true; text: string; encoding: string; legacy: boolean } | { ok: false; reason: 'binary' };

/** Decode bytes to text, normalising line endings to LF. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: string;
  let legacy = false;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    if (bytes.includes(0)) return { ok: false, reason: 'binary' };
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes.subarray(start));
      encoding = 'windows-1252';
      legacy = true;
    }
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'binary' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding, legacy };
}
