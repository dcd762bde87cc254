/**
 * The words shown to readers for each furniture code (on source pages: what was dropped, and why).
 */
import type { FurnitureCode } from '../../types.ts';

/** Furniture code → the reason in words. */
export const FURNITURE_REASONS: Readonly<Record<FurnitureCode, string>> = {
  'metadata-stamp': 'metadata stamp',
  image: 'image',
  'image-with-caption': 'image with caption',
  'repeated-sentence': 'repeated sentence',
  'bare-link': 'bare link or media URL',
  'repeated-words': 'repeated words (scraping artefact)',
  markup: 'markup or code, not prose',
  'embed-signature': 'signature line of an embedded post',
  'repeated-line': 'repeated line',
  boilerplate: 'site boilerplate (forms, subscriptions, credits)',
  'short-fragment': 'short fragment: label, ad marker, button, counter or link',
  dateline: 'dateline or byline',
  'reader-question': 'reader-question block',
  'reader-comments': 'reader comments',
  'trailing-line': 'trailing line after the article (credit or link)',
  'link-list': 'list of links to other stories ("Related", "Most read")',
  'editor-note': "the publisher's note about the story itself (a correction, a clarification, an editor's note)",
  'page-address': 'the page addressing its readers about its own coverage (a welcome, a recap pointer, a sign-off)',
};
