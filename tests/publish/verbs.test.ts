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
});
