/**
 * The object of a main clause: what follows the verb phrase up to a subordinate clause, a date
 * or an aside, cut back to a whole phrase; the noun phrase a colon names in place of a placeholder.
 */
import {
  PHRASAL_PARTICLE as PARTICLE,
  SUBORDINATORS as SUBORDINATE,
  countedSpan,
} from '../../lib/lexicon/headline-clauses.ts';
import { type Term, isNoun, isVerb, join, word } from './terms.ts';
import { participleOpens } from './participle.ts';
import { keepParticle, trimEnd } from './object-end.ts';

// A longer object is cut back to a whole phrase, before its last preposition ("41 bombers",
// never "41 bombers stationed at Russian air"); one with no preposition to cut at goes on to
// finish its noun phrase, up to the hard limit.
const MAX_OBJECT = 9;
const HARD_MAX_OBJECT = 12;

/** Whether a long object goes on to finish its noun phrase; else it may be cut back (see MAX_OBJECT). */
function goesOn(out: Term[], next: Term | undefined): boolean {
  const phrase =
    next && (isNoun(next) || next.tags.has('Adjective')) && !next.tags.has('Date') && !next.tags.has('Pronoun');
  if (!phrase) return false;
  let cut = -1;
  out.forEach((t, i) => {
    if (i >= 2 && t.tags.has('Preposition')) cut = i;
  });
  if (cut > 0) out.length = cut;
  return cut < 0 && out.length < HARD_MAX_OBJECT;
}

// "who volunteered to help,": a relative clause's verb, up to the comma that closes it, is not the clause's own.
const RELATIVE_OPENER = /^(?:who|whom|whose|which|that)$/i;

/**
 * Whether the words after a colon are a clause of their own: a finite verb outside any relative clause
 * ("one life: Saman Kunan, a former Seal who volunteered to help, died on Friday"), rule `colon-opens-clause`.
 */
function clauseAfterColon(after: Term[]): boolean {
  let relative = false;
  for (const t of after) {
    if (RELATIVE_OPENER.test(t.text)) relative = true;
    else if (!relative && isVerb(t) && !t.tags.has('Noun') && !t.tags.has('Gerund') && !t.tags.has('Infinitive'))
      return true;
    if (/[,;:–—()]/.test(t.post)) relative = false;
  }
  return false;
}

/**
 * "yielded one significant outcome: a mutual prisoner exchange": what the colon names is the object; unless a
 * clause opens after it (rule `colon-opens-clause`), then null.
 */
function afterColon(after: Term[], fired: Set<string>): Term[] | null {
  if (!clauseAfterColon(after)) return namedAfterColon(after);
  fired.add('colon-opens-clause');
  return null;
}

/** A noun phrase after a colon, up to the next mark, when no verb makes it a clause; else null. */
function namedAfterColon(after: Term[]): Term[] | null {
  // "a mutual prisoner exchange involving 1,000 individuals": the phrase ends at a mark or a participle.
  const end = after.findIndex(
    (t, i) => /[,;:–—()]/.test(t.post) || (i > 0 && isVerb(after[i + 1] ?? t) && i + 1 < after.length),
  );
  const phrase = after.slice(0, end < 0 ? after.length : end + 1);
  const first = phrase[0];
  if (
    !first ||
    first.tags.has('Pronoun') ||
    !(isNoun(first) || first.tags.has('Determiner') || first.tags.has('Adjective'))
  )
    return null;
  if (phrase.some((t) => isVerb(t) && !t.tags.has('Noun')) || phrase.length > MAX_OBJECT) return null;
  return phrase.some(isNoun) ? phrase : null;
}

// Words that go with the number of a date: "about", "less than".
const ABOUT_A_NUMBER = /^(?:about|some|nearly|almost|over|than|less|more|fewer)$/i;

// A date's own words: "Friday night", "Monday morning".
const isDateWord = (t: Term): boolean =>
  t.tags.has('Date') ||
  t.tags.has('Time') ||
  /^(?:night|morning|evening|afternoon|[ap]\.?m\.?|noon|midnight)$/i.test(t.text);

/**
 * At a date in the object: drop what goes with the date ("for six days", "most of Wednesday"); -1
 * when the object before it is whole, else the index to go on from (past the date and its aside).
 */
