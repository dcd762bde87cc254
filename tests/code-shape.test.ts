/**
 * What the formatter cannot enforce: lines of src/ at most 120 characters, long regexes and
 * strings included (the formatter leaves a literal whole). Function length, file length and
 * import cycles are Biome rules (biome.json, `npm test` runs `biome check`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.join(import.meta.dirname, '..', 'src');
const MAX_LINE = 120;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('code shape of src/', () => {
  it(`has no line over ${MAX_LINE} characters`, () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    const long = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          [...line].length > MAX_LINE ? [`${path.relative(SRC, file)}:${i + 1} (${[...line].length})`] : [],
        ),
    );
    expect(long).toEqual([]);
  });
});
