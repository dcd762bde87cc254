/**
 * Summary of a V8 .cpuprofile (node --cpu-prof): self time by function, by file and by
 * package. Positions in TypeScript files are those of tsx's transformed (whitespace-minified)
 * output; they are mapped back to source lines through a source map of the same transform.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** One row of the summary. */
export interface ProfileRow {
  /** Function name, or a V8 pseudo-frame such as (garbage collector). */
  name: string;
  /** file:line, relative to the project root where possible. */
  where: string;
  /** Self time, milliseconds. */
  self_ms: number;
  /** Share of all sampled time. */
  share: number;
}

/** The summary of one profile. */
export interface ProfileSummary {
  /** Sampled milliseconds, idle time excluded. */
  total_ms: number;
  /** Top functions by self time. */
  functions: ProfileRow[];
  /** Top files (or packages) by self time. */
  files: ProfileRow[];
}

const sources = new Map<string, string[] | null>();

async function sourceLines(file: string): Promise<string[] | null> {
  if (!sources.has(file))
    sources.set(
      file,
      await readFile(file, 'utf8').then(
        (t) => t.split('\n'),
        () => null,
      ),
    );
  return sources.get(file)!;
}

/** Where a function is defined in a TypeScript source, found by its name (the fallback). */
async function definitionLine(file: string, name: string, fallback: number): Promise<number> {
  const lines = await sourceLines(file);
  if (!lines || !/^[\w$]+$/.test(name)) return fallback;
  const patterns = [
    new RegExp(`\\bfunction\\*?\\s+${name}\\b`),
    new RegExp(`\\b(?:const|let|var)\\s+${name}\\s*[=:]`),
    new RegExp(`^\\s*(?:(?:private|public|protected|static|async|readonly)\\s+)*${name}\\s*(?:<[^>]*>)?\\(`),
    new RegExp(`\\b${name}\\s*[:=]\\s*(?:async\\s*)?(?:\\(|function)`),
  ];
  for (const re of patterns) {
    const candidates = lines.flatMap((l, i) => (re.test(l) ? [i + 1] : []));
    if (candidates.length)
      return candidates.reduce((best, c) => (Math.abs(c - fallback) < Math.abs(best - fallback) ? c : best));
  }
  return fallback;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decode source-map mappings into, per generated line, [generated column, original line] pairs. */
function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  let origLine = 0;
  let origCol = 0;
  for (const line of mappings.split(';')) {
    const out: [number, number][] = [];
    let genCol = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += values[0] ?? 0;
      if (values.length >= 4) {
        source += values[1]!;
        origLine += values[2]!;
        origCol += values[3]!;
        out.push([genCol, origLine]);
      }
    }
    void source;
    void origCol;
    lines.push(out);
  }
  return lines;
}

const maps = new Map<string, [number, number][][] | null>();

/**
 * The source line of a position in tsx's output for a TypeScript file: the file is
 * transformed again with tsx's esbuild options (whitespace minified, names kept) and the
 * position mapped back through the source map. Null when esbuild is not available.
 */
async function tsxSourceLine(file: string, line0: number, col0: number): Promise<number | null> {
  if (!maps.has(file)) {
    let decoded: [number, number][][] | null = null;
    try {
      const esbuild = (await import('esbuild')) as {
        transform: (code: string, options: object) => Promise<{ map: string }>;
      };
      const code = await readFile(file, 'utf8');
      const out = await esbuild.transform(code, {
        loader: 'ts',
        format: 'esm',
        target: `node${process.versions.node}`,
        sourcemap: 'external',
        sourcefile: file,
        minifyWhitespace: true,
        keepNames: true,
      });
      decoded = decodeMappings((JSON.parse(out.map) as { mappings: string }).mappings);
    } catch {
      decoded = null;
    }
    maps.set(file, decoded);
  }
  const segments = maps.get(file)?.[line0];
  if (!segments?.length) return null;
  let found: number | null = null;
  for (const [col, orig] of segments) {
    if (col > col0) break;
    found = orig + 1;
  }
  return found ?? segments[0]![1] + 1;
}

function shortPath(url: string, root: string): string {
  if (!url) return '';
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  if (file.startsWith(root)) return path.relative(root, file);
  const modules = file.lastIndexOf('/node_modules/');
  return modules >= 0 ? file.slice(modules + 1) : file;
}

function packageOf(where: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where);
  if (m) return `node_modules/${m[1]}`;
  return where || '(native / V8)';
}

/** Summarise a .cpuprofile file; `top` rows of each table. */
export async function summariseProfile(file: string, root: string, top = 15): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const total = [...self.entries()].filter(([id]) => !idle.has(id)).reduce((a, b) => a + b[1], 0);
  const fns = new Map<string, { name: string; url: string; line: number; column: number; ms: number }>();
  const files = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    const name = frame.functionName || '(anonymous)';
    const key = `${name}|${frame.url}|${frame.lineNumber}|${frame.columnNumber}`;
    const entry = fns.get(key) ?? {
      name,
      url: frame.url,
      line: frame.lineNumber + 1,
      column: frame.columnNumber,
      ms: 0,
    };
    entry.ms += ms;
    fns.set(key, entry);
    const group = frame.url ? packageOf(shortPath(frame.url, root)) : name.startsWith('(') ? name : '(native / V8)';
    files.set(group, (files.get(group) ?? 0) + ms);
  }
  const rows = [...fns.values()]
    .filter((f) => f.name !== '(idle)')
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  const functions: ProfileRow[] = [];
  for (const f of rows) {
    let line = f.line;
    const local = f.url.startsWith('file://') ? fileURLToPath(f.url) : '';
    if (local.endsWith('.ts'))
      line = (await tsxSourceLine(local, f.line - 1, f.column)) ?? (await definitionLine(local, f.name, f.line));
    const where = f.url ? `${shortPath(f.url, root)}:${line}` : '';
    functions.push({ name: f.name, where, self_ms: f.ms, share: f.ms / total });
  }
  const fileRows = [...files.entries()]
    .filter(([k]) => k !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, ms]) => ({ name: where, where, self_ms: ms, share: ms / total }));
  return { total_ms: total, functions, files: fileRows };
}

/** Format a summary as two plain-text tables. */
export function formatProfile(summary: ProfileSummary): string {
  const lines = [`Busy ${(summary.total_ms / 1000).toFixed(1)} s (idle excluded). Top functions by self time:`];
  summary.functions.forEach((r, i) =>
    lines.push(
      `${String(i + 1).padStart(3)}. ${(r.self_ms / 1000).toFixed(2).padStart(7)} s ${(100 * r.share).toFixed(1).padStart(5)} %  ${r.name}  ${r.where}`,
    ),
  );
  lines.push('', 'Self time by file or package:');
  for (const r of summary.files)
    lines.push(
      `     ${(r.self_ms / 1000).toFixed(2).padStart(7)} s ${(100 * r.share).toFixed(1).padStart(5)} %  ${r.where}`,
    );
  return lines.join('\n');
}
