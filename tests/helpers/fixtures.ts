/**
 * Fixture folders: tests/fixtures/<stage>/<case>/ holds the input and `expected.json`.
 * A new case is a new folder. `UPDATE=1 npm test` rewrites expected.json from the current
 * output; review the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');

/** The case folders of a stage, sorted; a folder named with a leading "_" holds shared input, not a case. */
export function fixtureCases(stage: string): { name: string; dir: string }[] {
  const dir = path.join(FIXTURES, stage);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .map((e) => ({ name: e.name, dir: path.join(dir, e.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Compare with the case's expected.json, or write it when UPDATE=1. */
export function expectFixture(dir: string, actual: unknown, file = 'expected.json'): void {
  const target = path.join(dir, file);
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE === '1' || !existsSync(target)) {
    writeFileSync(target, json);
    if (process.env.UPDATE !== '1')
      throw new Error(
        `${target} did not exist; it was written from the current output. Review it, then run the tests again.`,
      );
    return;
  }
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(target, 'utf8')));
}
