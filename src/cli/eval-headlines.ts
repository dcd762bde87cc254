/**
 * `npm run eval -- --headlines`: the headline audit of every corpus (or of `--corpus a,b`), with
 * its registries and with none (`zero`): how many titles have each flaw, and how many none.
 * `--titles` lists every title with its flaws.
 */
import { runPipeline } from '../build/pipeline.ts';
import { contentOf, heldOutCorpora } from '../evaluate/index.ts';
import { HEADLINE_FLAWS, type HeadlineAudit, auditBuild } from '../evaluate/headlines.ts';

/** Build a corpus (without its cache or writing anything) and audit its titles. */
export async function auditCorpus(root: string, corpus: string, zeroConfig: boolean): Promise<HeadlineAudit> {
  const result = await runPipeline({ root, contentDir: contentOf(corpus), zeroConfig, cacheDir: null });
  return auditBuild(result);
}

// Column heads: the flaws without their hyphens' tails, short enough for one line.
const SHORT: Record<string, string> = {
  'bare-noun': 'bare',
  clipped: 'clipped',
  'heading-or-dateline': 'heading',
  'no-finite-verb': 'no verb',
  'no-subject': 'no subj',
  agreement: 'agree',
  'says-nothing': 'said',
  'vague-object': 'vague',
  'name-not-in-quote': 'name',
  'too-long': 'long',
  'whole-sentence': 'whole',
  'sentence-words': 'words',
};

/** The audit table (and, with `titles`, every title), for the corpora asked for or all of them. */
export async function headlinesReport(root: string, only: string[] | null, titles: boolean): Promise<string[]> {
  const corpora = only ?? ['seeds', ...(await heldOutCorpora(root))];
  const head = ['clean', ...HEADLINE_FLAWS.map((f) => SHORT[f]!)].map((h) => h.padStart(8)).join('');
  const lines = ['Headline audit: titles with each flaw (clean: none)', `  ${'corpus'.padEnd(20)}${head}`];
  const listed: string[] = [];
  for (const corpus of corpora) {
    for (const zero of [false, true]) {
      const audit = await auditCorpus(root, corpus, zero);
      const name = `${corpus} ${zero ? 'zero' : 'config'}`;
      const cells = [`${audit.clean}/${audit.titles.length}`, ...HEADLINE_FLAWS.map((f) => String(audit.counts[f]))];
      lines.push(`  ${name.padEnd(20)}${cells.map((c) => c.padStart(8)).join('')}`);
      if (titles)
        listed.push(
          '',
          `${name}:`,
          ...audit.titles.map((t) => `  ${t.flaws.length ? `[${t.flaws.join(', ')}]` : '[ok]'} ${t.title}`),
        );
    }
  }
  return [...lines, ...listed];
}
