/**
 * Dates whose year no evidence gives: each folder in tests/fixtures/publish/year-unknown/ is a
 * small corpus; "May 8" in an article with no date and no year anywhere stays year unknown on
 * every surface (timeline, labels, ids, exports), and takes a year only from evidence.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/build/pipeline.ts';
import { EventsExportSchema } from '../../src/schemas.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const build = (name: string) =>
  runPipeline({ root: path.join(FIXTURES, 'publish', 'year-unknown', name), cacheDir: null });

// No date may be resolved against a default reference (chrono's 2000) or the day of the build.
function expectNoInventedYear(starts: string[]): void {
  const invented = ['2000', String(new Date().getUTCFullYear())];
  for (const s of starts) expect(invented, s).not.toContain(s.slice(0, 4));
}

describe('a date with no year and no evidence for one', () => {
  it('is an event in the year-unknown section, labelled without a year', async () => {
    const { data, events } = await build('no-year-anywhere');
    expect(events.map((e) => e.date)).toEqual([{ start: 'XXXX-05-08', end: 'XXXX-05-08', precision: 'day' }]);
    const [view] = data.events;
    expect(view!.id).toMatch(/^xxxx-05-08-[a-z0-9]+$/);
    expect(view!.dateLabel).toBe('8 May (year unknown)');
    expect(view!.datetime).toBe('05-08');
    expect(data.timeline.story).toEqual([]);
    expect(data.timeline.before).toEqual([]);
    expect(data.timeline.yearUnknown.map((g) => g.label)).toEqual(['Year unknown']);
    expect(data.timeline.yearUnknown[0]!.days[0]!.label).toBe('8 May (year unknown)');
    expectNoInventedYear(events.map((e) => e.date.start));
  });

  it('gets no fake day in the feeds, the calendar or TimelineJS, and stays so in the JSON and CSV', async () => {
    const { data } = await build('no-year-anywhere');
    expect(data.events[0]!.updated).toBeNull();
    expect(data.api.ics).not.toContain('BEGIN:VEVENT');
    expect((data.api.timelinejs as { events: unknown[] }).events).toEqual([]);
    expect(EventsExportSchema.parse(data.api.events).events[0]!.start).toBe('XXXX-05-08');
    expect(data.api.csv).toContain(',XXXX-05-08,XXXX-05-08,day,8 May (year unknown),');
    expect(JSON.stringify(data.events[0]!.jsonld)).not.toContain('startDate');
  });

  it('takes the year of a dated neighbour article', async () => {
    const { events } = await build('dated-neighbour');
    expect(events.map((e) => e.date.start)).toEqual(['2019-05-08', '2019-06-01']);
  });

  it('joins another year-unknown report of the same day and the same occasion', async () => {
    const { events } = await build('two-undated-reports');
    expect(events).toHaveLength(1);
    expect(events[0]!.date.start).toBe('XXXX-05-08');
    expect(new Set(events[0]!.mentions.map((m) => m.article))).toEqual(new Set(['board', 'wire']));
  });

  it('is never joined to a dated event of the same month and day by guessing its year', async () => {
    const { events } = await build('beside-a-dated-event');
    expect(events.map((e) => [e.date.start, e.mentions.map((m) => m.article)])).toEqual([
      ['2018-05-08', ['history']],
      ['XXXX-05-08', ['board']],
    ]);
  });
});
