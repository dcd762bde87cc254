/**
 * A clause joined to its sentence's main clause by "and" with no subject of its own ("Argentina beat
 * Brazil…, and then thrashed Italy 3-0 at Wembley"): its subject is the main clause's (rule `shared-subject`).
 */
import { type Lexicon, type Svo, mainClause } from './clause.ts';
import { PRONOUN_SUBJECT } from '../../lib/lexicon/pronouns.ts';

/** Rule id, named in the evidence when a clause takes its sentence's subject. */
export const SHARED_SUBJECT = 'shared-subject';

// "and then", "but later": what opens a second verb phrase of one subject.
const JOINED = /^(?:and|but)\s+(?:then\s+|later\s+|also\s+)?/i;

/** The clause with its sentence's subject, when it is a verb phrase joined by "and" or "but"; else null. */
export function sharedSubject(clause: string, sentence: string, lexicon: Lexicon): Svo | null {
  const joined = JOINED.exec(clause.trim());
  if (!joined) return null;
  const main = mainClause(sentence, lexicon);
  if (!main) return null;
  const own = mainClause(`${main.subject} ${clause.trim().slice(joined[0].length)}`, lexicon);
  // The verb must be the clause's own, right after the subject it borrows.
  if (!own || own.subject !== main.subject || own.verb === main.verb) return null;
  return { ...own, shaped: [...(own.shaped ?? []), SHARED_SUBJECT] };
}

/** Rule id, named in the evidence when a clause cut before its verb takes the subject its sentence part gave it. */
export const SUBJECT_BEFORE = 'subject-before-clause';

/**
 * A clause cut right before its verb, with the subject that opens its part of the sentence (from the start or
 * the last colon or semicolon): "…cost one life: Saman Kunan, a former Seal who volunteered to help," |
 * "died on Friday" → "Saman Kunan died"; else null.
 */
export function subjectBefore(part: string, clause: string, lexicon: Lexicon): Svo | null {
  const own = mainClause(part, lexicon);
  const first = clause.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const verbs = own?.verb.toLowerCase().split(/\s+/) ?? [];
  if (!own || PRONOUN_SUBJECT.test(own.subject.trim()) || !verbs.includes(first)) return null;
  return { ...own, shaped: [...(own.shaped ?? []), SUBJECT_BEFORE] };
}
