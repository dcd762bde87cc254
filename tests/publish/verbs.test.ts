/** The headline tense of a verb agrees with its subject (src/publish/headline/verbs.ts). */
import { describe, expect, it } from 'vitest';
import { headlineVerb, pronounFor } from '../../src/publish/headline/verbs.ts';

describe('headline verbs agree with their subject', () => {
  it('reads "they", "we" and "I" as taking the plural form', () => {
    for (const subject of ['they', 'We', 'I']) expect(pronounFor(subject), subject).toBe('they');
    expect(headlineVerb('they', 'hoped', false)).toBe('hope');
  });
  it('reads a name and a coordinated pair as they are', () => {
    expect(pronounFor('Vesteria')).toBe('it');
    expect(headlineVerb('Sorel and Brek', 'hoped', false)).toBe('hope');
    expect(headlineVerb('Sorel', 'hoped', false)).toBe('hopes');
  });
  it('tells past forms compromise does not know in the present, by en-inflectors', () => {
    expect(headlineVerb('Delegations', 'reconvened', false)).toBe('reconvene');
    expect(headlineVerb('The cathedral', 'drew', false)).toBe('draws');
    expect(headlineVerb('Residents', 'woke', false)).toBe('wake');
  });
  it("keeps compromise's present where compromise knows the verb, and leaves modals to it", () => {
    expect(headlineVerb('Kim', 'dined', false)).toBe('dines');
    expect(headlineVerb('Milei', 'founded', false)).toBe('founds');
    expect(headlineVerb('The union', 'would study', false)).toBe('would study');
    // en-inflectors would give "towe"; "routes" is a noun read as a verb, and no past form.
    expect(headlineVerb('Tugs', 'towed', false)).toBe('tow');
    expect(headlineVerb('Canal', 'routes', false)).not.toBe('routs');
  });
  it('tells only the head verb anew: a past form after it is its complement, an adverb before it stays', () => {
    expect(headlineVerb('The summit', 'had looked doomed', false)).toBe('looks doomed');
    expect(headlineVerb('The bank', 'never opened', false)).toBe('never opens');
  });
  it('tells a planned intention by its "to" alone, a past one as written (rule due-to-planned)', () => {
    expect(headlineVerb('Sorel', 'planned to return', true)).toBe('to return');
    expect(headlineVerb('Sorel', 'intends to resign', true)).toBe('to resign');
    expect(headlineVerb('Sorel', 'planned to return', false)).not.toBe('to return');
  });
  it('reads a possessive before the head as its modifier, not its number', () => {
    expect(pronounFor("The last writers' strike")).toBe('it');
    expect(pronounFor("Vesteria's fishermen")).toBe('they');
    expect(headlineVerb("Last writers' strike", 'began', false)).toBe('begins');
  });
});
