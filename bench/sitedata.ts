/**
 * Saving the pipeline's SiteData for the render floor, and loading it back, with two
 * properties plain JSON.stringify lacks: objects the pipeline shares (an event view listed on
 * the timeline, on every actor page and in the export is one object in memory) stay shared,
 * so the floor renders from the same memory layout; and no single string holds the whole
 * file (SiteData for 10,000 articles is larger than V8's string limit as plain JSON).
 *
 * Format: JSON lines. Marker lines (starting with '#') name each top-level key; its value
 * follows on one line, or, for a top-level array, one line per element until '#end'. An object seen more than once is written in full the first time with a
 * "$id" key (arrays as {"$id", "$array"}) and as {"$ref": id} afterwards.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const FLUSH = 1 << 20;

/** Write any JSON-able value, keeping shared objects shared; returns when the file is closed. */
export async function saveSiteData(file: string, data: object): Promise<void> {
  const counts = new Map<object, number>();
  const count = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    const n = counts.get(value) ?? 0;
    counts.set(value, n + 1);
    if (n > 0) return;
    if (Array.isArray(value)) for (const v of value) count(v);
    else for (const k of Object.keys(value)) count((value as Record<string, unknown>)[k]);
  };
  count(data);

  const out = createWriteStream(file);
  let buffer: string[] = [];
  let size = 0;
  // Writing is synchronous into 1 MB chunks; backpressure is honoured between top-level items.
  const emit = (s: string): void => {
    buffer.push(s);
    size += s.length;
    if (size >= FLUSH) {
      out.write(buffer.join(''));
      buffer = [];
      size = 0;
    }
  };
  const drain = async (): Promise<void> => {
    if (buffer.length) out.write(buffer.join(''));
    buffer = [];
    size = 0;
    if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  const ids = new Map<object, number>();
  const write = (raw: unknown): void => {
    let value = raw;
    if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
      value = (value as { toJSON: () => unknown }).toJSON();
    if (value === null || value === undefined || typeof value === 'function' || typeof value === 'symbol')
      return emit('null');
    if (typeof value !== 'object') return emit(JSON.stringify(value) ?? 'null');
    const seen = ids.get(value);
    if (seen !== undefined) return emit(`{"$ref":${seen}}`);
    const shared = (counts.get(value) ?? 0) > 1;
    let id = -1;
    if (shared) {
      id = ids.size;
      ids.set(value, id);
    }
    if (Array.isArray(value)) {
      emit(shared ? `{"$id":${id},"$array":[` : '[');
      for (let i = 0; i < value.length; i++) {
        if (i) emit(',');
        write(value[i]);
      }
      return emit(shared ? ']}' : ']');
    }
    emit(shared ? `{"$id":${id}` : '{');
    let first = !shared;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      write(v);
    }
    return emit('}');
  };

  // Marker lines start with '#', which no JSON value does.
  emit(`#bench-sitedata 1\n`);
  for (const key of Object.keys(data)) {
    const value = (data as Record<string, unknown>)[key];
    if (Array.isArray(value) && (counts.get(value) ?? 0) <= 1) {
      emit(`#array ${JSON.stringify(key)}\n`);
      for (const element of value) {
        write(element);
        emit('\n');
        await drain();
      }
      emit('#end\n');
    } else {
      emit(`#value ${JSON.stringify(key)}\n`);
      write(value);
      emit('\n');
      await drain();
    }
  }
  await drain();
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Read a file written by saveSiteData, restoring shared objects. */
export async function loadSiteData<T>(file: string): Promise<T> {
  const ids = new Map<number, Json>();
  // Objects are defined before they are referenced, in the order they were written; the
  // same depth-first order here resolves every reference.
  const resolve = (value: Json): Json => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = resolve(value[i]!);
      return value;
    }
    if (typeof value.$ref === 'number' && Object.keys(value).length === 1) return ids.get(value.$ref) ?? null;
    if (typeof value.$id === 'number') {
      const id = value.$id;
      if (Array.isArray(value.$array)) {
        const array: Json[] = [];
        ids.set(id, array);
        for (const v of value.$array) array.push(resolve(v));
        return array;
      }
      const object: { [key: string]: Json } = {};
      ids.set(id, object);
      for (const k of Object.keys(value)) if (k !== '$id') object[k] = resolve(value[k]!);
      return object;
    }
    for (const k of Object.keys(value)) value[k] = resolve(value[k]!);
    return value;
  };
  const data: Record<string, Json> = {};
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let array: Json[] | null = null;
  let valueKey: string | null = null;
  for await (const line of lines) {
    if (line.startsWith('#')) {
      const [marker, ...rest] = line.split(' ');
      const key = rest.length ? (JSON.parse(rest.join(' ')) as string) : '';
      if (marker === '#array') data[key] = array = [];
      else if (marker === '#end') array = null;
      else if (marker === '#value') valueKey = key;
      continue;
    }
    const value = resolve(JSON.parse(line) as Json);
    if (valueKey !== null) {
      data[valueKey] = value;
      valueKey = null;
    } else if (array) array.push(value);
  }
  return data as T;
}
