/**
 * Titles and honorifics that stand before a person's name ("Foreign Minister Hakan Fidan",
 * "Judge Amy Berg", "Mr. Lee"). A title is any number of modifiers and one head: the head says
 * the words are a title, the modifiers only qualify it ("Deputy Prime Minister").
 */

/** Words that make a title on their own (folded, without a final dot). */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'secretary-general', 'ambassador', 'envoy',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor',
  'judge', 'justice', 'prosecutor', 'attorney', 'commissioner', 'director', 'chairman', 'chairwoman', 'chair',
  'chief', 'executive', 'ceo', 'founder', 'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'leader',
  'king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'emir', 'sultan', 'sheikh', 'crown',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'general', 'gen', 'admiral', 'adm', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt',
  'sergeant', 'sgt', 'commander', 'marshal', 'officer', 'detective', 'inspector', 'constable', 'sheriff',
  'bishop', 'archbishop', 'cardinal', 'father', 'rev', 'reverend', 'rabbi', 'imam',
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'skipper',
  'trader', 'analyst', 'economist', 'researcher', 'diver', 'firefighter', 'pilot', 'doctor', 'nurse',
]);

/** Words that qualify a title head ("Deputy", "Foreign", "Prime"), never a title alone. */
export const TITLE_MODIFIERS = new Set([
  'deputy', 'vice', 'acting', 'interim', 'former', 'late', 'prime', 'first', 'foreign', 'defence', 'defense',
  'interior', 'finance', 'economy', 'health', 'justice', 'education', 'energy', 'trade', 'home', 'environment',
  'transport', 'labour', 'labor', 'culture', 'agriculture', 'state', 'national', 'security', 'special',
  'presidential', 'general', 'district', 'supreme', 'high', 'federal', 'county', 'assistant', 'senior',
  'executive', 'operating', 'financial', 'technology', 'managing', 'head', 'lead', 'chief', 'royal',
  'us', 'u.s', 'french', 'british', 'german', 'russian', 'ukrainian', 'turkish', 'american', 'chinese',
]);

/** Titles held by one person at a time in a story, so "the Queen" after "Queen X" is X. */
export const SINGULAR_TITLES = new Set(['king', 'queen', 'pope', 'prince', 'princess', 'emperor', 'judge', 'coach']);
