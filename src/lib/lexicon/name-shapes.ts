/**
 * The last word of a capitalised name often says what kind of thing it names: "X Ministry" is
 * a body, "X Stadium" a venue. These heads let a name nobody registered be typed by its shape.
 */

/** Heads of the names of bodies: governments, courts, firms, parties, teams, agencies. */
export const ORGANISATION_HEADS = new Set([
  'ministry', 'department', 'office', 'agency', 'authority', 'commission', 'committee', 'council', 'court',
  'parliament', 'senate', 'congress', 'assembly', 'cabinet', 'government', 'administration', 'directorate',
  'party', 'union', 'federation', 'association', 'organisation', 'organization', 'alliance', 'coalition',
  'bank', 'fund', 'foundation', 'institute', 'university', 'college', 'school', 'academy', 'hospital',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'group', 'holdings', 'airlines', 'airways',
  'motors', 'industries', 'partners', 'capital', 'media', 'systems', 'technologies', 'labs', 'services',
  'police', 'army', 'navy', 'force', 'forces', 'guard', 'service', 'brigade', 'regiment', 'command',
  'club', 'fc', 'team', 'league', 'board', 'bureau', 'tribunal', 'jury', 'network', 'society',
  'reserve', 'exchange', 'trust', 'mission', 'delegation', 'secretariat',
]);

/** Heads of the names of venues: buildings, squares, grounds, where an event takes place. */
export const VENUE_HEADS = new Set([
  'palace', 'stadium', 'arena', 'square', 'hall', 'cathedral', 'basilica', 'church', 'mosque', 'temple',
  'courthouse', 'house', 'tower', 'castle', 'museum', 'centre', 'center', 'park', 'airport', 'station',
  'bridge', 'street', 'avenue', 'road', 'embassy', 'consulate', 'hotel', 'theatre', 'theater', 'ground',
  'field', 'beach', 'port', 'harbour', 'harbor', 'canal', 'river', 'lake', 'mountain', 'mount', 'island',
  'cave', 'dam', 'plant', 'base', 'camp', 'prison', 'gardens', 'garden', 'abbey', 'chapel', 'library',
]);

/** Lower-case words that join the parts of one name ("Charles de Gaulle", "Bank of England"). */
export const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'of', 'y']);
