import type { EventMention } from '../../types.ts';

/**
 * Whether a mention's own words date it: a date in the sentence, an embedded post's signature, or a span counted
 * from another event ("just before the talks", "after a 17-day hiatus"), as the merge stage reads them.
 */
export const ownDated = (m: EventMention): boolean =>
  m.dateSource === 'sentence' || m.dateSource === 'embed' || m.dateSource === 'anchor';
