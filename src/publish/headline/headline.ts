/** What the headline stage hands out (a headline) and takes in once per build (the registry, prepared). */
import type { Actor, EventMention, Place } from '../../types.ts';
import type { EarlierOf } from './antecedent.ts';
import type { HeadlineContext } from './candidate.ts';
import type { Lexicon } from './clause.ts';

/** A chosen headline with its score and the rules that decided it. */
export interface Headline {
  /** The headline. */
  title: string;
  /** Its score under the rules in rules.ts; higher is better. */
  score: number;
  /** Mention id of the sentence it was built from, or null for a fallback. */
  basis: string | null;
  /** Ids of the rules that fired (the fallback's id when no candidate passed). */
  rules: string[];
  /** Every candidate title judged this build, without the event's name: its score, or null when refused. */
  judged?: Map<string, number | null>;
}

/** The registry, prepared once per build. */
export interface HeadlineRegistry {
  actors: Map<string, Actor>;
  places: Map<string, Place>;
  findActors: HeadlineContext['findActors'];
  lexicon: Lexicon;
  sharedShortNames: Set<string>;
  /** The sentences before a mention's in its article, when the articles are known. */
  earlier?: EarlierOf | undefined;
  /** The author an embedded post's signature names, for a mention of that post. */
  authorOf?: ((m: EventMention) => string | null) | undefined;
}
