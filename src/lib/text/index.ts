/**
 * Characters that untrusted text must not carry further: controls that XML 1.0 forbids (they
 * make a feed ill-formed), bidirectional controls (they reorder what a reader sees and break
 * name matching), and, for the terminal, anything that could move the cursor or forge a line.
 * One place for each rule, so every boundary applies the same one.
 */

// C0 controls except tab and line feed (CR is normalised away on reading), DEL and C1 controls,
// lone surrogates and the two non-characters XML 1.0 excludes.
const XML_FORBIDDEN = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'g',
);
const XML_FORBIDDEN_ONE = new RegExp(XML_FORBIDDEN.source);
// Embeddings, overrides and isolates (the "Trojan Source" set) and the three directional marks.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** YAML aliases allowed in front matter, registries and settings: plenty by hand, too few for an alias bomb. */
export const MAX_YAML_ALIASES = 100;

/** What a cleaning pass removed: how many characters, and the offset of the first. */
export interface Removed {
  /** Characters removed or replaced. */
  count: number;
  /** Offset of the first in the input, or -1. */
  first: number;
}

function scrub(text: string, pattern: RegExp, replace: (c: string) => string): { text: string; removed: Removed } {
  let count = 0;
  let first = -1;
  const out = text.replace(pattern, (c: string, offset: number) => {
    if (count++ === 0) first = offset;
    return replace(c);
  });
  return { text: out, removed: { count, first } };
}

/** Remove XML-forbidden characters; a vertical tab or form feed (Word's manual breaks) becomes a line break. */
export function stripControls(text: string): { text: string; removed: Removed } {
  return scrub(text, XML_FORBIDDEN, (c) => (c === '\u000B' || c === '\u000C' ? '\n' : ''));
}

/** Remove bidirectional control characters. */
export function stripBidi(text: string): { text: string; removed: Removed } {
  return scrub(text, BIDI, () => '');
}

/** A name or title as it may be shown and matched: no controls, no bidi controls, one line. */
export function cleanLabel(text: string): string {
  return stripBidi(stripControls(text).text).text.replace(/\n+/g, ' ');
}

/**
 * Remove XML-forbidden characters from every string of a JSON-like value (the data handed to the
 * renderer). Parts without any are returned as they are, so clean data costs a walk, not a copy.
 */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return (XML_FORBIDDEN_ONE.test(value) ? value.replace(XML_FORBIDDEN, '') : value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((v, i) => {
      const c = cleanDeep(v);
      if (c === v) return;
      out ??= value.slice();
      out[i] = c;
    });
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    let out: Record<string, unknown> | null = null;
    for (const [k, v] of Object.entries(record)) {
      const c = cleanDeep(v);
      if (c === v) continue;
      out ??= { ...record };
      out[k] = c;
    }
    return (out ?? value) as T;
  }
  return value;
}

/**
 * Text safe to print on a terminal: every control character (newline, escape, bell, C1) and
 * bidi control is shown as a visible escape, so a file name cannot forge a line or clear the screen.
 */
export function terminalSafe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this escapes
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A dictionary without inherited keys: looking up "constructor" or "__proto__" finds nothing. */
export function dictionary<V>(entries: Record<string, V>): Readonly<Record<string, V | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
