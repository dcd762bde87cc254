/**
 * Event words of English news: the verbs and nouns that make a sentence report something that
 * happens on a date (meet, talks, attack, sign, summit…), each mapped to the verb a headline
 * uses. Generic, not story-specific; matched on folded tokens.
 */

import { EVENT_KIND, SPEECH_KIND } from './event-kinds.ts';

// Politics and diplomacy: meeting, travel, calls, agreements, conflict, statements.
// biome-ignore format: a word table reads best packed, many entries a line
const POLITICS: Record<string, string> = {
  meet: 'meets', meets: 'meets', met: 'meets', meeting: 'meets', meetings: 'meets', saw: 'meets', see: 'meets',
  sees: 'meets', received: 'receives', receives: 'receives', receive: 'receives', hosted: 'hosts',
  hosts: 'hosts', host: 'hosts',
  talks: 'hold talks', talk: 'hold talks', negotiations: 'negotiate', negotiation: 'negotiate', negotiate: 'negotiate',
  negotiating: 'negotiate', summit: 'summit', ministerial: 'meeting', conference: 'conference', session: 'session',
  round: 'round', visit: 'visits', visited: 'visits', visits: 'visits', travel: 'travels', travelled: 'travels',
  traveled: 'travels', arrive: 'arrives', arrived: 'arrives', attended: 'attends', attend: 'attends',
  spoke: 'speaks with', speak: 'speaks with', call: 'calls', called: 'calls', calls: 'calls', phone: 'calls',
  conversations: 'calls', signed: 'signs', sign: 'signs', agreed: 'agree', agreement: 'agreement', deal: 'deal',
  approved: 'approve', approve: 'approve', initiative: 'initiative', announced: 'announces', announce: 'announces',
  announces: 'announces', proposed: 'proposes', proposal: 'proposal', offer: 'offer', offered: 'offers',
  cancelled: 'cancels', canceled: 'cancels', cancel: 'cancels', dropped: 'withdraws', declined: 'declines',
  rejected: 'rejects', defected: 'withdraws', withdrew: 'withdraws', postponed: 'postpones', suspended: 'suspends',
  abandoned: 'abandons', boycotted: 'boycotts', skipped: 'skips', attack: 'attack', attacks: 'attack',
  attacked: 'attack', destroyed: 'destroys', demolished: 'destroys', strike: 'strike', strikes: 'strike',
  struck: 'strike', bombing: 'bombing', offensive: 'offensive', invasion: 'invasion', conflict: 'war',
  outbreak: 'outbreak', erupted: 'erupts', 'full-scale': 'invasion', unleashed: 'invasion', onset: 'invasion',
  invaded: 'invades', invade: 'invades', war: 'war', recapture: 'recaptures', captured: 'captures',
  massacre: 'massacre', exchange: 'exchange', swap: 'exchange', released: 'releases', ceasefire: 'ceasefire',
  truce: 'truce',
  election: 'election', elected: 'elected', vote: 'vote', voted: 'votes', resigned: 'resigns', appointed: 'appoints',
  address: 'addresses', addressed: 'addresses', speech: 'speech', statement: 'statement', remarks: 'statement',
  delegation: 'sends a delegation', delegations: 'sends a delegation', underlined: 'stresses', underscored: 'stresses',
  emphasized: 'stresses', emphasised: 'stresses', stressed: 'stresses', noted: 'notes', hailed: 'hails',
  recalled: 'recalls', said: 'says', told: 'tells', warned: 'warns', criticised: 'criticises', criticized: 'criticises',
  resume: 'resume', resumed: 'resume', reconvened: 'reconvene', convene: 'convene', convened: 'convene',
  commenced: 'begin', began: 'begin', begin: 'begin', started: 'begin', opened: 'open', gathered: 'gather',
  discussed: 'discuss', discuss: 'discuss', discussions: 'discuss', chairs: 'chairs', chaired: 'chairs', led: 'leads',
  leads: 'leads', mediated: 'mediates', shake: 'meets', shook: 'meets', shakes: 'meets', handshake: 'meets',
  lunch: 'meets', dinner: 'meets', dined: 'meets', flew: 'travels', fly: 'travels', flies: 'travels', flown: 'travels',
  touched: 'lands', left: 'leaves', departed: 'leaves', leave: 'leaves', delivered: 'delivers', delivers: 'delivers',
  handed: 'delivers', carried: 'delivers', executed: 'carried out', sat: 'meets', reached: 'reaches', landed: 'lands',
  hit: 'hits', killed: 'kills', died: 'dies', flooded: 'floods', evacuated: 'evacuates', fled: 'flee',
  protest: 'protest', protested: 'protest', arrested: 'arrests', launched: 'launches',
};

