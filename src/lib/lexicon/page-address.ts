/**
 * The page speaking to its readers about its own coverage: a live page's welcome, recap pointer
 * and sign-off. Such a sentence reports nothing of the story ("Some background for readers just
 * joining us"), yet its words ("joining", "closing") read as event words; the furniture code
 * `page-address` sets it apart.
 */

// What a page calls its own coverage: "our live coverage", "the live page", "this blog".
const COVERAGE = String.raw`(?:our|the|this)\s+(?:(?:live|rolling|continuing)\s+)?(?:coverage|blog|page|updates|feed)`;
const READERS = 'readers|those|anyone|viewers|everyone';
const PAUSING = String.raw`leave|leaving|end|ending|close|closing|pause|pausing|wrap(?:ping)?\s+up`;

const ADDRESS = new RegExp(
  [
    // Readers arriving late: "for readers just joining us", "for those who are just joining us".
    String.raw`\b(?:for|to)\s+(?:${READERS})(?:\s+who\s+(?:are|were))?\s+(?:just\s+)?joining\s+us\b`,
    // A welcome or thanks: "welcome (back) to our live coverage", "thank you for following with us".
    String.raw`\bwelcome(?:\s+back)?\s+to\s+${COVERAGE}`,
    String.raw`\bthank\s+you\s+for\s+(?:following|reading|joining)\b`,
    // Pausing or ending: "that's where we'll leave our live coverage", "we are closing the live page".
    String.raw`\bwe(?:['’]ll|['’]re|\s+will|\s+are)?\s+(?:now\s+)?(?:${PAUSING})\s+${COVERAGE}`,
  ].join('|'),
  'iu',
);
// "We are closing the live page; the order stays": a second clause past a semicolon, colon or dash is the story's.
const SECOND_CLAUSE = /[;:]\s*\S|\s[—–]\s*\S/u;
// "A quick recap of President Macron's address last night, for those just joining us": a name past the first word
// tells something of the story, and the sentence stays.
const NAMES_SOMETHING = /\s(?!I\b)\p{Lu}/u;

/** Whether a sentence is only the page addressing its readers about its own coverage, naming nothing of the story. */
export const addressesReaders = (sentence: string): boolean =>
  ADDRESS.test(sentence) && !SECOND_CLAUSE.test(sentence) && !NAMES_SOMETHING.test(sentence);
