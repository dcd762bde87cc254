/**
 * A headline audit: every event title classified by the flaws issue 12 names (a bare noun, a
 * clipped phrase, a heading or a dateline, no finite verb, no subject, a name that takes no
 * part in any quote, too many words, a verb that disagrees with its subject, an object its sentence
 * explains after a colon), so that rule changes are measured, not guessed.
 */
import type { Actor, TimelineEvent } from '../types.ts';
import { createMatcher } from '../lib/names/matcher.ts';
import { SAYING_VERBS } from '../lib/lexicon/reporting-verbs.ts';

import { MAIN_CLAUSE_FALLBACK } from '../publish/headline/trim.ts';
import {
  HEADLINE_FLAWS,
  type HeadlineFlaw,
  cutShort,
  endsInsidePhrase,
  titleFlaws,
  vagueObject,
} from '../publish/headline/shape.ts';
import { ANTECEDENT_DEPTH } from '../publish/headline/antecedent.ts';

export {
  HEADLINE_FLAWS,
  type HeadlineFlaw,
  MAX_HEADLINE_WORDS,
  cutShort,
  titleFlaws,
  vagueObject,
} from '../publish/headline/shape.ts';

/** Whether a title stops where its lead's phrase goes on, or inside one of its phrases. */
export const clippedIn = (title: string, lead: string): boolean =>
  cutShort(title, lead) || endsInsidePhrase(title, lead);

/** One title and what is wrong with it. */
export interface AuditedTitle {
  id: string;
  title: string;
  flaws: HeadlineFlaw[];
}

/** The audit of a corpus's titles. */
export interface HeadlineAudit {
  titles: AuditedTitle[];
  /** Titles with each flaw. */
  counts: Record<HeadlineFlaw, number>;
  /** Titles with no flaw at all. */
  clean: number;
}

/** What the audit needs besides the events: the actors names are matched against, and the corpus's headings. */
export interface AuditContext {
  actors: Actor[];
  /** The sentence each title was built from (the event page's lead), by event id. */
  leads: Map<string, string>;
  /** Article headlines and subheadings, as written. */
  headings: Set<string>;
  /** The rules that chose each event's title, by event id. */
  evidence: Map<string, string[]>;
  /**
   * The sentences before the lead in its article, by event id, for a title whose subject is the name
   * its lead's pronoun stands for (rule `pronoun-antecedent`): that name is in one of them.
   */
  before?: Map<string, string[]>;
}

/** Audit every event's title. */
export function auditHeadlines(events: TimelineEvent[], ctx: AuditContext): HeadlineAudit {
  const find = createMatcher(ctx.actors.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: a.shortNames })));
  const titles = events.map((e) => {
    const flaws = titleFlaws(e.title);
    if (ctx.headings.has(e.title) && !flaws.includes('heading-or-dateline')) flaws.push('heading-or-dateline');
    const lead = ctx.leads.get(e.id);
    if (lead && !flaws.includes('clipped') && clippedIn(e.title, lead)) flaws.push('clipped');
    if (lead && vagueObject(e.title, lead)) flaws.push('vague-object');
    if (!namesTakePart(e, find, ctx.before?.get(e.id) ?? [])) flaws.push('name-not-in-quote');
    // A whole quoted sentence is whole by construction, whatever its last word ("…was back on").
    // Its main clause in its own words is a sentence still, not a headline built from it (rule fallback-main-clause).
    const evidence = ctx.evidence.get(e.id) ?? [];
    const quoted = evidence.includes('fallback-whole-sentence')
      ? 'whole-sentence'
      : evidence.includes(MAIN_CLAUSE_FALLBACK)
        ? 'sentence-words'
        : null;
    if (quoted) {
      flaws.push(quoted);
      if (flaws.includes('clipped')) flaws.splice(flaws.indexOf('clipped'), 1);
    }
    flaws.sort((a, b) => HEADLINE_FLAWS.indexOf(a) - HEADLINE_FLAWS.indexOf(b));
    return { id: e.id, title: e.title, flaws };
  });
  const counts = Object.fromEntries(
    HEADLINE_FLAWS.map((f) => [f, titles.filter((t) => t.flaws.includes(f)).length]),
  ) as Record<HeadlineFlaw, number>;
  return { titles, counts, clean: titles.filter((t) => t.flaws.length === 0).length };
}