// Beyond politics: accidents, disasters, rescues, transport, courts and markets.
// biome-ignore format: a word table reads best packed, many entries a line
const INCIDENTS: Record<string, string> = {
  aground: 'runs aground', grounded: 'runs aground', grounding: 'runs aground', wedged: 'runs aground',
  lodged: 'runs aground', stranded: 'runs aground', refloated: 'is freed', refloat: 'is freed', freed: 'is freed',
  rescued: 'rescues', rescue: 'rescues', saved: 'rescues', blocked: 'blocks', blockage: 'blocks', blocking: 'blocks',
  closure: 'closes', closed: 'closes', shut: 'closes', reopened: 'reopens', reopen: 'reopens', towed: 'tows',
  tow: 'tows', sailed: 'sails', sails: 'sails', anchored: 'anchors', docked: 'docks', seized: 'seizes',
  seizure: 'seizes', impounded: 'seizes', detained: 'detains', halted: 'suspends', crashed: 'crashes',
  crash: 'crashes', collided: 'collides', collision: 'collides', sank: 'sinks', capsized: 'sinks',
  exploded: 'explodes', explosion: 'explodes', fire: 'fire', blaze: 'fire', earthquake: 'earthquake',
  quake: 'earthquake', aftershock: 'earthquake', tsunami: 'tsunami', eruption: 'erupts', collapsed: 'collapses',
  collapse: 'collapses', trapped: 'traps', injured: 'injures', wounded: 'injures', dead: 'dies', deaths: 'dies',
  toll: 'dies', ruled: 'rules', ruling: 'rules', sentenced: 'sentences', charged: 'charges', convicted: 'convicts',
  acquitted: 'acquits', sued: 'sues', lawsuit: 'sues', fined: 'fines', verdict: 'rules', compensation: 'claims',
  claim: 'claims', settlement: 'settles', settled: 'settles', won: 'wins', defeated: 'defeats', sworn: 'is sworn in',
  inaugurated: 'is sworn in', launch: 'launches', splashdown: 'lands',
};

// The common verbs of any news report: finding and reaching, coming and going, beginning and
// ending, courts and votes, harm and recovery.
// biome-ignore format: a word table reads best packed, many entries a line
const COMMON: Record<string, string> = {
  found: 'finds', discovered: 'finds', discovery: 'finds', located: 'finds', emerged: 'emerges', entered: 'enters',
  returned: 'returns', brought: 'brings', evacuation: 'evacuates', searched: 'searches', search: 'searches',
  identified: 'identifies', ended: 'ends', completed: 'completes', finished: 'completes', confirmed: 'confirms',
  reported: 'reports', revealed: 'reveals', published: 'publishes', unveiled: 'unveils', joined: 'joins',
  survived: 'survives', recovered: 'recovers', hospitalised: 'is taken to hospital',
  hospitalized: 'is taken to hospital', discharged: 'is discharged', buried: 'buries', funeral: 'funeral',
  toured: 'visits', inspected: 'inspects', marched: 'marches', rallied: 'rallies', rally: 'rallies',
  clashed: 'clashes', clashes: 'clashes', fought: 'fights', fired: 'fires', shot: 'shoots', shelled: 'shells',
  raided: 'raids', raid: 'raids', stormed: 'storms', jailed: 'jails', deported: 'deports', extradited: 'extradites',
  banned: 'bans', passed: 'passes', vetoed: 'vetoes', ratified: 'ratifies', dismissed: 'dismisses',
  nominated: 'nominates', awarded: 'awards', lost: 'loses', beat: 'beats', tested: 'tests',
};

// Firms, markets and games: what business and sports pages report as done on a day.
// biome-ignore format: a word table reads best packed, many entries a line
const MARKETS_AND_GAMES: Record<string, string> = {
  acquired: 'acquires', acquisition: 'acquires', bought: 'buys', sold: 'sells', merged: 'merges', merger: 'merges',
  takeover: 'takes over', filed: 'files', bankruptcy: 'goes bankrupt', failed: 'fails', failure: 'fails',
  plunged: 'plunges', plummeted: 'plunges', tumbled: 'plunges', slumped: 'plunges', soared: 'soars', surged: 'soars',
  raised: 'raises', cut: 'cuts', hiked: 'raises', testified: 'testifies', pleaded: 'pleads', scored: 'scores',
  equalised: 'equalises', equalized: 'equalises', converted: 'scores', lifted: 'lifts', clinched: 'wins',
  qualified: 'qualifies', eliminated: 'is eliminated', knocked: 'knocks out', celebrated: 'celebrates',
};

const TABLES = { ...POLITICS, ...INCIDENTS, ...COMMON, ...MARKETS_AND_GAMES };

// Headlines speak in the present ("Jury convicts…", "Regulators seize…"): each one-word headline
// verb of an action is an event word too, of its own kind. Not the common verbs of saying and
// reporting ("says", "finds", "confirms"): in the present they describe more than they report.
const ACTIONS = new Set(Object.values({ ...POLITICS, ...INCIDENTS, ...MARKETS_AND_GAMES }));
const isHeadlineForm = (v: string): boolean => /^\p{Ll}+s$/u.test(v) && !(v in TABLES) && EVENT_KIND[v] !== SPEECH_KIND;
const HEADLINE_FORMS = Object.fromEntries([...ACTIONS].filter(isHeadlineForm).map((v) => [v, v]));

/** Each event word, mapped to the verb used in headlines (its kind of event). */
export const EVENT_WORDS: Readonly<Record<string, string>> = { ...HEADLINE_FORMS, ...TABLES };

/** The headline verb of an event word, or the word itself. */
export const headlineVerb = (word: string): string => EVENT_WORDS[word] ?? word;
