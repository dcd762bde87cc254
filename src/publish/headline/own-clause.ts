/**
 * How the clause that reports a mention is read when it is less than its sentence: as a reduced relative clause
 * that holds the date, as an aside its dates set apart, or as a clause whose subject is elsewhere in its sentence.
 */
import type { EventMention } from '../../types.ts';
import { asidePassive, datedApart, relativeSubject } from './apart.ts';
import type { Lexicon, Svo } from './clause.ts';
import { sharedSubject, subjectBefore } from './coordinate.ts';
import { datedParticiple, datedRelative } from './dated-participle.ts';
import { cleanSentence } from './sentence.ts';

/** Where the mention's part of its sentence starts: after the last colon or semicolon before its clause. */
const partStart = (m: EventMention): number =>
  Math.max(m.quote.lastIndexOf(':', m.clause[0] - 1), m.quote.lastIndexOf(';', m.clause[0] - 1)) + 1;

/** The mention's own clause (`read` as its words give it) in subject-verb-object form, or null. */
export function ownClause(m: EventMention, clause: string, read: Svo | null, lexicon: Lexicon): Svo | null {
  // "the target agreed upon in 2014": the date is the participle's (rule `dated-participle`).
  const participle = datedParticiple(m, lexicon) ?? datedRelative(m, lexicon);
  if (participle) return participle;
  // A clause the sentence's dates set apart is its own report, an aside too ("Kirchner, elected in 2003" | "…").
  const apart = datedApart(m);
  if (apart && read?.aside) return asidePassive(read) ?? read;
  return (
    read ??
    sharedSubject(clause, cleanSentence(m.quote), lexicon) ??
    // "the government on Monday | declared Tuesday a holiday": the split left the verb with the date before it.
    (apart ? null : subjectBefore(cleanSentence(m.quote.slice(partStart(m), m.clause[1])), clause, lexicon)) ??
    (apart ? relativeSubject(clause, lexicon) : null)
  );
}
