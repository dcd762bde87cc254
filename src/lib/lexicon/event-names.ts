/**
 * Event names: a capitalised name ending in an event noun ("the Black Sea Initiative", "the
 * Minsk Agreement") or an operation's name ("Operation Spider Web").
 */
import { alternation } from '../rules/index.ts';

const EVENT_NOUNS = [
  'Initiative',
  'Agreement',
  'Accords?',
  'Treaty',
  'Deal',
  'Summit',
  'Protocol',
  'Declaration',
  'Memorandum',
  'Conference',
  'Plan',
  'Pact',
  'Charter',
];
const CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
/** A named event; group 1: a name ending in an event noun, group 2: an operation's name. */
export const NAMED_EVENT = new RegExp(
  `\\b((?:${CAPITALISED}\\s+){1,4}(?:${alternation(EVENT_NOUNS)}))\\b|\\b(Operation\\s+(?:${CAPITALISED}\\s*){1,3})`,
  'u',
);
/** Words that open a sentence and make a capitalised "The Summit" a common noun, not a name. */
export const ARTICLE_OPENING = /^(?:The|A|An|This|That)\s/;
