/**
 * `npm run explain -- <event-id>`: why an event's mentions were merged (date compatibility,
 * shared actors and places, text similarity, score), and which candidates were considered
 * and rejected, with their scores and the reason.
 */
import { runPipeline } from '../build/pipeline.ts';
import { dateLabel } from '../publish/labels.ts';
import { printErr, printOut } from './print.ts';

/** Run the explain command; returns the exit code. */
export async function explain(root: string, args: string[]): Promise<number> {
  const id = args.find((a) => !a.startsWith('-'));
  if (!id) {
    printErr('Usage: npm run explain -- <event-id>   (ids are in /api/events.json and in event URLs)');
    return 2;
  }
  const result = await runPipeline({ root });
  const redirect = result.data.redirects.find((r) => r.id === id);
  const event = result.events.find((e) => e.id === (redirect ? redirect.to : id));
  if (!event) {
    const close = result.events
      .filter((e) => e.id.includes(id.split('-').slice(-1)[0] ?? id))
      .slice(0, 5)
      .map((e) => e.id);
    const hint = close.length
      ? `Did you mean: ${close.join(', ')}?`
      : 'List ids with: jq -r ".events[].id" _site/api/events.json';
    printErr(`No event "${id}". ${hint}`);
    return 1;
  }
  const out: string[] = [];
  if (redirect) out.push(`${id} was merged into ${event.id}; showing the survivor.`);
  out.push(
    `${event.id}: ${event.title}`,
    `  date ${dateLabel(event.date)} (${event.date.precision}), ${event.status}, ` +
      `actors: ${event.actors.join(', ') || '-'}, places: ${event.places.join(', ') || '-'}`,
    '',
    'Mentions:',
  );
  for (const m of event.mentions) {
    out.push(
      `  ${m.id}  [${m.dateSource ?? 'undated'}${m.dateText ? `: “${m.dateText}”` : ''}] ${m.status}`,
      `      “${m.quote.length > 160 ? `${m.quote.slice(0, 157)}…` : m.quote}”`,
    );
  }
  out.push('', 'Why merged:');
  if (event.links.length === 0) out.push('  a single mention: nothing was merged.');
  for (const l of event.links) {
    out.push(
      `  ${l.mention} joined via ${l.with}: ${l.why}`,
      `      date ${l.date}, shared actors [${l.sharedActors.join(', ')}], shared ` +
        `places [${l.sharedPlaces.join(', ')}], similarity ${l.similarity}, score ${l.score}`,
    );
  }
  const own = new Set(event.mentions.map((m) => m.id));
  const rejected = result.merged.rejections.filter((r) => own.has(r.candidate) || own.has(r.mention));
  out.push('', 'Candidates considered and rejected:');
  if (rejected.length === 0) out.push('  none.');
  for (const r of rejected) {
    const s = r.score;
    out.push(
      `  ${r.mention} vs ${r.candidate}: ${r.reason} (date ${s.date}, shared actors ` +
        `[${s.sharedActors.join(', ')}], places [${s.sharedPlaces.join(', ')}], ` +
        `similarity ${s.similarity}, score ${s.score})`,
    );
  }
  printOut(...out);
  return 0;
}
