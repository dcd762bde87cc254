/**
 * The rules the permalink ledger relies on, checked before a build trusts it: JSON.parse keeps
 * the last of two equal keys and zod sees only the result, so a hand edit or a bad merge could
 * silently re-publish or reassign ids. Any broken rule stops the build, at the line that breaks it.
 */
import type { Ledger } from './ledger.ts';

/** Longest id the ledger may hold: neutral ids are short; older ids were a date, a title slug of 80 and a suffix. */
export const MAX_LEDGER_ID = 100;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MENTION = /^[0-9a-f]{16}\.\d+$/;
// A yearless date keeps its TIMEX3 spelling (XXXX-05-08).
const DATE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|XXXX-\d{2}(?:-\d{2})?)$/;

/** A broken rule: where, and what. */
export interface LedgerFault {
  line: number;
  column: number;
  what: string;
}

/** The first object key that appears twice in one JSON object, with its line and column; null if none. */
export function duplicateKey(text: string): (LedgerFault & { key: string }) | null {
  const stack: { object: boolean; keys: Set<string>; wantKey: boolean }[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '{' || c === '[') stack.push({ object: c === '{', keys: new Set(), wantKey: c === '{' });
    else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top?.object) top.wantKey = true;
    else if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (!top?.wantKey) continue;
      top.wantKey = false;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      const what = `"${key}" appears twice in one object, and reading it would silently keep only the second`;
      if (top.keys.has(key)) return { key, line, column: start - lineStart + 1, what };
      top.keys.add(key);
    }
  }
  return null;
}

/** The first rule the ledger breaks, placed at the line of the entry that breaks it; null when it keeps them all. */
export function ledgerFault(ledger: Ledger, text: string): LedgerFault | null {
  const at = (id: string, what: string): LedgerFault => {
    const index = text.indexOf(JSON.stringify(id));
    const before = index < 0 ? '' : text.slice(0, index);
    return { line: before.split('\n').length, column: index < 0 ? 1 : index - before.lastIndexOf('\n'), what };
  };
  const owner = new Map<string, string>();
  for (const [id, e] of Object.entries(ledger.events)) {
    if (id.length > MAX_LEDGER_ID) {
      return at(id, `the id "${id.slice(0, 40)}…" has ${id.length} characters, more than ${MAX_LEDGER_ID}`);
    }
    if (!SLUG.test(id)) return at(id, `the id "${id}" is not a slug of a-z, 0-9 and single hyphens`);
    if (!DATE.test(e.date))
      return at(id, `the date "${e.date}" of "${id}" is not YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM(-DD)`);
    const bad = e.mentions.find((m) => !MENTION.test(m));
    if (bad !== undefined) return at(id, `the mention key "${bad}" of "${id}" is not one the build writes`);
    const redirects = e.state === 'merged' || e.state === 'moved';
    if (redirects && !e.into) return at(id, `"${id}" is ${e.state} but says not into which id`);
    if (!redirects && e.into !== undefined) return at(id, `"${id}" is ${e.state} yet redirects into "${e.into}"`);
    if (e.into !== undefined && (e.into === id || !Object.hasOwn(ledger.events, e.into))) {
      return at(
        id,
        `"${id}" redirects into "${e.into}", which ${e.into === id ? 'is itself' : 'the ledger does not hold'}`,
      );
    }
    if (e.state !== 'active') continue;
    for (const m of e.mentions) {
      const other = owner.get(m);
      if (other !== undefined) return at(id, `the active ids "${id}" and "${other}" both claim the mention ${m}`);
      owner.set(m, id);
    }
  }
  return redirectLoop(ledger, at);
}

function redirectLoop(ledger: Ledger, at: (id: string, what: string) => LedgerFault): LedgerFault | null {
  for (const [id, e] of Object.entries(ledger.events)) {
    const seen = new Set([id]);
    for (let next = e.into; next !== undefined; next = ledger.events[next]?.into) {
      if (seen.has(next)) return at(id, `the redirects from "${id}" run in a loop`);
      seen.add(next);
    }
  }
  return null;
}
