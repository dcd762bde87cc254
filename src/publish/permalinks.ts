/**
 * Event URLs that claim nothing they cannot keep: `/events/<date>-<key>/`, the event's start
 * date and a short key that never changes. The key says nothing about the event; the date is
 * the one the page shows, and when a rebuild moves the event to another date, a new id with the
 * same key is minted and the old one redirects. Ids from before (title slugs) are migrated the
 * same way: they redirect to a neutral id, so every link ever published keeps working.
 */
import { createHash } from 'node:crypto';

// Six base-36 characters: 2 billion keys, and a collision only lengthens the next key.
const KEY_LENGTH = 6;

/** A short stable key from words that identify the event when it is first published. */
export function keyFrom(seed: string, length = KEY_LENGTH): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return BigInt(`0x${hex.slice(0, 24)}`)
    .toString(36)
    .padStart(length, '0')
    .slice(0, length);
}

/** The id of an event: its start date and its key; a yearless date keeps its XXXX, in lower case (`xxxx-05-08-…`). */
export function neutralId(start: string, key: string): string {
  return `${start.toLowerCase()}-${key}`;
}

/**
 * The id an event gets: the one it claims when that is already neutral and dated as the event
 * is, else a new neutral id (keeping the claimed id's key when it has one). `used` holds every
 * id taken so far and is updated.
 */
export function permanentId(
  start: string,
  claimed: { id: string; key?: string | undefined } | undefined,
  mentionKeys: string[],
  used: Set<string>,
): { id: string; key: string } {
  if (claimed?.key && claimed.id === neutralId(start, claimed.key)) return { id: claimed.id, key: claimed.key };
  let key = claimed?.key ?? keyFrom(claimed ? claimed.id : [...mentionKeys].sort().join(' '));
  for (let length = KEY_LENGTH + 1; used.has(neutralId(start, key)); length++)
    key = keyFrom(`${key} ${length}`, length);
  const id = neutralId(start, key);
  used.add(id);
  return { id, key };
}
