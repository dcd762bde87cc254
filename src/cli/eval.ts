/**
 * `npm run eval`: build the seed events and compare them with the gold timeline, score the
 * normaliser on the tricky-expression set, and score every held-out story. Prints every figure
 * against its target and the worst errors; exits 1 when a seed target is missed.
 * `--corpus <name>` reports one gold corpus in full; `--groups` shows where each gold event went;
 * `--rules` prints how often each named rule fires and is right, per corpus; `--headlines` audits
 * every title (eval-headlines.ts).
 */
import { parseArgs } from 'node:util';
import { TARGETS, evaluateAll, evaluateCorpus, heldOutCorpora } from '../evaluate/index.ts';
import type { RuleFigure } from '../evaluate/rules.ts';
import { rulesTable } from './eval-rules.ts';
import { headlinesReport } from './eval-headlines.ts';
import { printOut } from './print.ts';

/** The options of `npm run eval`. */
function evalOptions(args: string[]) {
  return parseArgs({
    args,
    options: {
      corpus: { type: 'string', default: 'seeds' },
      errors: { type: 'string', default: '15' },
      groups: { type: 'boolean', default: false },
      rules: { type: 'boolean', default: false },
      zero: { type: 'boolean', default: false },
      headlines: { type: 'boolean', default: false },
      titles: { type: 'boolean', default: false },
    },
  }).values;
}

/** Run the evaluation; returns the exit code. */
export async function evaluate(root: string, args: string[]): Promise<number> {
  const values = evalOptions(args);
  if (values.headlines) {
    const only = args.some((a) => a.startsWith('--corpus')) ? values.corpus!.split(',') : null;
    printOut(...(await headlinesReport(root, only, values.titles)));
    return 0;
  }
  // --zero: the corpus as a new user would build it, with no registry and no front-matter date.
  const report = await evaluateAll(root, values.corpus!, { zeroConfig: values.zero });
  const perCorpus = new Map<string, Map<string, RuleFigure>>([[values.corpus!, report.rules]]);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const verdict = (value: number, target: number) => `   target ≥ ${pct(target)} ${value >= target ? 'ok' : 'MISSED'}`;
  const row = (name: string, value: number, target?: number) =>
    `  ${name.padEnd(34)} ${pct(value).padStart(7)}${target === undefined ? '' : verdict(value, target)}`;
  const t = report.timeline;
  const lines = [
    `Timeline: corpus "${values.corpus}" (${t.mentionsFound}/${t.mentionsTotal} gold mentions found)`,
    row('mention date accuracy', t.mentionDateAccuracy, TARGETS.mentionDateAccuracy),
    row('event date precision', t.dateP),
    row('event date recall', t.dateR),
    row('event date F1', t.dateF1, TARGETS.dateF1),
    row('actor precision (per event)', t.actorP),
    row('actor recall (per event)', t.actorR),
    row('status accuracy (per event)', t.statusAccuracy),
    row('merge B-cubed precision', t.mergeP),
    row('merge B-cubed recall', t.mergeR),
    row('merge B-cubed F1', t.mergeF1, TARGETS.mergeF1),
    row('quotes that report their event', t.quotePrecision),
    `  ${'noise (mentions from furniture)'.padEnd(34)} ` +
      `${String(t.noise).padStart(7)}   target = 0 ${t.noise === 0 ? 'ok' : 'MISSED'}`,
    '',
    `Tricky temporal expressions: ${report.temporal.correct}/${report.temporal.cases}`,
    row('accuracy', report.temporal.accuracy, TARGETS.temporalAccuracy),
    '',
    'Worst errors:',
    ...t.errors.slice(0, Number(values.errors)).map((e) => `  ${e.where}: ${e.what}`),
    ...report.temporal.failures
      .slice(0, Number(values.errors))
      .map((f) => `  tests/gold/temporal/cases.yaml [${f.id}]: ${f.why}`),
    // The seeds alone decide the exit code; the held-out stories say whether it generalises.
    ...(values.corpus === 'seeds' ? await heldOutTable(root, pct, perCorpus) : []),
    // --groups: where each gold event's mentions landed, to read merge errors.
    ...(values.groups
      ? [
          '',
          'Gold events → system events (mentions):',
          ...t.groups.map(
            (g) =>
              `  ${g.gold}: ${Object.entries(g.system)
                .map(([id, n]) => `${id} ×${n}`)
                .join(', ')}`,
          ),
        ]
      : []),
    ...(values.rules ? rulesTable(perCorpus) : []),
  ];
  printOut(...lines);
  return report.passed ? 0 : 1;
}

// One line per held-out corpus: the same figures, on stories the rules were not written for.
async function heldOutTable(
  root: string,
  pct: (x: number) => string,
  perCorpus: Map<string, Map<string, RuleFigure>>,
): Promise<string[]> {
  const corpora = await heldOutCorpora(root);
  if (corpora.length === 0) return [];
  const rows = [];
  // Each story twice: with its registries and front-matter dates, and as a new user would drop
  // it into an empty site (no registry, no front-matter date).
  for (const corpus of ['seeds', ...corpora]) {
    for (const zeroConfig of [false, true]) {
      const { score: t, rules } = await evaluateCorpus(root, corpus, { zeroConfig });
      if (!zeroConfig && corpus !== 'seeds') perCorpus.set(corpus, rules);
      const cells = [t.eventsFound, t.mentionDateAccuracy, t.dateF1, t.mergeF1, t.actorR].map((x) =>
        pct(x).padStart(8),
      );
      const counts = `${String(t.noise).padStart(6)} ${String(t.inventedYears).padStart(8)}`;
      rows.push(
        `  ${corpus.padEnd(12)} ` +
          `${(zeroConfig ? 'zero' : 'config').padEnd(7)}${cells.join('')} ${counts}   ` +
          `(${t.mentionsFound}/${t.mentionsTotal} mentions found)`,
      );
    }
  }
  const head = [
    ...['events', 'mention', 'date F1', 'B³ F1', 'actors'].map((h) => h.padStart(8)),
    'noise'.padStart(7),
    'inv.year'.padStart(9),
  ].join('');
  return [
    '',
    'Every story with its configuration (config) and with none: no registry, no front-matter date (zero):',
    `  ${'corpus'.padEnd(12)} ${'setup'.padEnd(7)}${head}`,
    ...rows,
  ];
}
