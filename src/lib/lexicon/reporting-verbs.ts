/**
 * Reporting and acting verbs: what tells a speaker who reports an event ("Zelensky indicated
 * that…", "announced by…") and a capital that acts as its government ("Moscow insists…").
 */
import { alternation } from '../rules/index.ts';

const REPORTING = [
  'said',
  'says',
  'indicated',
  'indicates',
  'announced',
  'announces',
  'stated',
  'states',
  'added',
  'adds',
  'claimed',
  'claims',
  'noted',
  'notes',
  'stressed',
  'insisted',
  'warned',
  'argued',
  'hinted',
  'commented',
  'believes',
  'suggested',
  'reiterated',
];
/** Verbs of saying, as infinitives: a clause whose action is one of these reports a statement. */
// biome-ignore format: a word list reads best packed
export const SAYING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'indicate', 'state', 'add', 'claim', 'note', 'stress', 'insist', 'warn', 'argue', 'hint', 'comment',
  'suggest', 'reiterate', 'explain', 'describe', 'write', 'ask', 'reply', 'respond', 'declare', 'acknowledge',
  'admit', 'deny', 'predict', 'promise', 'repeat', 'tweet', 'post', 'insist', 'urge', 'vow', 'pledge', 'recall',
]);

/** A reporting verb right after a name: "Zelensky, has said…", "Fidan later noted". */
export const REPORTS_AFTER = new RegExp(
  `^\\s*,?\\s*(?:has |had |also |then |later )?(?:${alternation(REPORTING)})\\b`,
  'i',
);

const ATTRIBUTING = ['announced', 'said', 'stated', 'reported', 'confirmed', 'claimed', 'suggested', 'proposed'];
/** An attribution right before a name: "announced by", "according to". */
export const REPORTS_BEFORE = new RegExp(
  `(?:\\b(?:${alternation(ATTRIBUTING)})\\b[^.]{0,30}\\bby|according to)(?:\\s+\\p{Lu}[\\p{L}\\p{M}-]+)?\\s+$`,
  'iu',
);

const ACTING = [
  'has',
  'have',
  'had',
  'is',
  'was',
  'will',
  'would',
  'could',
  'can',
  'says',
  'said',
  'insists',
  'insisted',
  'rejects',
  'rejected',
  'wants',
  'wanted',
  'made',
  'makes',
  'refused',
  'refuses',
  'agreed',
  'agrees',
  'warned',
  'warns',
  'announced',
  'announces',
  'does',
  'did',
  'stands',
  'stood',
  'believes',
  'believed',
  'denied',
  'denies',
  'demands',
  'demanded',
  'accused',
  'accuses',
  'greets',
  'greeted',
  'hails',
  'hailed',
  'welcomes',
  'welcomed',
  'slams',
  'backs',
  'urges',
  'vows',
  'condemns',
  'praises',
  'confirms',
  'seeks',
  'plans',
];
/** A verb right after a place name that makes the place an actor: "Ankara has made clear…". */
export const ACTS = new RegExp(`^\\s+(?:${alternation(ACTING)})\\b`, 'i');

/**
 * A view or an aim held now, told in the present: "Zelensky believes that…", "Economists doubt…", "the move is seen
 * as…", "has made a ceasefire his top priority". A clause that only tells what one thinks or wants reports no event.
 */
export const HOLDS_VIEW = new RegExp(
  String.raw`\b(?:believes?|thinks?|doubts?|suspects?|(?:is|are)\s+(?:widely\s+)?(?:seen|viewed|regarded)\s+as|` +
    String.raw`(?:has|have)\s+made\s+[^.;]{1,60}\b(?:top\s+)?priority)\b`,
  'i',
);
