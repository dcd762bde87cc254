/**
 * Shape rules: how a candidate's words are made from its sentence, beyond subject, verb and object. Each
 * has an id (also its fixture folder under tests/fixtures/publish/headline/) and a one-line doc; the
 * evidence of a headline names the shape rules that made its words.
 */

/** A rule that shapes a candidate's words: it fires when the candidate's text was made by it. */
export interface ShapeRule {
  /** Stable id, also the fixture folder name. */
  id: string;
  /** What it does to the words, in one line. */
  doc: string;
}

/** Shape rules: how a candidate's words are made from its sentence, beyond subject, verb and object. */
export const SHAPES: ShapeRule[] = [
  {
    id: 'pronoun-antecedent',
    doc: 'A pronoun subject (he, she, it, they) is the nearest earlier named actor of its number in its article.',
  },
  {
    id: 'short-name-possessive',
    doc: 'A name shortened for the headline keeps its possessive: "Alfonsín’s successor", never "Alfonsín successor".',
  },
  {
    id: 'it-cleft',
    doc: '"It was Seoul that carried the invitation" is read as the plain sentence: "Seoul carried the invitation".',
  },
  {
    id: 'title-before-name',
    doc: 'A sentence\'s first word before a name ("Judge Kaplan") is its title, not a command as compromise reads it.',
  },
  {
    id: 'possessive-not-verb',
    doc: 'An "\'s" compromise reads as "is" is a possessive when a past form follows: "Britain\'s divers flew in".',
  },
  {
    id: 'particle-before-date',
    doc: 'A particle between the object and the date that ends it is the verb\'s: "calls the exercise off".',
  },
  {
    id: 'noun-after-preposition',
    doc: 'A bare verb form right after a preposition other than "to" is a noun: "still at war", "on trial".',
  },
  {
    id: 'adjective-complement',
    doc: 'An adjective after an adverb, with no determiner before, is the complement: "are now very slim".',
  },
  {
    id: 'dated-relative',
    doc: 'A date right after a relative clause\'s verb is its: "the conflict that began in 2022" tells it began.',
  },
  {
    id: 'irregular-past-verb',
    doc: 'An irregular past compromise reads as a name or a noun after a noun is the verb: "The plan drew criticism".',
  },
  {
    id: 'possessive-before-name',
    doc: 'An "\'s" before a name, a finite verb later, is its owner\'s: "NBC\'s The Tonight Show … will go".',
  },
  {
    id: 'prepositional-not-subject',
    doc: 'A phrase a preposition opens is never the subject: "In a vote announced on May 2, 90% backed…".',
  },
  {
    id: 'date-not-set-off',
    doc: 'A date no comma sets off is no aside: the object goes on after it, not into what a comma puts after it.',
  },
  {
    id: 'negation-kept',
    doc: 'Adverbs leave the verb, save those that negate it: "Actors may no longer film", never "Actors may film".',
  },
  {
    id: 'due-to-planned',
    doc: '"is due to start", "are set to meet" tell a plan: "Union to start talks", never "Union to be due to start".',
  },
  {
    id: 'said-not-planned',
    doc: 'A verb of saying in the past is told as said, whatever the event\'s status: never "Kimmel to say…".',
  },
  {
    id: 'phrase-head-noun',
    doc: 'A word read as a verb that ends a noun phrase a determiner opens is its noun: "an Air China jet".',
  },
  {
    id: 'relative-clause-own-subject',
    doc: '"a meeting that the guild said went nowhere": a verb after a relative clause\'s own subject is not the head.',
  },
  {
    id: 'perfect-not-planned',
    doc: 'A verb in the perfect tells a done act, on a planned event too: "Kaplan sets sentencing", not "to have set".',
  },
  {
    id: 'participle-clause',
    doc: 'The object stops before a form in -ing after a noun phrase: "…into Russian territory utilizing truck…".',
  },
  {
    id: 'dated-participle',
    doc: 'A date in a reduced relative clause is the participle\'s: "the target agreed in 2014" → "Target agreed".',
  },
  {
    id: 'perfect-infinitive-kept',
    doc: 'What a verb says was done stays done: "claimed to have struck" is "claim to have struck", not "to strike".',
  },
  {
    id: 'past-participle-clause',
    doc: 'The object stops before a past form between a noun phrase and a preposition: "41 bombers stationed at…".',
  },
  {
    id: 'date-as-modifier',
    doc: 'A measure of time before a noun is the noun\'s: "calls for a 30-day ceasefire", never "…for a total".',
  },
  {
    id: 'object-relative-clause',
    doc: 'The object stops before "that" opening a relative clause: "buys CIT Group in a deal that closed in…".',
  },
  {
    id: 'subject-read-as-verb',
    doc: 'A first word read as a verb, a verb after it, is the subject: "Engineers hope…", "Aid workers say…".',
  },
  {
    id: 'verb-read-as-noun',
    doc: 'With no verb read, a noun right after the subject that reads as a verb is the verb: "France beat Croatia".',
  },
  {
    id: 'opener-without-comma',
    doc: 'An opening phrase without its comma ends where a new noun phrase opens: "By midnight | thousands marched".',
  },
  {
    id: 'participle-after-determiner',
    doc: 'A past form between an article and a noun is an adjective, not the verb: "the confirmed death toll".',
  },
  {
    id: 'shared-subject',
    doc: 'A clause opened by "and" with no subject takes its sentence\'s: "…, and then thrashed Italy 3-0 at Wembley".',
  },
  {
    id: 'subject-before-clause',
    doc: 'A clause cut right before its verb takes the subject opening its part of the sentence: "…: Kunan | died".',
  },
  {
    id: 'colon-opens-clause',
    doc: 'Words after a colon with a verb of their own are a clause, not the object: "cost one life: Kunan died…".',
  },
  {
    id: 'time-phrase-in-object',
    doc: 'A time phrase ends the object: "a mayday call | moments before the impact", "findings | last week".',
  },
  {
    id: 'inner-adverb',
    doc: 'An adverb of time between two verbs of one phrase is the phrase\'s: "is now scheduled", "has already cost".',
  },
  {
    id: 'place-not-origin',
    doc: 'A place named only after "from" or inside a longer name is not where it happened: no "in Coventry" added.',
  },
  {
    id: 'said-through-aside',
    doc: 'A verb of saying reports the clause after "that" across an aside: "said in a statement on Friday that…".',
  },
  {
    id: 'place-already-said',
    doc: 'A title that already says where ("through the Port of X", "at Camp Y") gets no "in Z" added.',
  },
  {
    id: 'venue-takes-at',
    doc: 'A venue takes the preposition its sentence gives it ("at the X", "through the X"), none when it is no place.',
  },
  {
    id: 'title-before-short-name',
    doc: 'A title ending on a lexicon title word goes with its name: "Canal Authority chairman Rabie" → "Rabie".',
  },
  {
    id: 'progressive-verb',
    doc: 'A form in -ing after "is", "was"… is its clause\'s verb, told in the present: "is preparing" → "prepares".',
  },
  {
    id: 'participle-aside-passive',
    doc: 'A clause that is only a participle set off after its subject is a passive: "Kirchner, elected in 2003".',
  },
  {
    id: 'relative-clause-antecedent',
    doc: 'A clause that is only a name and its relative clause tells what the name did: "Milei, who founded…".',
  },
];
