/**
 * The `timeline` command: build, extract, dates, eval, explain, add. Each subcommand lives in its own
 * module; this file only dispatches and turns unexpected failures into a clear message.
 */
import { parseArgs } from 'node:util';
import { printErr } from './print.ts';
import { FatalBuildError } from '../lib/report/index.ts';

const USAGE = `Usage: timeline <command> [options]
  build [--strict] [--out _site]       build the site from content/ into _site/
        [--mentions DIR]               take extractions from shard files instead of extracting again
        [--threads N]                  worker threads for parse and extract (default: one per extra core)
  extract --shard i/n [--out shards]   extract one shard of the articles into DIR/mentions-i-of-n.jsonl
  dates [--ref YYYY-MM-DD] [FILE]      print the temporal expressions of a text, one JSON line each
  dates --batch                        read {"id","ref","text"} JSON lines on stdin
  eval [--corpus seeds]                compare extraction with the gold timelines
  explain <event-id>                   show why an event's mentions were merged
  add <file>                           copy an article into content/articles and preview it
  serve [--port 8080] [--dir _site]    serve the built site on localhost, without building`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const root = process.cwd();
  switch (command) {
    case 'build': {
      const options = {
        strict: { type: 'boolean', default: false },
        out: { type: 'string', default: '_site' },
        'no-search': { type: 'boolean', default: false },
        mentions: { type: 'string' },
        threads: { type: 'string' },
      } as const;
      const { values } = parseArgs({ args: rest, options });
      const { build } = await import('./build.ts');
      const threads = values.threads === undefined ? undefined : Number(values.threads);
      return build({
        root,
        out: values.out!,
        strict: values.strict!,
        noSearch: values['no-search'],
        mentions: values.mentions,
        threads,
      });
    }
    case 'extract': {
      const { extract } = await import('./extract.ts');
      return extract(root, rest);
    }
    case 'dates': {
      const { dates } = await import('./dates.ts');
      return dates(rest);
    }
    case 'eval': {
      const { evaluate } = await import('./eval.ts');
      return evaluate(root, rest);
    }
    case 'explain': {
      const { explain } = await import('./explain.ts');
      return explain(root, rest);
    }
    case 'add': {
      const { add } = await import('./add.ts');
      return add(root, rest);
    }
    case 'serve': {
      const { values } = parseArgs({
        args: rest,
        options: { port: { type: 'string', default: '8080' }, dir: { type: 'string', default: '_site' } },
      });
      const { serveSite } = await import('./serve.ts');
      return serveSite(root, { dir: values.dir!, port: Number(values.port) });
    }
    default:
      printErr(USAGE);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Content that cannot be built safely (a missing folder, a broken ledger): a message, no stack.
    if (error instanceof FatalBuildError) {
      printErr(error.message);
      process.exitCode = 2;
      return;
    }
    // A failure no stage reported is a bug: its stack says where, escaped like every other line.
    printErr(`timeline: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 70;
  },
);