function pastDate(rest: Term[], i: number, out: Term[], setOffStart: boolean, fired: Set<string>): number {
  // Where the date's phrase opens, and whether a comma sets it off before ("mediated, in July of that year,").
  const opens = i - out.length;
  const setOff = opens === 0 ? setOffStart : /,/.test(rest[opens - 1]?.post ?? '');
  // "for six days", "about two years", "less than three weeks ago": the number goes with the date.
  while (out.length && (out[out.length - 1]!.tags.has('Value') || ABOUT_A_NUMBER.test(out[out.length - 1]!.text)))
    out.pop();
  // "take up most of Wednesday", "by the end of May", "most of the day": the part and its "of" go with the date.
  if (out.length > 2 && /^the$/i.test(out[out.length - 1]!.text) && word(out[out.length - 2]!) === 'of') out.pop();
  const part = out.length - 2;
  if (
    part >= 0 &&
    word(out[part + 1]!) === 'of' &&
    /^(?:most|much|part|all|half|rest|end|start)$/i.test(out[part]!.text)
  )
    out.length = part;
  if (out.some((x) => !x.tags.has('Preposition'))) return -1;
  let j = i;
  // "at 18:50 this evening": "this", "last", "next" before a date's word are the date's too.
  const dateWord = (k: number): boolean =>
    rest[k] !== undefined &&
    (isDateWord(rest[k]!) ||
      rest[k]!.tags.has('Value') ||
      (/^(?:this|last|next|early|late)$/i.test(rest[k]!.text) && !!rest[k + 1] && isDateWord(rest[k + 1]!)));
  while (dateWord(j + 1)) j++;
  // "stayed out for 153 days, the longest strike…", "resume on Monday at the gates, the guilds say": a date no
  // comma sets off is no aside; the object goes on right after it, and what a comma puts after it is not the
  // verb's (rule `date-not-set-off`). The date's preposition goes with it, a particle stays ("stayed out").
  if (!setOff) {
    fired.add('date-not-set-off');
    if (out.length && !PARTICLE.test(out[out.length - 1]!.text)) out.pop();
    // "restarted on Wednesday, Sept. 20, with Iger…": after its comma, a preposition still opens the verb's phrase.
    const phrase = rest[j + 1]?.tags.has('Preposition') && !SUBORDINATE.has(word(rest[j + 1]!));
    // "spent all of Thursday and much of the night": what "and" joins to the date is another time, no object.
    const joined = /^(?:and|or)$/i.test(rest[j + 1]?.text ?? '');
    return !rest[j + 1] || joined || (/,/.test(rest[j]!.post) && !phrase) ? -1 : j;
  }
  // "mediated, in July of that year, the stipulation of…": the object comes after the date and its
  // aside; without a comma near, right after the date's words ("on Friday night a decree").
  out.length = 0;
  const comma = rest.slice(i, i + 5).findIndex((x) => /,/.test(x.post));
  // Resumed only where a noun phrase plainly opens ("a decree"); else the date ends the phrase.
  if (comma < 0 && /^(?:a|an|the)$/i.test(rest[j + 1]?.text ?? '') && !/,/.test(rest[j]!.post)) return j;
  let k = i;
  while (rest[k] && !/,/.test(rest[k]!.post) && k < rest.length - 1) k++;
  return k;
}

/**
 * Whether the word at `i` is a date's: "a total 30-day ceasefire" has a measure of time before a noun, the
 * noun's and no date (rule `date-as-modifier`).
 */
function datedAt(rest: Term[], i: number, fired: Set<string>): boolean {
  const t = rest[i]!;
  const next = rest[i + 1];
  const hyphened = /^\d+-\p{Ll}+$/u.test(t.text) || (t.tags.has('Hyphenated') && /-/.test(rest[i - 1]?.post ?? ''));
  // "a minute of silence", "two days of talks": a measure of time before "of" and a noun is that noun's measure.
  const after = rest[i + 2];
  const timed = t.tags.has('Date') || t.tags.has('Time');
  const measure = timed && next !== undefined && word(next) === 'of' && after !== undefined && isNoun(after);
  const ofNoun = measure && !isDateWord(after);
  const modifier = (hyphened && next !== undefined && isNoun(next) && !isDateWord(next)) || ofNoun;
  if (modifier) fired.add('date-as-modifier');
  // "a mayday call moments before the impact", "hours later": a span of time counted from something.
  const counted = countedSpan(t.text, next?.text);
  if (counted) fired.add('time-phrase-in-object');
  return (timed && !modifier) || counted;
}

