import { describe, expect, it } from 'vitest';
import { normaliseDates, resolveDates, toDateSpan } from '../../src/lib/dates/index.ts';
import { daysBetween } from '../../src/lib/dates/calendar.ts';

const one = (text: string, ref: string | null = '2025-05-15') => {
  const found = normaliseDates(text, { date: ref });
  expect(found, `one expression in: ${text}`).toHaveLength(1);
  return found[0]!;
};

describe('normaliseDates: the cases issue 2 names', () => {
  it('completes "May 15" with the year of the reference', () => {
    expect(one('The meeting was held on May 15.')).toMatchObject({
      text: 'May 15',
      value: '2025-05-15',
      precision: 'day',
    });
  });
  it('reads "last night" as the day before the reference, not midnight of it', () => {
    expect(one('Since last night, the talks stalled.')).toMatchObject({ value: '2025-05-14', precision: 'day' });
  });
  it('joins "yesterday and today" into one range', () => {
    expect(one('The minister attended yesterday and today the meeting.')).toMatchObject({
      text: 'yesterday and today',
      value: '2025-05-14',
      endValue: '2025-05-15',
    });
  });
  it('puts "last August" in the previous year for an article of May', () => {
    expect(one('Kursk was invaded last August.')).toMatchObject({ value: '2024-08', precision: 'month' });
    expect(one('Kursk was invaded last August.', '2025-09-02')).toMatchObject({ value: '2025-08' });
  });
  it('keeps "March 2022" at month precision', () => {
    expect(one('They met in March 2022 in Istanbul.')).toMatchObject({ value: '2022-03', precision: 'month' });
  });
  it('reads "June 24–25" with an en dash as a range', () => {
    expect(one('The summit is scheduled for June 24–25.')).toMatchObject({
      value: '2025-06-24',
      endValue: '2025-06-25',
      precision: 'day',
    });
  });
  it('resolves "next month" to the following month', () => {
    expect(one('They will prepare next month’s summit.', '2025-12-13')).toMatchObject({
      value: '2026-01',
      precision: 'month',
    });
  });
  it('finds a bare year after "in"', () => {
    expect(one('the target agreed upon in 2014 (Spain')).toMatchObject({
      text: '2014',
      value: '2014',
      precision: 'year',
    });
  });
  it('offsets index the input in JS string units', () => {
    const text = 'Erdoğan 🇹🇷 met him on May 13 in Ankara.';
    const e = one(text);
    expect(text.slice(e.start, e.end)).toBe('May 13');
  });
});

describe('normaliseDates: counted back from today', () => {
  it('reads "a week ago today" and "six months ago today" as days', () => {
    expect(one('A week ago today, the board fired its chief.', '2023-11-24')).toMatchObject({
      text: 'A week ago today',
      value: '2023-11-17',
      precision: 'day',
    });
    expect(one('Six months ago today the plant closed.', '2024-03-15')).toMatchObject({ value: '2023-09-15' });
  });
});

describe('normaliseDates: a past tense keeps a bare month behind', () => {
  it('puts "announced … in January", written in November, in the January before', () => {
    expect(one('The group announced a further investment in January.', '2023-11-17')).toMatchObject({
      value: '2023-01',
      precision: 'month',
    });
  });
  it('keeps a bare month of the future ahead', () => {
    expect(one('The group will announce a further investment in January.', '2023-11-17')).toMatchObject({
      value: '2024-01',
    });
  });
});

describe('normaliseDates: what is not a date', () => {
  it.each([
    'a total 30-day ceasefire',
    '1,000 prisoners were exchanged',
    'the 32 allies agreed',
    'spending of 5 per cent',
    'Article 5 of the treaty',
    'a 24/7 hotline',
    'the 9/11 commission',
    'a 3-2 win',
    'officials may decide',
    'a protest march',
    'the Agenda 2030 plan',
    'a 2,000-strong force',
    'it was a Monday like any other',
    'the market opens every Friday',
  ])('%s', (text) => {
    expect(normaliseDates(text, { date: '2025-05-15' })).toEqual([]);
  });
  it('reads "June 23, a Saturday" as one day, never a second date on the Saturday nearest the reference', () => {
    const found = normaliseDates('They entered the cave on June 23, a Saturday, after practice.', {
      date: '2018-07-11',
    });
    expect(found.map((e) => e.value)).toEqual(['2018-06-23']);
  });
  it('never reads a share after a date as its year ("April 17, 97.85%")', () => {
    for (const text of ['announced on April 17, 97.85% of members', 'on April 17, 20 per cent of them'])
      expect(normaliseDates(text, { date: '2023-05-02' }).map((e) => e.value)).toEqual(['2023-04-17']);
  });
});

