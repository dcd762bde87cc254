/**
 * Zero-configuration actors scored under registry ids: a found actor whose name or alias is a
 * registry name or alias (folded as the matcher folds) counts as that registry actor.
 */
import { describe, expect, it } from 'vitest';
import { mapEventActors, registryIdMap } from '../../src/evaluate/actor-map.ts';
import type { GoldTimeline } from '../../src/evaluate/gold.ts';
import { scoreTimeline } from '../../src/evaluate/timeline.ts';
import type { Article } from '../../src/types.ts';
import { eventOf, mentionOf } from '../helpers/mentions.ts';

const QUOTE = 'The Writers Guild of America (WGA) and Dana Kovač walked out on May 2.';
const registry = [
  { id: 'wga', name: 'Writers Guild of America', aliases: ['WGA', 'the guild'] },
  { id: 'kovac', name: 'Dana Kovac', aliases: [] },
  { id: 'guild-hall', name: 'Guild', aliases: [] },
];
const found = [
  { id: 'writers-guild-of-america', name: 'Writers Guild of America', aliases: ['Writers Guild of America', 'WGA'] },
  { id: 'dana-kovac', name: 'Dana Kovač', aliases: ['DANA KOVAČ'] },
  { id: 'wga-2', name: 'wga', aliases: [] },
  { id: 'harland-guild', name: 'Harland Guild', aliases: [] },
];
const gold: GoldTimeline = {
  articles: { strike: { published: null, furniture: [] } },
  events: [
    {
      id: 'walkout',
      start: '2025-05-15',
      end: '2025-05-15',
      precision: 'day',
      status: 'happened',
      actors: ['wga', 'kovac'],
      places: [],
      mentions: [{ article: 'strike', quote: QUOTE }],
    },
  ],
};
const article = { id: 'strike', sentences: [{ index: 0, text: QUOTE }], furniture: [] } as unknown as Article;

describe('found actors mapped onto the registry for scoring', () => {
  it('maps a name or alias equal under folding (case, diacritics), and nothing else', () => {
    const map = registryIdMap(found, registry);
    expect(Object.fromEntries(map)).toEqual({ 'writers-guild-of-america': 'wga', 'dana-kovac': 'kovac' });
  });
  it('scores the mapped ids: full recall and precision where the slugs scored none', () => {
    const event = {
      ...eventOf('e', [mentionOf('strike', 0, QUOTE)]),
      actors: ['writers-guild-of-america', 'dana-kovac'],
    };
    const before = scoreTimeline(gold, [event], [article]);
    expect(before.actorR).toBe(0);
    const events = mapEventActors([event], registryIdMap(found, registry));
    const after = scoreTimeline(gold, events, [article]);
    expect(after.actorR).toBe(1);
    expect(after.actorP).toBe(1);
  });
  it('counts a registry id once when two found actors map onto it', () => {
    const map = new Map([
      ['a', 'wga'],
      ['b', 'wga'],
    ]);
    expect(
      mapEventActors([{ ...eventOf('e', [mentionOf('strike', 0, QUOTE)]), actors: ['a', 'b'] }], map)[0]!.actors,
    ).toEqual(['wga']);
  });
});
