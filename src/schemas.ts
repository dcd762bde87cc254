/**
 * The public shapes, as zod schemas: what a user writes (site settings, the actor registry, the
 * place gazetteer) and what the site publishes (/api/events.json, /api/articles.json,
 * /api/actors.json). Their types are inferred from these schemas; the exports are checked
 * against them at build time (strict objects: a field the schema lacks is a build error).
 */
import { z } from 'zod';
import { cleanLabel } from './lib/text/index.ts';

const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a slug of a-z, 0-9 and hyphens');
const names = z.array(z.string().min(1)).default([]);

/** content/site.yaml: the site's title, address, language and sub-path; defaults fill what is missing. */
// Validated by the same parser the exports use, so that what passes here never throws there.
const httpUrl = (u: string): boolean => {
  try {
    const url = new URL(u);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
  } catch {
    return false;
  }
};

export const SettingsSchema = z.object({
  title: z.string().min(1).transform(cleanLabel).default('News timeline'),
  description: z
    .string()
    .transform(cleanLabel)
    .default('A timeline of events, built from news articles, with every source quoted.'),
  baseUrl: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, 'baseUrl must be an absolute http(s) URL')
    .refine(httpUrl, 'baseUrl must be a URL a browser can open, such as https://example.com')
    .transform((u) => u.replace(/\/+$/, ''))
    .default('http://localhost:8080'),
  pathPrefix: z
    .string()
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'pathPrefix must start and end with a slash, e.g. /timeline/')
    .default('/'),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
    .default('en'),
});

/** One entry of content/actors.yaml. */
export const ActorEntrySchema = z.object({
  id: slugId,
  name: z.string().min(1),
  // Besides people and bodies, what a story turns on: a ship, an aircraft, a named storm.
  kind: z.enum(['person', 'organization', 'vessel', 'aircraft', 'storm', 'other']).default('person'),
  role: z.string().nullish(),
  country: z.string().nullish(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .nullish(),
  aliases: names,
  shortNames: names,
});

/** One entry of content/places.yaml. */
export const PlaceEntrySchema = z.object({
  id: slugId,
  name: z.string().min(1),
  kind: z.string().default('place'),
  country: z.string().nullish(),
  aliases: names,
});

const precision = z.enum(['day', 'month', 'year']);
const nameRef = z.strictObject({ id: z.string(), name: z.string() });

/** Why two mentions were merged, as exported. */
const MergeLinkSchema = z.strictObject({
  mention: z.string(),
  with: z.string(),
  score: z.number(),
  date: z.enum(['same', 'contained', 'inherited']),
  sharedActors: z.array(z.string()),
  sharedPlaces: z.array(z.string()),
  similarity: z.number(),
  why: z.string(),
  rule: z.string(),
  accepted: z.string().optional(),
});

/**
 * A timeline date at its precision: YYYY-MM-DD, YYYY-MM or YYYY; the year is spelled XXXX (TIMEX3) when no
 * source gives it ("XXXX-05-08"), so a reader can never mistake a guessed year for a stated one.
 */
export const TimelineDateSchema = z
  .string()
  .regex(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|XXXX-\d{2}(?:-\d{2})?)$/, 'a date YYYY[-MM[-DD]] or XXXX-MM[-DD]');

/** /api/events.json */
export const EventsExportSchema = z.strictObject({
  events: z.array(
    z.strictObject({
      id: z.string(),
      url: z.string(),
      start: TimelineDateSchema,
      end: TimelineDateSchema,
      precision,
      status: z.enum(['happened', 'planned']),
      title: z.string(),
      titleEvidence: z.strictObject({ score: z.number(), rules: z.array(z.string()) }),
      dateLabel: z.string(),
      summary: z.string(),
      actors: z.array(nameRef),
      places: z.array(z.string()),
      aliases: z.array(z.string()),
      sources: z.array(
        z.strictObject({
          article: z.string(),
          quote: z.string(),
          dateText: z.string().nullable(),
          dateSource: z.enum(['sentence', 'embed', 'paragraph', 'anchor', 'merge']).nullable(),
          url: z.string(),
        }),
      ),
      merge: z.array(MergeLinkSchema),
    }),
  ),
});

/** /api/articles.json */
export const ArticlesExportSchema = z.strictObject({
  articles: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      publisher: z.string().nullable(),
      url: z.string().nullable(),
      published: z.string().nullable(),
      publishedFrom: z.enum(['front-matter', 'text', 'inferred', 'unknown']),
      publishedEvidence: z.string().nullable(),
      file: z.string(),
      events: z.array(z.string()),
      page: z.string(),
    }),
  ),
});

/** /api/actors.json */
export const ActorsExportSchema = z.strictObject({
  actors: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      role: z.string().nullable(),
      kind: z.string(),
      country: z.string().nullable(),
      wikidata: z.string().nullable(),
      events: z.array(z.string()),
      url: z.string(),
    }),
  ),
});

/** The JSON exports. */
export type EventsExport = z.infer<typeof EventsExportSchema>;
export type ArticlesExport = z.infer<typeof ArticlesExportSchema>;
export type ActorsExport = z.infer<typeof ActorsExportSchema>;