describe('normaliseDates: reference and anchors', () => {
  it('leaves the year unknown rather than inventing one', () => {
    expect(one('It happened on May 16.', null)).toMatchObject({ value: 'XXXX-05-16' });
  });
  it('uses a year hint when the day is unknown', () => {
    expect(normaliseDates('on May 16', { date: null, yearHint: 2025 })[0]).toMatchObject({ value: '2025-05-16' });
  });
  it('anchors "the day before" to the last date mentioned', () => {
    const found = normaliseDates('The summit opened on June 3; the day before, ministers met.', { date: '2025-05-15' });
    expect(found.map((e) => e.value)).toEqual(['2025-06-03', '2025-06-02']);
  });
  it('turns a week into a day range on the timeline', () => {
    const [span] = resolveDates('I spoke with him last week.', { date: '2025-05-13' });
    expect(toDateSpan(span!.resolution)).toEqual({ start: '2025-05-05', end: '2025-05-11', precision: 'day' });
  });
  it('chooses the year nearest the reference for a bare date, whatever the tense', () => {
    expect(one('Fidan discussed how to convene the sides on May 15.', '2025-05-13')).toMatchObject({
      value: '2025-05-15',
    });
    expect(one('They met on December 28.', '2026-01-04')).toMatchObject({ value: '2025-12-28' });
  });
  it('puts "in the morning" on the day just told about, never on one told about paragraphs before', () => {
    const text = 'The bus left in the morning.';
    expect(normaliseDates(text, { date: null, anchor: '2022-06-01', anchorIsRecent: true })[0]?.value).toBe(
      '2022-06-01',
    );
    expect(normaliseDates(text, { date: null, anchor: '2022-06-01', anchorIsRecent: false })).toEqual([]);
  });
  it('counts "four years later" from the month or year last told, at its precision, not from the day of writing', () => {
    const later = (text: string, lastTold: string) => normaliseDates(text, { date: '2024-01-20', lastTold })[0]?.value;
    expect(later('Four years later, a panel fell off.', '2020-01')).toBe('2024-01');
    expect(later('Two years later, he resigned.', '2019')).toBe('2021');
    expect(later('Six months later, he resigned.', '2019')).toBeUndefined();
    expect(
      normaliseDates('He took over in January 2020. Four years later, a panel fell off.', { date: '2024-01-20' })[1],
    ).toMatchObject({ value: '2024-01', precision: 'month' });
  });
  it('reads a weekday after a present state ("markets are closed on Monday") as the coming one', () => {
    // 2023-11-19 is a Sunday.
    expect(one('Markets are closed on Monday for a holiday.', '2023-11-19').value).toBe('2023-11-20');
    expect(one('Markets closed on Monday for a holiday.', '2023-11-19').value).toBe('2023-11-13');
  });
  it('completes a bare date with the year its paragraph just wrote out', () => {
    expect(
      normaliseDates('On Nov. 2, the site published it.', { date: '2023-11-05', statedYear: 2022 })[0]?.value,
    ).toBe('2022-11-02');
  });
});

describe('normaliseDates: no reference, no invented date', () => {
  it('gives "15 hours after" and "within an hour" no calendar date, with or without a reference', () => {
    for (const date of [null, '2019-04-16']) {
      const found = normaliseDates('Firefighters said 15 hours after it began, and within an hour, that it was out.', {
        date,
      });
      expect(found.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.value))).toEqual([]);
    }
  });
  it('keeps the year of "May 8" unknown when nothing gives it', () => {
    const [may] = normaliseDates('Officials said on May 8 that rebuilding would start.', { date: null });
    expect(may?.value).toBe('XXXX-05-08');
  });
});

describe('normaliseDates: a stated weekday picks the year', () => {
  it('moves "Wednesday, March 4" to the year beside the evidence in which it is a Wednesday', () => {
    expect(normaliseDates('The storm hit on Wednesday, March 4.', { date: null, yearHint: 2021 })[0]?.value).toBe(
      '2020-03-04',
    );
    expect(normaliseDates('The storm hit on Thursday, March 4.', { date: '2021-03-10' })[0]?.value).toBe('2021-03-04');
  });
  it('never guesses a year from the weekday alone', () => {
    expect(normaliseDates('The storm hit on Wednesday, March 4.', { date: null })[0]?.value).toBe('XXXX-03-04');
  });
});

