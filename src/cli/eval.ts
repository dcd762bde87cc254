/**
 * `npm run eval`: build the seed events and compare them with the gold timeline, score the
 * normaliser on the tricky-expression set, and score every held-out story. Prints every figure
 * against its target and the worst errors; exits 1 when a seed target is missed.
 * `--corpus <name>` reports one gold corpus in full; `--groups` shows where each gold event went;
 * `--rules` prints how often each named rule fires and is right, per corpus.
 */
import { parseArgs } from 'node:util';
import { TARGETS, evaluateAll, evaluateCorpus, heldOutCorpora } from '../evaluate/index.ts';
import type { RuleFigure } from '../evaluate/rules.ts';
import { rulesTable } from './eval-rules.ts';
import { printOut } from './print.ts';

/** Run the evaluation; returns the exit code. */
export async function evaluate(root: string, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { corpus: { type: 'string', default: 'seeds' }, errors: { type: 'string', default: '15' }, groups: { type: 'boolean', default: false }, rules: { type: 'boolean', default: false } } });
  const report = await evaluateAll(root, values.corpus!);
  const perCorpus = new Map<string, Map<string, RuleFigure>>([[values.corpus!, report.rules]]);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const row = (name: string, value: number, target?: number) =>
    `  ${name.padEnd(34)} ${pct(value).padStart(7)}${target === undefined ? '' : `   target ≥ ${pct(target)} ${value >= target ? 'ok' : 'MISSED'}`}`;
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
    `  ${'noise (mentions from furniture)'.padEnd(34)} ${String(t.noise).padStart(7)}   target = 0 ${t.noise === 0 ? 'ok' : 'MISSED'}`,
    '',
    `Tricky temporal expressions: ${report.temporal.correct}/${report.temporal.cases}`,
    row('accuracy', report.temporal.accuracy, TARGETS.temporalAccuracy),
    '',
    'Worst errors:',
    ...t.errors.slice(0, Number(values.errors)).map((e) => `  ${e.where}: ${e.what}`),
    ...report.temporal.failures.slice(0, Number(values.errors)).map((f) => `  tests/gold/temporal/cases.yaml [${f.id}]: ${f.why}`),
    // The seeds alone decide the exit code; the held-out stories say whether it generalises.
    ...(values.corpus === 'seeds' ? await heldOutTable(root, pct, perCorpus) : []),
    // --groups: where each gold event's mentions landed, to read merge errors.
    ...(values.groups ? ['', 'Gold events → system events (mentions):', ...t.groups.map((g) => `  ${g.gold}: ${Object.entries(g.system).map(([id, n]) => `${id} ×${n}`).join(', ')}`)] : []),
    ...(values.rules ? rulesTable(perCorpus) : []),
  ];
  printOut(...lines);
  return report.passed ? 0 : 1;
}


// One line per held-out corpus: the same figures, on stories the rules were not written for.
async function heldOutTable(root: string, pct: (x: number) => string, perCorpus: Map<string, Map<string, RuleFigure>>): Promise<string[]> {
  const corpora = await heldOutCorpora(root);
  if (corpora.length === 0) return [];
  const rows = [];
  for (const corpus of corpora) {
    const { score: t, rules } = await evaluateCorpus(root, corpus);
    perCorpus.set(corpus, rules);
    rows.push(`  ${corpus.padEnd(12)} ${pct(t.mentionDateAccuracy).padStart(7)} ${pct(t.dateF1).padStart(8)} ${pct(t.mergeF1).padStart(8)} ${String(t.noise).padStart(6)}   (${t.mentionsFound}/${t.mentionsTotal} mentions found)`);
  }
  return ['', 'Held-out stories (articles and gold written without looking at the extractor; no targets):', `  ${'corpus'.padEnd(12)} ${'mention'.padStart(7)} ${'date F1'.padStart(8)} ${'B³ F1'.padStart(8)} ${'noise'.padStart(6)}`, ...rows];
}
