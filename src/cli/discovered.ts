/** The build report's list of what the text named and no registry holds, so a user can promote or correct it. */
import type { FoundEntity } from '../lib/entities/consolidate.ts';

/** Names shown per kind; the rest are counted. */
const SHOWN = 12;

/** Lines for the build log: per kind, the most used found names with their first use. */
export function discoveredReport(found: FoundEntity[]): string[] {
  if (found.length === 0) return [];
  const kinds: [FoundEntity['kind'], string][] = [
    ['person', 'people'],
    ['organization', 'organisations'],
    ['place', 'places'],
    ['vessel', 'vessels'],
    ['aircraft', 'aircraft'],
    ['other', 'other craft'],
  ];
  const lines = [
    'Found in the text, in no registry (add an entry to content/actors.yaml or ' +
      'content/places.yaml to correct a name, kind or role):',
  ];
  for (const [kind, label] of kinds) {
    const of = found.filter((e) => e.kind === kind).sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name));
    if (of.length === 0) continue;
    const names = of.slice(0, SHOWN).map((e) => `${e.name}${e.role ? ` (${e.role})` : ''}`);
    lines.push(
      `  ${of.length} ${label}: ${names.join(', ')}${of.length > SHOWN ? `, and ${of.length - SHOWN} more` : ''}`,
    );
  }
  return lines;
}
