/**
 * YAML for the registries and settings: the 1.2 core schema (nothing executes), a cap on
 * aliases so that an alias bomb is an error and not minutes of expansion, and every failure
 * recorded on the file at its line, never thrown.
 */
import { LineCounter, type Document, parseDocument } from 'yaml';
import type { VFile } from 'vfile';
import { type CatalogueEntry, fail } from '../lib/report/index.ts';
import { MAX_YAML_ALIASES } from '../lib/text/index.ts';

/** A parsed YAML file: its plain data, and the line of any node by path. */
export interface LoadedYaml {
  /** The data, or undefined when the file could not be read as YAML. */
  data: unknown;
  /** 1-based line of the node at a path (1 when it has none). */
  lineOf: (path: (string | number)[]) => number;
}

/** Parse YAML text; syntax errors and alias bombs are recorded as `syntax(reason)` at their line. */
export function loadYaml(text: string, file: VFile, syntax: (reason: string) => CatalogueEntry): LoadedYaml {
  const counter = new LineCounter();
  let doc: Document;
  const at = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  const lineOf = (path: (string | number)[]) =>
    at((doc.getIn(path, true) as { range?: [number] } | undefined)?.range?.[0]);
  try {
    doc = parseDocument(text, { schema: 'core', lineCounter: counter });
  } catch (error) {
    fail(file, syntax(firstLine(error)));
    return { data: undefined, lineOf: () => 1 };
  }
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    fail(file, syntax(firstLine(error)), error.linePos?.[0].line ?? 1, error.linePos?.[0].col ?? 1);
    return { data: undefined, lineOf };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }), lineOf };
  } catch (error) {
    // An alias bomb parses fine and explodes only when expanded.
    fail(file, syntax(firstLine(error)), lineOfAlias(text));
    return { data: undefined, lineOf };
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message.split('\n')[0] : undefined) ?? 'syntax error';
}

function lineOfAlias(text: string): number {
  const index = text.search(/(?:^|[\s[{,])\*[^\s,\]}]/);
  return index < 0 ? 1 : text.slice(0, index + 1).split('\n').length;
}
