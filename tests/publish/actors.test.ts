/** Who takes part in an event: the actors of the undated clauses of the sentences it quotes join it. */
import { describe, expect, it } from 'vitest';
import { joinClauseActors } from '../../src/publish/actors.ts';
import { eventOf, mentionOf } from '../helpers/mentions.ts';

const sentence = 'The Russian delegation is led by Anton Vell, whereas Ukraine’s is led by Ola Brek.';

describe('joinClauseActors', () => {
  it('gives an event the actors of an undated clause of a sentence it quotes, once each', () => {
    const event = eventOf('talks', [mentionOf('a', 3, sentence, { actors: ['anton-vell'] })]);
    event.actors = ['anton-vell'];
    const clause = mentionOf('a', 3, sentence, { id: 'a#s-3-1', date: null, actors: ['ola-brek', 'anton-vell'] });
    joinClauseActors([event], [clause]);
    expect(event.actors).toEqual(['anton-vell', 'ola-brek']);
  });
  it('leaves an event alone when the undated clause belongs to a sentence it does not quote', () => {
    const event = eventOf('talks', [mentionOf('a', 3, sentence, { actors: ['anton-vell'] })]);
    event.actors = ['anton-vell'];
    joinClauseActors([event], [mentionOf('a', 4, 'Ola Brek spoke later.', { date: null, actors: ['ola-brek'] })]);
    joinClauseActors([event], [mentionOf('b', 3, sentence, { date: null, actors: ['ola-brek'] })]);
    expect(event.actors).toEqual(['anton-vell']);
  });
  it('takes nothing from a heading the event does not quote', () => {
    const report = mentionOf('a', 5, 'Ola Brek and Anton Vell met in Geneva.', { actors: ['anton-vell'] });
    const heading = mentionOf('a', 0, 'Vell Meets Brek', { origin: 'headline', actors: [] });
    const event = eventOf('talks', [heading, report]);
    joinClauseActors([event], [mentionOf('a', 0, 'Vell Meets Brek', { id: 'a#s-0-1', date: null, actors: ['x'] })]);
    expect(event.actors).toEqual([]);
  });
});
