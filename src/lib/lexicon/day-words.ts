/**
 * Words that name a day by its distance from another: from the reference day ("yesterday", "tonight") or from the
 * day the text last told about ("the day before", "the next morning", "that evening").
 */

/** Day offsets of deictic words, from the reference day. */
export const DEICTIC: Record<string, number> = {
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
  yesterday: -1,
  'last night': -1,
  'last evening': -1,
  overnight: 0,
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  'earlier today': 0,
  'later today': 0,
  tomorrow: 1,
};

/** Day offsets from the discourse anchor. */
export const ANCHORED_DAY: Record<string, number> = {
  'the day before': -1,
  'the night before': -1,
  'the previous day': -1,
  'the eve': -1,
  'the day after': 1,
  'the next day': 1,
  'the following day': 1,
  'the next morning': 1,
  'the following morning': 1,
  'the next evening': 1,
  'the following evening': 1,
  'the morning after': 1,
  'the previous night': -1,
  'the previous evening': -1,
  'the same day': 0,
  'that day': 0,
  'that morning': 0,
  'that evening': 0,
  'that afternoon': 0,
  'that night': 0,
  'hours later': 0,
  'hours earlier': 0,
  'minutes later': 0,
  'moments later': 0,
  'later that day': 0,
  'earlier that day': 0,
  // Counted in hours or less from the day told: still that day.
  'an hour later': 0,
  'an hour earlier': 0,
  'seconds later': 0,
  'minutes earlier': 0,
  'moments earlier': 0,
  'shortly afterwards': 0,
  'shortly afterward': 0,
};

// A part of the day with no day named is part of the day just told about, like a clock time:
// a day told about paragraphs earlier is another scene.
export const PART_OF_DAY = ['in the morning', 'in the afternoon', 'in the evening', 'in the early hours'];

/** A part of the day that goes with the day named before it: "Tuesday afternoon", "Sunday night". */
export const DAY_PART_WORD = /^(?:morning|afternoon|evening|night|overnight)$/i;

/** A noun phrase after "the day after" or "the night before": it names what the day counts from. */
export const COUNTS_FROM_EVENT = /^\s+(?:the|a|an|his|her|its|their|this|that|these|those)\s+(?!same\b)/i;