/**
 * "named after Francis Scott Key": "after" or "before" right after the verb, with a name and no verb up to the next
 * mark, is a preposition, not a clause's opening.
 */
function nameAfter(rest: Term[], i: number): boolean {
  if (i > 0 || !/^(?:after|before)$/i.test(rest[i]!.text)) return false;
  const end = rest.findIndex((t, k) => k > i && /[,;:.]/.test(t.post));
  const phrase = rest.slice(i + 1, end < 0 ? rest.length : end + 1);
  return phrase[0]?.tags.has('ProperNoun') === true && !phrase.some((t) => isVerb(t) || t.tags.has('Date'));
}

/** An object, whether a reported clause follows it (and which), and whether a relative clause cut it. */
export interface ObjectPhrase {
  terms: Term[];
  reported: boolean;
  complement: string;
  relative: boolean;
  /** Shape rules that acted on it (`date-not-set-off`). */
  shaped: string[];
}

/** The object: up to a subordinate clause, a dated phrase or a dangling end; `saying` after a verb of saying. */
export function objectOf(rest: Term[], saying = false, setOff = false): ObjectPhrase {
  const out: Term[] = [];
  let reported = false;
  let stopped = false;
  let complement = '';
  let relative = false;
  const fired = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i]!;
    const w = word(t);
    // "and" joins nouns ("Russian and Ukrainian leaders") but opens a clause before a verb.
    // "but" opens a clause ("expected on Monday, but the spokesman…") whatever follows it.
    const coordinate = w === 'and' && !(rest[i + 1] && isVerb(rest[i + 1]!));
    if (SUBORDINATE.has(w) && !coordinate && (out.length > 0 || w !== 'as') && !nameAfter(rest, i)) {
      stopped = true;
      break;
    }
    // "an emergency decree that repeals…": a present form right after a noun, before "that", is the
    // noun phrase's head and "that" opens its relative clause.
    const last = out[out.length - 1];
    const head = last && out.length > 1 && isNoun(out[out.length - 2]!) && !last.tags.has('PastTense');
    if (w === 'that' && head && last.tags.has('Verb') && !out[out.length - 2]!.tags.has('Pronoun')) {
      last.tags = new Set([...last.tags, 'Noun']);
      break;
    }
    // "recalled that…": what follows is another clause, reported.
    if (
      w === 'that' &&
      (out.length === 0 || isVerb(out[out.length - 1]!) || out[out.length - 1]!.tags.has('Adjective'))
    ) {
      reported = true;
      complement = join(rest.slice(i + 1));
      break;
    }
    // "in a deal that closed in January": "that" after a noun opens a clause of its own, whatever compromise
    // tags the words after it (rule `object-relative-clause`); not after a verb of saying ("told reporters that…").
    relative = w === 'that' && !saying && last !== undefined && isNoun(last) && !last.tags.has('Pronoun');
    if (relative) break;
    // "territory utilizing truck compartments", "bombers stationed at Russian air bases": a participle after a
    // whole noun phrase opens a clause about the object (rules `participle-clause`, `past-participle-clause`).
    const participle = participleOpens(out, t, rest[i + 1]);
    if (participle) {
      fired.add(participle);
      break;
    }
    // "on Friday", "in May 2025", "last week": the date is on the page already, and what
    // follows it is another phrase.
    if (datedAt(rest, i, fired)) {
      const next = pastDate(rest, i, out, setOff, fired);
      // A date ends the object: what follows it is not a reported clause.
      stopped = next < 0;
      if (next < 0) break;
      i = next;
      continue;
    }
    out.push(t);
    const named = /:/.test(t.post) ? afterColon(rest.slice(i + 1), fired) : null;
    if (named) out.splice(0, out.length, ...named);
    if (/[,;:–—()!?]|\.(?:\s|$)/.test(t.post)) break;
    if (out.length >= MAX_OBJECT && !goesOn(out, rest[i + 1])) break;
  }
  if (stopped) keepParticle(out, fired);
  trimEnd(out, fired);
  if (out.length && out[out.length - 1]!.tags.has('Negative')) out.pop();
  // "said strong winds had not been the cause": a reported clause without "that".
  if (!reported && !stopped && out.length === 0 && rest.length > 2) complement = join(rest);
  return { terms: out, reported: reported || complement !== '', complement, relative, shaped: [...fired] };
}