// A title that says its speaker spoke ("Erdoğan says…", "SVB announces…") names them as what they did.
const thirdPerson = (verb: string): string => (/[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`);
const SAYING = [...SAYING_VERBS, 'announce'];
const TELLS = new RegExp(`\\b(?:${[...SAYING, ...SAYING.map(thirdPerson)].join('|')})\\b`);

/** Whether a title is a quote's own words, some taken away, none changed (rule fallback-main-clause trims so). */
function wordsOf(quote: string, title: string): boolean {
  const words = quote.toLowerCase().split(/[\s,;:]+/);
  let at = 0;
  for (const w of title.toLowerCase().split(/[\s,;:]+/)) {
    at = words.indexOf(w, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Every registry name in the title takes part in the event according to one of its quotes:
 * named by it and not only as the one who reports it (unless the title is what they said).
 * A title that is a quote's own words claims nothing its source does not say.
 */
function namesTakePart(e: TimelineEvent, find: ReturnType<typeof createMatcher>, before: string[]): boolean {
  const plain = (x: string): string =>
    x
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/[“”"]/g, '')
      .replace(/[.!?]+$/, '');
  if (e.mentions.some((m) => wordsOf(plain(m.quote), plain(e.title)))) return true;
  // A name a lead's pronoun stands for is named in a sentence before it.
  const antecedents = new Set(before.flatMap((text) => find(text).map((h) => h.id)));
  return find(e.title).every(
    (hit) =>
      antecedents.has(hit.id) ||
      e.mentions.some(
        (m) =>
          (m.actors.includes(hit.id) || find(m.quote).some((h) => h.id === hit.id && !h.short)) &&
          (!m.speakers.includes(hit.id) || TELLS.test(e.title)),
      ),
  );
}

/** What a build gives the audit: its events, its actors, its sources' headings and the title evidence. */
export interface AuditedBuild {
  events: TimelineEvent[];
  actors: Actor[];
  data: {
    events: { id: string; titleEvidence: { rules: string[] }; quotes: { quote: string; sourceUrl: string }[] }[];
    sources: { url: string; title: string; sentences: { anchor: string; origin: string; text: string }[] }[];
  };
}

/** Audit the titles of a build. */
export function auditBuild(result: AuditedBuild): HeadlineAudit {
  const headings = new Set(
    result.data.sources.flatMap((s) => [
      s.title,
      ...s.sentences.filter((x) => x.origin === 'headline').map((x) => x.text),
    ]),
  );
  const evidence = new Map(result.data.events.map((e) => [e.id, e.titleEvidence.rules]));
  // The lead is the sentence the title was built from, unless a fallback built it from none.
  const leads = new Map(
    result.data.events
      .filter((e) => e.quotes[0] && !e.titleEvidence.rules.some((r) => r.startsWith('fallback')))
      .map((e) => [e.id, e.quotes[0]!.quote]),
  );
  return auditHeadlines(result.events, { actors: result.actors, headings, evidence, leads, before: before(result) });
}

/** The sentences before the lead of each title its rule `pronoun-antecedent` made, nearest first. */
function before(result: AuditedBuild): Map<string, string[]> {
  const sources = new Map(result.data.sources.map((s) => [s.url, s]));
  const out = new Map<string, string[]>();
  for (const e of result.data.events) {
    if (!e.titleEvidence.rules.includes('pronoun-antecedent') || !e.quotes[0]) continue;
    const [url, anchor] = e.quotes[0].sourceUrl.split('#');
    const body = (sources.get(url!)?.sentences ?? []).filter((s) => s.origin !== 'headline');
    const at = body.findIndex((s) => s.anchor === anchor);
    if (at > 0)
      out.set(
        e.id,
        body.slice(Math.max(0, at - ANTECEDENT_DEPTH), at).map((s) => s.text),
      );
  }
  return out;
}
