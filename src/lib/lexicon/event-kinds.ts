/**
 * Kinds of event: headline verbs that name the same kind of occurrence (a meeting is talks is
 * negotiations), and the kinds that say more or less about which occurrence is meant.
 */

/** Headline verb → kind of event. */
// biome-ignore format: a word table reads best packed, many entries a line
export const EVENT_KIND: Readonly<Record<string, string>> = {
  meets: 'talks', 'hold talks': 'talks', negotiate: 'talks', resume: 'talks', reconvene: 'talks', convene: 'talks',
  round: 'talks', session: 'talks', meeting: 'talks', gather: 'talks', attends: 'talks', conference: 'talks',
  receives: 'talks', hosts: 'talks', discuss: 'talks', 'sends a delegation': 'talks',
  calls: 'call', 'speaks with': 'call',
  cancels: 'withdrawal', drops: 'withdrawal', declines: 'withdrawal', withdraws: 'withdrawal', postpones: 'withdrawal',
  suspends: 'withdrawal', abandons: 'withdrawal', boycotts: 'withdrawal', skips: 'withdrawal',
  says: 'statement', tells: 'statement', statement: 'statement', stresses: 'statement', notes: 'statement',
  hails: 'statement', recalls: 'statement', warns: 'statement', criticises: 'statement', addresses: 'statement',
  speech: 'statement',
  attack: 'attack', strike: 'attack', bombing: 'attack', offensive: 'attack',
  invasion: 'invasion', invades: 'invasion', war: 'war',
  agreement: 'agreement', deal: 'agreement', agree: 'agreement', signs: 'agreement', approve: 'agreement',
  initiative: 'agreement',
  exchange: 'exchange', releases: 'exchange', 'carried out': 'exchange',
  'runs aground': 'accident', crashes: 'accident', collides: 'accident', sinks: 'accident', explodes: 'accident',
  fire: 'accident', collapses: 'accident',
  'is freed': 'rescue', rescues: 'rescue', tows: 'rescue',
  blocks: 'blockage', closes: 'blockage', traps: 'blockage',
  seizes: 'seizure', detains: 'seizure',
  sues: 'legal', rules: 'legal', sentences: 'legal', charges: 'legal', convicts: 'legal', acquits: 'legal',
  fines: 'legal', claims: 'legal', settles: 'legal',
  earthquake: 'disaster', tsunami: 'disaster', erupts: 'disaster', floods: 'disaster',
};

/** The kind that is only speech: saying something is not an occurrence to match on. */
export const SPEECH_KIND = 'statement';

/** Kinds that name one landmark occurrence whatever the date's precision: a war's invasion, a treaty, an attack. */
export const LANDMARK_KINDS: ReadonlySet<string> = new Set(['invasion', 'agreement', 'attack']);

/** Kinds too common to tell one occurrence from another without a shared name. */
// biome-ignore format: a word table reads best packed, many entries a line
export const GENERIC_KINDS: ReadonlySet<string> = new Set([
  'war', 'statement', 'begin', 'announces', 'ceasefire', 'truce', 'proposal', 'proposes', 'offer', 'offers',
]);

/** Words for a war; with a beginning word ("the war began") they name its outbreak, an invasion. */
export const WAR_WORDS: ReadonlySet<string> = new Set(['war', 'conflict', 'hostilities', 'fighting']);
/** Words for a beginning. */
export const BEGINNING_WORDS: ReadonlySet<string> = new Set([
  'began',
  'begin',
  'started',
  'onset',
  'outbreak',
  'unleashed',
  'erupted',
]);
