/**
 * What a verb of saying reports across an aside: "said in a statement on Friday that…", "told
 * reporters at the White House that…". The listener, the medium, the place and the day stand
 * between the verb and the clause it reports (rule `said-through-aside`); without this the
 * object reader stops at the date and the title says only "say in a statement".
 */
import { type ObjectPhrase, objectOf } from './object.ts';
import { type Term, isVerb, join, word } from './terms.ts';

/** Words an aside may take before "that": a listener, a medium, a place, a day. */
const MAX_ASIDE = 10;

/** The object of a verb; for a verb of saying, the clause it reports across an aside before "that". */
export function objectAfter(rest: Term[], saying: boolean, setOff: boolean): ObjectPhrase {
  const that = saying ? rest.findIndex((t) => word(t) === 'that') : -1;
  const aside = rest.slice(0, Math.max(0, that));
  const onlyAside = that > 0 && that <= MAX_ASIDE && !aside.some((t) => isVerb(t) && !t.tags.has('Noun'));
  if (!onlyAside || that + 2 >= rest.length) return objectOf(rest, saying, setOff);
  return {
    terms: [],
    reported: true,
    complement: join(rest.slice(that + 1)),
    relative: false,
    shaped: ['said-through-aside'],
  };
}
