/**
 * The blocks a merge compares within: month windows of a date, or its years when only the
 * year is known.
 */
import type { DateSpan } from '../types.ts';

/** Month windows of a date (at most 24), or its years for year precision: the blocks it is compared within. */
export function windowKeys(date: DateSpan): string[] {
  const keys: string[] = [];
  if (date.precision === 'year') {
    for (let y = Number(date.start); y <= Number(date.end.slice(0, 4)) && keys.length < 20; y++) keys.push(`Y${y}`);
    return keys;
  }
  let y = Number(date.start.slice(0, 4));
  let m = Number(date.start.slice(5, 7));
  const end = date.end.slice(0, 7);
  while (keys.length < 24) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    keys.push(`M${key}`);
    if (key >= end) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return keys;
}
