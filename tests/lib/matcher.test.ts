import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/lib/names/matcher.ts';

const find = createMatcher([
  { id: 'alliance', full: ['Alliance of Film Producers', 'AFP'], short: ['the alliance'] },
  { id: 'guild', full: ['Writers Guild'], short: ['the guild', 'the writers guild'] },
  { id: 'us', full: ['US'], short: [] },
]);
const found = (text: string) => find(text).map((h) => [text.slice(h.start, h.end), h.short]);

describe('createMatcher', () => {
  it('lets a short form give way to a full name that overlaps it and runs on ("the Alliance of Film Producers")', () => {
    expect(found('The guild and the Alliance of Film Producers met.')).toEqual([
      ['The guild', true],
      ['Alliance of Film Producers', false],
    ]);
  });
  it('lets a short form give way to a full name inside it ("the Writers Guild" is the full "Writers Guild")', () => {
    expect(found('Then the Writers Guild struck.')).toEqual([['Writers Guild', false]]);
  });
  it('still finds a short form alone, marked short', () => {
    expect(found('Later the alliance said no.')).toEqual([['the alliance', true]]);
  });
  it('ignores case and possessives, but matches a short capital alias only in capitals', () => {
    expect(found("the writers guild's offer reached us, then the US")).toEqual([
      ["writers guild's", false],
      ['US', false],
    ]);
  });
});
