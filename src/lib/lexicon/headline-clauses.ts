/** Words that mark where a sentence's main clause starts and ends, for headlines built from it. */

/** Words opening a subordinate clause or an aside: the main clause ends before them. */
export const SUBORDINATORS = new Set(
  (
    'where which who whom whose when while whilst after before because as since ' +
    'although though amid despite if unless until following saying according whereas ' +
    'so but and'
  ).split(' '),
);

/** Openers of a sentence segment that is not the main clause ("On Friday,", "After talks,"). */
export const CLAUSE_OPENERS = new Set(
  (
    'on in at by after before during since following amid despite with for as while ' +
    'when although though if back earlier later then meanwhile however still now ' +
    'yesterday today tonight but and also there here'
  ).split(' '),
);

/** Verbs of saying: their object is a statement. */
export const SPEECH = new RegExp(
  '^(?:say|said|says|tell|told|tells|recall|recalled|recalls|note|noted|notes|add|added|adds|stress|stressed|' +
    'underline|underlined|underscore|underscored|emphasi[sz]e|emphasi[sz]ed|inform|informed|claim|claimed|' +
    'announce|announced|report|reported|warn|warned)\\b',
  'i',
);

/** Verbs that only place one happening against another in time ("the talks followed the attack"). */
export const ORDER_VERBS = /^(?:follow|precede|coincide)(?:s|d|ed)?$/i;

/** Adverbs that negate their verb: a headline without them says the opposite ("may no longer film"). */
export const NEGATING_ADVERBS = new Set(['never', 'hardly', 'barely', 'scarcely', 'no', 'longer', 'nowhere']);

/** Words after "is" that, with "to" and a verb, tell what is planned: "is due to start", "are set to meet". */
export const PLANNED_AFTER_BE = new Set(['due', 'set', 'poised', 'slated', 'about']);

/**
 * Adverbs of time that stand inside a verb phrase ("is now scheduled", "has already cost"), whatever the tagger
 * reads them as ("now" is read as a conjunction): the verb goes on after them.
 */
export const INNER_ADVERBS = new Set(['now', 'already', 'also', 'still', 'just', 'later', 'then', 'again', 'finally']);

/**
 * Words that open a date phrase ("last week", "late on Monday", "the same year", "that day", "the
 * following week"): they leave a subject with it.
 */
export const DATE_OPENERS = new Set([
  'last',
  'this',
  'next',
  'early',
  'late',
  'earlier',
  'later',
  'same',
  'that',
  'following',
  'previous',
]);

/** Units of a span of time: with a word that counts from something ("moments before", "hours later") a time phrase. */
export const TIME_SPAN_UNITS = new Set(
  'moment moments second seconds minute minutes hour hours day days week weeks month months year years'.split(' '),
);

/** Words after a span of time that count it from something: "moments before the impact", "two hours later". */
export const COUNTS_FROM = new Set(['before', 'after', 'later', 'earlier', 'ago']);

/** Whether a word and the one after it are a span of time counted from something: "moments before", "hours later". */
export const countedSpan = (unit: string, next: string | undefined): boolean =>
  TIME_SPAN_UNITS.has(unit.toLowerCase()) && next !== undefined && COUNTS_FROM.has(next.toLowerCase());

/** The particles of phrasal verbs, whatever compromise tags them: "stayed out", "talks broke down". */
export const PHRASAL_PARTICLE = /^(?:out|up|down|off|away|back|over|home|aground|apart|through)$/i;

/** A passive verb of saying: its subject heard what was said ("Altman was told on a video call"). */
export const PASSIVE_SAYING =
  /\b(?:is|are|was|were|been|being|be)\s+(?:\p{L}+ly\s+)?(?:told|asked|informed|notified)\b/iu;

/** A verb of intention before "to": planned, the headline's own "to" says it ("plans to return" → "to return"). */
export const INTENDS_TO = /^(?:plans?|planned|intends?|intended|aims?|aimed|expects?|expected)\s+to\s+(.+)$/i;