describe('normaliseDates: a year hint with the day its evidence starts', () => {
  const hint = { date: null, yearHint: 2023, notBefore: '2023-10-11' };
  it('puts what is still to come after that day: "set for March 28" is in the next year', () => {
    expect(normaliseDates('Sentencing is set for March 28.', hint)[0]?.value).toBe('2024-03-28');
    expect(normaliseDates('The next payment is due in January.', hint)[0]?.value).toBe('2024-01');
  });
  it('leaves what is told as past, or later in the year, in the hint year', () => {
    expect(normaliseDates('The bail was revoked on March 28.', hint)[0]?.value).toBe('2023-03-28');
    expect(normaliseDates('The verdict is set for November 2.', hint)[0]?.value).toBe('2023-11-02');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across month, year and daylight-saving changes, and refuses a non-day', () => {
    expect(daysBetween('2025-05-15', '2025-05-16')).toBe(1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2025-03-29', '2025-04-01')).toBe(3);
    expect(daysBetween('2025-05-16', '2025-05-15')).toBe(-1);
    expect(daysBetween('XXXX-05-15', '2025-05-16')).toBeNaN();
  });
});

describe('normaliseDates: weekends', () => {
  const span = (text: string, ref: string) =>
    normaliseDates(text, { date: ref }).map((e) => `${e.value}..${e.endValue}`);
  it('reads "last weekend" as the Saturday and Sunday of the week before', () => {
    expect(span('Crews began cutting the steel last weekend.', '2024-04-10')).toEqual(['2024-04-06..2024-04-07']);
  });
  it('reads "over the weekend" told in the past as the weekend just gone, and in the future as the coming one', () => {
    expect(span('Several contractors were detained over the weekend.', '2023-02-13')).toEqual([
      '2023-02-11..2023-02-12',
    ]);
    expect(span('The ministers will meet at the weekend.', '2023-02-13')).toEqual(['2023-02-18..2023-02-19']);
  });
  it('reads "this weekend" and "next weekend" from the reference week', () => {
    expect(span('The vote is this weekend, the count next weekend.', '2024-04-10')).toEqual([
      '2024-04-13..2024-04-14',
      '2024-04-20..2024-04-21',
    ]);
  });
  it('finds no date in "weekends", a habit', () => {
    expect(normaliseDates('The market is closed on weekends.', { date: '2024-04-10' })).toEqual([]);
  });
});

describe('normaliseDates: parts of a day counted from the day told', () => {
  it('reads "the next morning" and "the previous evening" from the last day the text named', () => {
    const found = normaliseDates(
      'The talks opened on March 4. They resumed the next morning; he had flown in the previous evening.',
      {
        date: '2024-04-10',
      },
    );
    expect(found.map((e) => e.value)).toEqual(['2024-03-04', '2024-03-05', '2024-03-03']);
  });
  it('counts "the same day" from the day told, not from a week told after it', () => {
    const found = normaliseDates('They met on Thursday about last week’s flood. Others met the same day.', {
      date: '2021-02-26',
    });
    expect(found.map((e) => e.value)).toEqual(['2021-02-25', '2021-W07', '2021-02-25']);
  });
  it('reads "in the early hours of Feb. 15" as Feb. 15 alone', () => {
    expect(one('Outages began in the early hours of Feb. 15, officials said.', '2021-02-26')).toMatchObject({
      text: 'Feb. 15',
      value: '2021-02-15',
    });
  });
  it('reads a bare weekday by the verb of its own clause, not by a modal in a purpose clause after it', () => {
    const text = 'On Monday the Coast Guard opened a channel, so that barges could move in and out.';
    expect(one(text, '2024-04-06')).toMatchObject({ text: 'Monday', value: '2024-04-01' });
    const plan = 'Officials are due to testify on Tuesday and before the House on Wednesday about what went wrong.';
    expect(normaliseDates(plan, { date: '2023-03-27' }).map((e) => e.value)).toEqual(['2023-03-28', '2023-03-29']);
  });
  it('counts "the day after the collapse" from the collapse, so not from the day last told', () => {
    const text = 'Divers recovered a body on Friday. Two more were found on the day after the collapse.';
    expect(normaliseDates(text, { date: '2024-04-06' }).map((e) => e.text)).toEqual(['Friday']);
    const next = 'Divers recovered a body on Friday. The next day the army left.';
    expect(normaliseDates(next, { date: '2024-04-06' }).map((e) => e.value)).toEqual(['2024-04-05', '2024-04-06']);
  });
  it('keeps "about an hour later" and "shortly afterwards" on the day told', () => {
    for (const later of ['The spire toppled about an hour later.', 'Shortly afterwards the spire toppled.']) {
      const found = normaliseDates(`The fire broke out on Monday. ${later}`, { date: '2019-04-17' });
      expect(found.map((e) => e.value)).toEqual(['2019-04-15', '2019-04-15']);
    }
  });
  it('counts "the following day" from no day when the weekday before it has no reference to resolve against', () => {
    const text =
      'They met on March 3, 2023. Under cross-examination on Monday and again the following day, he denied it.';
    expect(normaliseDates(text, { date: null }).map((e) => e.text)).toEqual(['March 3, 2023']);
  });
  it('reads "that same year" and "later that month" as the year and the month last told', () => {
    const text = 'The writers struck on March 3, 2007. Netflix began streaming that same year, and later that month';
    expect(normaliseDates(`${text} a rival followed.`, { date: '2023-05-10' }).map((e) => e.value)).toEqual([
      '2007-03-03',
      '2007',
      '2007-03',
    ]);
  });
});
