import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';
import { extractFixture } from '../helpers/extract.ts';

describe('extract fixtures', () => {
  for (const c of fixtureCases('extract')) {
    it(c.name, async () => {
      const { mentions, unknownPeople } = await extractFixture(c.dir);
      expectFixture(c.dir, {
        mentions: mentions.map((m) => ({
          id: m.id.split('#')[1],
          date: m.date,
          dateText: m.dateText,
          dateSource: m.dateSource,
          status: m.status,
          actors: m.actors,
          places: m.places,
          tiedTo: m.tiedTo?.split('#')[1] ?? null,
          sameOccasion: m.sameOccasion?.split('#')[1] ?? null,
          goesOnFrom: m.goesOnFrom?.split('#')[1] ?? null,
          clause: m.quote.slice(m.clause[0], m.clause[1]),
          speakers: m.speakers,
          weak: m.weak,
          rules: m.rules,
        })),
        unknownPeople: unknownPeople.map((p) => p.name),
      });
    });
  }
});

const ANCHORS = path.join(import.meta.dirname, '..', 'fixtures', 'extract', 'clauses-and-anchors');
const clauseOf = (m: { quote: string; clause: [number, number] }): string => m.quote.slice(m.clause[0], m.clause[1]);

describe('clauses, asides and anchors', () => {
  it('dates a quotation by its own date, and lets the frame around it stand undated', async () => {
    const { mentions } = await extractFixture(ANCHORS);
    const quote = mentions.find((m) => m.date?.start === '2021-06')!;
    expect(clauseOf(quote)).toMatch(/^“We came close/);
    expect(mentions.find((m) => clauseOf(m).startsWith('In his address'))!.date).toBeNull();
    // The quotation goes on in the next sentence, which goes on from it.
    expect(mentions.find((m) => m.quote.startsWith('Yet our hopes'))!.goesOnFrom).toBe(quote.id);
  });
  it('dates "since the onset of the storm in February 2024" to the storm, not the sentence', async () => {
    const { mentions } = await extractFixture(ANCHORS);
    expect(clauseOf(mentions.find((m) => m.date?.start === '2024-02')!)).toBe(
      'the onset of the storm in February 2024',
    );
    expect(
      mentions.find((m) => m.quote.startsWith('Ana Lopes has convened') && clauseOf(m).startsWith('Ana'))!.date,
    ).toBeNull();
  });
  it('keeps "as was the case in May 2019" apart, with the main clause\'s kind of event', async () => {
    const { mentions } = await extractFixture(ANCHORS);
    const aside = mentions.find((m) => m.date?.start === '2019-05')!;
    expect(aside.triggers).toContain('host');
    expect(mentions.find((m) => m.quote.startsWith('Porto stands') && !m.date)!.places).toEqual([]);
  });
  it('splits "Although X pulled out, Y will meet" and treats "of Porto and Braga" as the sides, not venues', async () => {
    const { mentions } = await extractFixture(ANCHORS);
    const [concession, main] = mentions.filter((m) => m.quote.startsWith('Although'));
    expect(concession!.triggers).toContain('withdrew');
    expect(main!.places).toEqual(['coimbra']);
    expect(main!.status).toBe('planned');
  });
  it('dates "on March 12, two days after the river burst its banks" to March 10 for the after-clause', async () => {
    const { mentions } = await extractFixture(ANCHORS);
    expect(mentions.filter((m) => m.quote.startsWith('Lopes met Costa')).map((m) => m.date?.start)).toEqual([
      '2024-03-12',
      '2024-03-10',
    ]);
  });
  it('puts a bare clock time on the day being told about, and "afterwards" on the story\'s day, not a background year', async () => {
    const { mentions } = await extractFixture(ANCHORS);
    expect(mentions.find((m) => m.quote.startsWith('The two shook hands'))!.date?.start).toBe('2024-03-12');
    expect(mentions.find((m) => m.quote.startsWith('Afterwards'))!.date?.start).toBe('2024-03-12');
  });
  it('records who only reports an event as its speaker', async () => {
    const { mentions } = await extractFixture(ANCHORS);
    expect(mentions.find((m) => m.quote.startsWith('Costa indicated'))!.speakers).toEqual(['rui-costa']);
  });
});

describe('extract rules', () => {
  it('splits "A met B in X, while C reached Y" into two clauses with their own places', async () => {
    const { mentions } = await extractFixture(
      path.join(import.meta.dirname, '..', 'fixtures', 'extract', 'status-and-clauses'),
    );
    const monday = mentions.filter((m) => m.quote.startsWith('Prime Minister Ana Lopes met'));
    expect(monday.map((m) => m.places)).toEqual([['porto'], ['braga']]);
    expect(monday.map((m) => m.date?.start)).toEqual(['2024-03-04', '2024-03-04']);
  });
  it('never dates an event by "since 2001"', async () => {
    const { mentions } = await extractFixture(
      path.join(import.meta.dirname, '..', 'fixtures', 'extract', 'status-and-clauses'),
    );
    expect(mentions.some((m) => m.date?.start === '2001')).toBe(false);
  });
  it('marks scheduled and future-dated clauses as planned, reported ones as happened', async () => {
    const { mentions } = await extractFixture(
      path.join(import.meta.dirname, '..', 'fixtures', 'extract', 'status-and-clauses'),
    );
    const byDate = Object.fromEntries(mentions.filter((m) => m.date).map((m) => [m.date!.start, m.status]));
    expect(byDate).toMatchObject({ '2024-03-04': 'happened', '2024-03-12': 'planned', '2024-03-14': 'planned' });
  });
  it('matches short names only after a full name in the same article', async () => {
    const { mentions } = await extractFixture(
      path.join(import.meta.dirname, '..', 'fixtures', 'extract', 'status-and-clauses'),
    );
    expect(mentions.find((m) => m.date?.start === '2024-03-12')!.actors).toEqual(['ana-lopes']);
  });
});
