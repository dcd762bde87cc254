/**
 * `npm run eval -- --rules`: per corpus, how often each named rule fires and how often it is
 * right against the gold (`fired right/judged`), flagging rules that fire on one corpus only
 * (a sign of a rule written for one story) and rules that never fire.
 */
import type { RuleFigure } from '../evaluate/rules.ts';
import { EXTRACT_RULES } from '../extract/index.ts';
import { MERGE_RULES } from '../merge/index.ts';

const CELL = 12;

function cell(f: RuleFigure | undefined): string {
  if (!f) return '·'.padStart(CELL);
  return `${f.fired} ${f.judged ? `${f.right}/${f.judged}` : '-'}`.padStart(CELL);
}

/** The rule table, one row per known rule (extraction, then merge), one column per corpus. */
export function rulesTable(perCorpus: Map<string, Map<string, RuleFigure>>): string[] {
  const corpora = [...perCorpus.keys()];
  const width = Math.max(...[...EXTRACT_RULES, ...MERGE_RULES].map((r) => r.id.length)) + 2;
  const header = `  ${'rule'.padEnd(width)}${corpora.map((c) => c.padStart(CELL)).join('')}${'right'.padStart(8)}`;
  const rows = (title: string, rules: readonly { id: string }[]): string[] => [
    `  ${title}`,
    ...rules.map((r) => {
      const figures = corpora.map((c) => perCorpus.get(c)!.get(r.id));
      const on = figures.filter((f) => f !== undefined).length;
      const judged = figures.reduce((n, f) => n + (f?.judged ?? 0), 0);
      const right = figures.reduce((n, f) => n + (f?.right ?? 0), 0);
      const share = judged ? `${Math.round((100 * right) / judged)}%` : '-';
      const flag = on === 0 ? '   never fires' : on === 1 && corpora.length > 1 ? '   ONE CORPUS ONLY' : '';
      return `  ${r.id.padEnd(width)}${figures.map(cell).join('')}${share.padStart(8)}${flag}`;
    }),
  ];
  return [
    '',
    'Rules per corpus (fired right/judged; judged: the gold covers the mention or both mentions of a pair):',
    header,
    ...rows('extraction', EXTRACT_RULES),
    ...rows('merge', MERGE_RULES),
  ];
}
