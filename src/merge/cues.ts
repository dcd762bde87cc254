/**
 * Words that decide where an undated clause belongs: an event called by its name, a look back
 * in time, an aside that names another event.
 */

/** Words that send an undated clause back in time, past the weeks around its article. */
export const PAST = /\b(?:previous|previously|former|formerly|earlier|historic(?:al(?:ly)?)?|once|back in|in the past)\b/i;

// A capitalised name ending in an event noun: "the Black Sea Initiative", "the Minsk Agreement".
const NAMED_EVENT = /\b((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,4}(?:Initiative|Agreement|Accords?|Treaty|Deal|Summit|Protocol|Declaration|Memorandum|Conference|Plan|Pact|Charter))\b|\b(Operation\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s*){1,3})/u;
/** Text folded for comparing names: lower case, single spaces. */
export const foldName = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');
/** The name an event is called by in a clause (the black sea initiative), folded, or null. */
export function namedEvent(clause: string): string | null {
  const m = NAMED_EVENT.exec(clause);
  const name = (m?.[1] ?? m?.[2])?.trim();
  // "The Summit" at the start of a sentence is a capitalised common noun, not a name.
  return name && name.split(/\s+/).length >= 2 && !/^(?:The|A|An|This|That)\s/.test(name) ? foldName(name) : null;
}

/** Why an undated sentence joined its article's event, as the merge evidence says it. */
export const TOPIC = 'undated: the event of its own article it most plausibly reports (names, kind of event, tense, nearness in the text)';
/** A clause that names another event than the rest of its sentence. */
export const ASIDE = /^[\s,]*(?:(?:just\s+)?(?:as|like)\b|(?:the\s+)?(?:onset|start|beginning|outbreak|launch|end)\s+of\b)/i;
