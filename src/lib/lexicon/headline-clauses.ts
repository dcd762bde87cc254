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
