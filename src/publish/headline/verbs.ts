/** Headline tense: what happened told in the present, what is planned as "to" + infinitive (compromise conjugates). */
import nlp from 'compromise';

/** The verb phrase in headline tense: present for what happened, "to" + infinitive for what is planned. */
export function headlineVerb(subject: string, verb: string, planned: boolean): string {
  // Conjugated with its subject, so that "Russia and Ukraine" agree and "Erdoğan" receives.
  const doc = nlp(`${subject} ${verb}`);
  const passive = /\b(?:was|were|is|are|been|be|being)\s+\w+(?:ed|en|wn|t)\b/i.test(verb);
  // Headlines drop the auxiliary of a passive: "Exchange carried out", "Rubio expected to arrive".
  if (passive) return verb.replace(/^.*?\b(?:was|were|is|are|been|being|be)\s+/i, '');
  if (planned) {
    doc.verbs().toInfinitive();
    const base = doc.text().slice(subject.length).trim();
    return `to ${base.replace(/^(?:will|would|shall|is to|are to|to)\s+/i, '')}`.replace(/^to to /, 'to ');
  }
  // "had mediated" is told as "mediates": a headline's present stands for the past.
  const perfect = /^(?:has|have|had)\s+(?!not\b|been\b)(\S+)/i.exec(verb);
  if (perfect) return headlineVerb(subject, verb.slice(perfect[0].length - perfect[1]!.length), planned);
  doc.verbs().toPresentTense();
  const text = doc.text();
  return text.startsWith(subject) ? text.slice(subject.length).trim() : verb;
}
