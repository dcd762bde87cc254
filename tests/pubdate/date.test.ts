import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { decodeArticle } from '../../src/read/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { datePublication, datePublications } from '../../src/pubdate/index.ts';

const parse = (name: string, text: string) => {
  const r = decodeArticle(`content/articles/${name}`, new TextEncoder().encode(text), new Map());
  return { parsed: parseArticle(r.source!, r.file), file: r.file };
};

describe('datePublication', () => {
  it('prefers front matter', () => {
    const { parsed } = parse('a.md', '---\ndate: 2024-02-10\n---\nStamp date 2023-01-01 here. They met on Monday.\n');
    expect(datePublication(parsed)).toMatchObject({ date: '2024-02-10', from: 'front-matter' });
  });
  it('reads a metadata stamp at the top of the text', () => {
    const { parsed } = parse(
      'b.txt',
      ' date 2025-05-13 Leaders gear up for talks\n\nThe president met the minister on May 13.\n',
    );
    expect(datePublication(parsed)).toMatchObject({ date: '2025-05-13', from: 'text' });
  });
  it('reads a dateline with a weekday', () => {
    const { parsed } = parse(
      'c.txt',
      'POLITICS\nHeadline About Talks Here\nIstanbul, TurkeyTue May 13 2025\nThe president said talks would go ahead.\n',
    );
    expect(datePublication(parsed)).toMatchObject({ date: '2025-05-13', from: 'text' });
  });
  it('combines "this morning (May 15)" with the year of an embedded post', () => {
    const text =
      'Diplomats have watched since this morning (May 15) the talks.\nI met the president in Ankara. pic.twitter.com/x\n– Some One (@someone) May 15, 2025\n';
    const { parsed } = parse('d.txt', text);
    expect(datePublication(parsed)).toMatchObject({ date: '2025-05-15', from: 'text' });
    expect(datePublication(parsed).evidence).toContain('this morning (May 15)');
  });
  it('leaves the date unknown rather than guessing, but keeps the year the text gives', () => {
    const { parsed } = parse(
      'e.txt',
      'The talks resumed after a pause. In May 2025, the sides met in the city. They met again on May 16.\n',
    );
    expect(datePublication(parsed)).toMatchObject({ date: null, from: 'unknown', yearHint: 2025 });
  });
  it('reads the day in the URL path, in any of the usual spellings, and only a real day', () => {
    for (const url of [
      'https://x.example/live/2023/11/02/verdict',
      'https://x.example/news/20231102.htm',
      'https://x.example/2023-11-02-verdict',
    ]) {
      const { parsed } = parse('u.md', `---\nurl: ${url}\n---\nThe jury returned its verdict.\n`);
      expect(datePublication(parsed), url).toMatchObject({ date: '2023-11-02', from: 'text' });
      expect(datePublication(parsed).evidence).toContain('URL path');
    }
    const { parsed } = parse(
      'v.md',
      '---\nurl: https://x.example/2023/02/30/story and https://x.example/id/123456789\n---\nThe jury met.\n',
    );
    expect(datePublication(parsed).date).toBeNull();
  });
  it("takes a dateline's year from the copyright line before the future dates the article names", () => {
    const text =
      'NEW YORK, Nov 2 (Example Wire) - The jury convicted him on Thursday. Sentencing is set for March 28, 2024.\n\n© 2023 Example Wire\n';
    const { parsed } = parse('w.txt', text);
    expect(datePublication(parsed)).toMatchObject({ date: '2023-11-02' });
    expect(datePublication(parsed).evidence).toContain('copyright');
  });
  it('completes an undated dateline with the year its dated neighbours were published in', () => {
    const a = parse('dated.md', '---\ndate: 2018-06-12\n---\nThe leaders met in Singapore and signed a statement.\n');
    const b = parse(
      'wire.txt',
      'SINGAPORE, June 12 (Example Wire) - The leaders met in Singapore and signed a statement on Tuesday.\n',
    );
    const [, wire] = datePublications([a.parsed, b.parsed], new Map());
    expect(wire!.publication).toMatchObject({ date: '2018-06-12', from: 'text' });
    expect(wire!.publication.evidence).toContain('2018');
  });
  it('never uses the build date: an article with no dates at all stays unknown', () => {
    const { parsed, file } = parse('f.txt', 'Officials said the plan was under review.\n');
    const [article] = datePublications([parsed], new Map([['f', file]]));
    expect(article!.publication.date).toBeNull();
    expect(file.messages.map((m) => m.ruleId)).toContain('date/unknown-publication');
  });
  it('infers the date of an undated near-duplicate from its dated original, with evidence', () => {
    const original = parse(
      'orig.txt',
      '---\ndate: 2025-03-02\n---\nThe river flooded the old town of Varna after three days of rain. The mayor ordered the evacuation of the harbour district and the ferry terminal. Rescue teams from Burgas arrived with boats.\n',
    );
    const copy = parse(
      'copy.txt',
      'Three days of rain flooded the old town of Varna. The mayor ordered an evacuation of the harbour district and ferry terminal. Boats and rescue teams arrived from Burgas.\n',
    );
    const other = parse(
      'other.txt',
      '---\ndate: 2025-03-01\n---\nThe central bank raised interest rates by half a point to fight inflation, its governor said.\n',
    );
    const files = new Map<string, VFile>([
      ['orig', original.file],
      ['copy', copy.file],
      ['other', other.file],
    ]);
    const dated = datePublications([original.parsed, copy.parsed, other.parsed], files);
    expect(dated[1]!.publication).toMatchObject({ date: '2025-03-02', from: 'inferred' });
    expect(dated[1]!.publication.evidence).toContain('orig');
  });
  it('dates an undated rewrite that copies two sentences word for word, though it adds much of its own', () => {
    const wire = parse(
      'wire.txt',
      '---\ndate: 2025-03-02\n---\nThe river flooded the old town of Varna after three days of rain. The mayor ordered the evacuation of the harbour district and the ferry terminal. Rescue teams from Burgas arrived with boats. The storm is expected to move east.\n',
    );
    const local = parse(
      'local.txt',
      'Families in the fishing quarter spent the night with relatives and neighbours. Schools stayed closed and the market hall became a shelter with camp beds. The mayor ordered the evacuation of the harbour district and the ferry terminal. Rescue teams from Burgas arrived with boats. Volunteers handed out bread, blankets and dry clothes to everyone who came.\n',
    );
    const other = parse(
      'other.txt',
      '---\ndate: 2025-03-01\n---\nThe central bank raised interest rates by half a point to fight inflation, its governor said.\n',
    );
    const files = new Map<string, VFile>([
      ['wire', wire.file],
      ['local', local.file],
      ['other', other.file],
    ]);
    const dated = datePublications([wire.parsed, local.parsed, other.parsed], files);
    expect(dated[1]!.publication).toMatchObject({ date: '2025-03-02', from: 'inferred' });
    expect(dated[1]!.publication.evidence).toContain('2 sentences nearly word for word');
  });
  it('dates a next-day follow-up a day after the report it resembles, when its lead says "yesterday"', () => {
    const original = parse(
      'orig.txt',
      '---\ndate: 2025-03-02\n---\nThe river flooded the old town of Varna on Sunday after three days of rain. The mayor ordered the evacuation of the harbour district and the ferry terminal. Rescue teams from Burgas arrived with boats.\n',
    );
    const followUp = parse(
      'next.txt',
      "Yesterday's flood in the old town of Varna followed three days of rain. The mayor's evacuation of the harbour district and ferry terminal held. Rescue teams from Burgas stayed with their boats.\n",
    );
    const sameDay = parse(
      'copy.txt',
      'Three days of rain flooded the old town of Varna. The mayor ordered an evacuation of the harbour district and ferry terminal. Boats and rescue teams arrived from Burgas.\n',
    );
    const files = new Map<string, VFile>([
      ['orig', original.file],
      ['next', followUp.file],
      ['copy', sameDay.file],
    ]);
    const dated = datePublications([original.parsed, followUp.parsed, sameDay.parsed], files);
    expect(dated[1]!.publication).toMatchObject({ date: '2025-03-03', from: 'inferred' });
    expect(dated[1]!.publication.evidence).toContain('Yesterday');
    expect(dated[2]!.publication.date).toBe('2025-03-02');
  });
  it('reads a bare "Wednesday, October 11" stamp in the first year after the dates the article narrates', () => {
    const text =
      'Ledger news\n\nWednesday, October 11\n\nThe ferry company was sold on Dec. 12, 2022, to a rival. Its former chief testified on Tuesday.\n';
    const { parsed } = parse('stamp.md', text);
    // 11 October 2022 was a Tuesday; 2023 is the first later year where it is a Wednesday.
    expect(datePublication(parsed)).toMatchObject({ date: '2023-10-11', from: 'text' });
    expect(datePublication(parsed).evidence).toContain('Wednesday, October 11');
    const wrongDay = parse('stamp2.md', text.replace('Wednesday', 'Friday'));
    expect(datePublication(wrongDay.parsed).date).toBeNull();
  });
  it("takes its neighbours' year over the background years an undated article names, never a year before them", () => {
    const wire = parse(
      'wire.txt',
      '---\ndate: 2023-11-02\n---\nThe jury found the founder guilty on Thursday in Manhattan.\n',
    );
    const analysis = parse(
      'analysis.txt',
      'The fraud began in 2019 and collapsed in November 2022. The trial opened on Oct. 3 with jury selection.\n',
    );
    const later = parse(
      'later.txt',
      'The founder was arrested in March 2024. The trial opened on Oct. 3 with jury selection.\n',
    );
    const [, background, after] = datePublications([wire.parsed, analysis.parsed, later.parsed], new Map());
    expect(background!.publication).toMatchObject({ date: null, yearHint: 2023 });
    expect(after!.publication.yearHint).toBe(2024);
  });
  it("completes a year-less stamp with the neighbours' year, not with the background years the article names", () => {
    const wire = parse('wire.txt', '---\ndate: 2023-03-10\n---\nRegulators closed the bank on Friday.\n');
    const local = parse(
      'local.txt',
      'Posted March 27 · Updated 5:12 p.m.\n\nThe lender grew through deals in 2009 and 2022. It bought the failed bank on Sunday.\n',
    );
    const [, stamped] = datePublications([wire.parsed, local.parsed], new Map());
    expect(stamped!.publication).toMatchObject({ date: '2023-03-27', from: 'text' });
  });
  it('reads a bare "October 10 · 9:05" line as the page stamp, and a later year the article only looks ahead to as no evidence of when it was written', () => {
    const wire = parse('wire.txt', '---\ndate: 2023-09-27\n---\nThe strike ended on Wednesday.\n');
    const followUp = parse(
      'follow-up.md',
      'October 10 · 9:05\n\nMembers approved the contract. The contract runs until May 1, 2026. Voting opened on Oct. 2.\n',
    );
    const [, stamped] = datePublications([wire.parsed, followUp.parsed], new Map());
    expect(stamped!.publication).toMatchObject({ date: '2023-10-10', from: 'text', yearHint: 2023 });
    expect(stamped!.furniture.map((f) => f.reason)).toContain('metadata-stamp');
  });
});
