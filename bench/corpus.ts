/**
 * Deterministic synthetic corpora that look like real news: the seed articles' sentences
 * recombined and lightly perturbed, dates shifted per story, seed people replaced by a
 * generated pool (written to the corpus's actors.yaml with aliases), page furniture, front
 * matter on most articles, a third of the articles near-duplicates of others, varied lengths.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { type Rng, hashString, mulberry32 } from './prng.ts';
import { type SeedMaterial, type SeedPerson, loadSeeds } from './seeds.ts';
import { addDays, describeDay, shiftDates } from './dates.ts';

/** A generated person of the corpus's actor pool. */
interface PoolPerson {
  id: string;
  name: string;
  first: string;
  last: string;
  variant: string | null;
  handle: string;
  prominent: boolean;
  role: string;
  country: string;
}

/** A story: articles about the same happenings, sharing a date shift and a cast. */
interface Story {
  seed: number;
  offset: number;
  cast: Map<string, PoolPerson | null>;
}

/** An article before it is written out. */
interface Doc {
  title: string;
  paragraphs: string[][];
  story: Story;
  published: string;
  duplicateOf: number | null;
}

/** What was generated, for the report. */
export interface CorpusManifest {
  /** PRNG seed. */
  seed: number;
  /** Articles in content/articles. */
  articles: number;
  /** Near-duplicates among them. */
  duplicates: number;
  /** Articles whose front matter gives a date. */
  frontMatterDates: number;
  /** Articles with a dateline or a metadata stamp instead. */
  datelines: number;
  /** Stories (date shift and cast). */
  stories: number;
  /** Generated people in actors.yaml. */
  pool: number;
  /** Total bytes of article text. */
  bytes: number;
  /** Spare articles in extra/, for rebuild measurements. */
  extras: number;
}

const FIRST = [
  'Anna',
  'Oleksandr',
  'Iryna',
  'Dmytro',
  'Olena',
  'Mykola',
  'Natalia',
  'Serhiy',
  'Tetiana',
  'Andriy',
  'Yulia',
  'Bohdan',
  'Sergei',
  'Elena',
  'Alexei',
  'Marina',
  'Dmitry',
  'Olga',
  'Nikolai',
  'Svetlana',
  'Pavel',
  'Irina',
  'Mikhail',
  'Galina',
  'Mehmet',
  'Ayşe',
  'Emre',
  'Zeynep',
  'Mustafa',
  'Elif',
  'Kemal',
  'Selin',
  'Murat',
  'Derya',
  'Ahmet',
  'Gül',
  'John',
  'Sarah',
  'Michael',
  'Emily',
  'David',
  'Laura',
  'Thomas',
  'Claire',
  'Pierre',
  'Sophie',
  'Klaus',
  'Ingrid',
];
const LAST = [
  'Kovalenko',
  'Shevchenko',
  'Bondarenko',
  'Tkachenko',
  'Kravchenko',
  'Oliynyk',
  'Melnyk',
  'Polishchuk',
  'Lysenko',
  'Savchenko',
  'Marchenko',
  'Rudenko',
  'Moroz',
  'Hrytsenko',
  'Levchenko',
  'Zinchenko',
  'Pavlenko',
  'Kuzmenko',
  'Sydorenko',
  'Humeniuk',
  'Ivanov',
  'Smirnov',
  'Kuznetsov',
  'Popov',
  'Sokolov',
  'Lebedev',
  'Kozlov',
  'Novikov',
  'Morozov',
  'Volkov',
  'Solovyov',
  'Vasilyev',
  'Zaitsev',
  'Pavlov',
  'Semyonov',
  'Golubev',
  'Vinogradov',
  'Bogdanov',
  'Vorobyov',
  'Fyodorov',
  'Yılmaz',
  'Kaya',
  'Demir',
  'Şahin',
  'Çelik',
  'Yıldız',
  'Yıldırım',
  'Öztürk',
  'Aydın',
  'Özdemir',
  'Arslan',
  'Doğan',
  'Kılıç',
  'Aslan',
  'Çetin',
  'Kara',
  'Koç',
  'Kurt',
  'Özkan',
  'Şimşek',
  'Whitfield',
  'Harrington',
  'Caldwell',
  'Pemberton',
  'Lancaster',
  'Dubois',
  'Moreau',
  'Lefèvre',
  'Girard',
  'Brandt',
  'Hoffmann',
  'Schäfer',
  'Lindqvist',
  'Nowak',
  'Kowalski',
  'Rossi',
  'Bianchi',
  'Esposito',
];
const ROLES: [string, string][] = [
  ['Foreign Minister', 'UA'],
  ['Defence Minister', 'UA'],
  ['Presidential adviser', 'UA'],
  ['Head of the Ukrainian delegation', 'UA'],
  ['Deputy Foreign Minister', 'RU'],
  ['Kremlin spokesperson', 'RU'],
  ['Presidential aide', 'RU'],
  ['Head of the Russian delegation', 'RU'],
  ['Foreign Minister', 'TR'],
  ['Intelligence chief', 'TR'],
  ['Presidential spokesperson', 'TR'],
  ['Chief of the General Staff', 'TR'],
  ['Special Envoy', 'US'],
  ['Secretary of State', 'US'],
  ['National Security Adviser', 'US'],
  ['Ambassador to NATO', 'US'],
  ['Foreign Minister', 'FR'],
  ['Chancellor', 'DE'],
  ['Member of the Bundestag', 'DE'],
  ['EU foreign policy chief', 'BE'],
];
const PUBLISHERS = [
  ['Daily Meridian', 'meridian.example'],
  ['The Bosphorus Herald', 'bosphorusherald.example'],
  ['Kyiv Courier', 'kyivcourier.example'],
  ['Euro Wire', 'eurowire.example'],
  ['Atlantic Ledger', 'atlanticledger.example'],
  ['Ankara Post', 'ankarapost.example'],
  ['Global Dispatch', 'globaldispatch.example'],
  ['The Northern Review', 'northernreview.example'],
  ['Black Sea Times', 'blackseatimes.example'],
  ['Continental Report', 'continental.example'],
  ['Capital Chronicle', 'capitalchronicle.example'],
  ['World Desk', 'worlddesk.example'],
] as const;
const SYNONYMS: [string, string][] = [
  ['said', 'stated'],
  ['talks', 'negotiations'],
  ['ceasefire', 'truce'],
  ['announced', 'declared'],
  ['emphasized', 'stressed'],
  ['delegation', 'team'],
  ['officials', 'representatives'],
  ['agreement', 'deal'],
  ['readiness', 'willingness'],
  ['significant', 'major'],
  ['criticized', 'criticised'],
  ['meeting', 'gathering'],
  ['discussed', 'debated'],
  ['hopes', 'expectations'],
  ['pressure', 'leverage'],
  ['support', 'backing'],
  ['efforts', 'attempts'],
  ['expected', 'anticipated'],
  ['underlined', 'underscored'],
  ['urgency', 'need'],
];
const SECTIONS = ['POLITICS', 'WORLD', 'Europe', 'Diplomacy', 'BREAKING'];
const CAPTIONS = [
  'Delegations arrive for the talks',
  'Foreign ministers at the opening session',
  '[foto: {agency}]',
  'The venue ahead of the meeting',
  'Leaders shake hands before the talks',
];
const AGENCIES = ['Anadolu Agency', 'WikimediaCommons', 'Reuters Pool', 'Pool Photo', 'Press Service'];
const QUESTION_TEMPLATES = [
  'Will {a} and {b} actually sign anything in {city}?',
  'Is {a} bluffing about the ceasefire, or is this the real thing?',
  'Why does {city} keep hosting these talks when nothing changes?',
  'Could {b} be replaced before the next round of negotiations?',
];
const HEADLINE_TEMPLATES = [
  '{a} meets {b} in {city}',
  '{a} says talks in {city} could resume within days',
  'Delegations gather in {city} as {a} calls for a ceasefire',
  '{a} rejects preconditions ahead of {city} talks',
  'Prisoner exchange agreed after talks in {city}',
  '{bl} warns of new sanctions if {city} talks fail',
  'What to know about the negotiations in {city}',
  '{a} and {bl} hold phone call on peace efforts',
  'Allies meet in {city} to discuss defence spending',
  'No breakthrough in {city} as {a} and {bl} trade accusations',
];
const CITIES = ['Istanbul', 'Ankara', 'Antalya', 'Brussels', 'Kyiv', 'Moscow'];

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/İ/g, 'I');
const slug = (s: string): string =>
  fold(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A transliteration variant of a surname, or null when none applies. */
function variantOf(last: string): string | null {
  const rules: [RegExp, string][] = [
    [/enko$/, 'enco'],
    [/ov$/, 'off'],
    [/yov$/, 'yev'],
    [/iy$/, 'ii'],
    [/ı/g, 'i'],
    [/ş/g, 's'],
    [/ç/g, 'c'],
    [/ğ/g, 'g'],
    [/ö/g, 'o'],
    [/ü/g, 'u'],
    [/uk$/, 'uck'],
    [/yk$/, 'ik'],
  ];
  for (const [re, to] of rules) if (re.test(last)) return last.replace(re, to);
  return null;
}

function makePool(rng: Rng, size: number): PoolPerson[] {
  const pairs: [string, string][] = [];
  for (const f of FIRST) for (const l of LAST) pairs.push([f, l]);
  return rng
    .shuffle(pairs)
    .slice(0, Math.min(size, pairs.length))
    .map(([first, last]) => {
      const [role, country] = rng.pick(ROLES);
      return {
        id: slug(`${first} ${last}`),
        name: `${first} ${last}`,
        first,
        last,
        variant: variantOf(last),
        handle: `@${fold(first)}${fold(last)}`.replace(/[^@A-Za-z0-9_]/g, ''),
        prominent: rng.chance(0.25),
        role,
        country,
      };
    });
}

function registryEntry(p: PoolPerson): object {
  const aliases = [p.name];
  if (p.variant) aliases.push(`${p.first} ${p.variant}`);
  if (p.prominent) aliases.push(p.last, p.handle);
  return {
    id: p.id,
    name: p.name,
    kind: 'person',
    role: p.role,
    country: p.country,
    aliases,
    shortNames: p.prominent ? [] : [p.last],
  };
}

/** Replace seed people by a story's cast, keeping the form (full name, surname, handle). */
function castReplacer(people: SeedPerson[]): (text: string, story: Story, rng: Rng) => string {
  const forms = new Map<string, { id: string; kind: 'full' | 'short' | 'handle' }>();
  for (const p of people) {
    for (const f of p.full) for (const v of [f, fold(f)]) forms.set(v, { id: p.id, kind: 'full' });
    for (const f of p.short) for (const v of [f, fold(f)]) if (!forms.has(v)) forms.set(v, { id: p.id, kind: 'short' });
    for (const f of p.handles) forms.set(f, { id: p.id, kind: 'handle' });
  }
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const re = new RegExp(`(?<![\\p{L}\\p{N}@])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text, story, rng) =>
    text.replace(re, (match) => {
      const form = forms.get(match);
      const person = form ? story.cast.get(form.id) : undefined;
      if (!form || !person) return match;
      if (form.kind === 'handle') return person.handle;
      if (form.kind === 'short') return person.last;
      return person.variant && rng.chance(0.1) ? `${person.first} ${person.variant}` : person.name;
    });
}

/** Swap one word for a synonym (either direction), keeping its capitalisation. */
function perturb(sentence: string, rng: Rng): string {
  const options = SYNONYMS.flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]).filter(([from]) => new RegExp(`\\b${from}\\b`, 'i').test(sentence));
  if (options.length === 0) return sentence;
  const [from, to] = rng.pick(options) as [string, string];
  return sentence.replace(new RegExp(`\\b${from}\\b`, 'i'), (m) =>
    m[0] === m[0]!.toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to,
  );
}

/** Log-normal article length in sentences, clamped to [3, 90]. */
function articleLength(rng: Rng): number {
  const u = Math.max(rng.next(), 1e-9);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  return Math.min(90, Math.max(3, Math.round(Math.exp(Math.log(16) + 0.65 * z))));
}

/** Generate a corpus of `n` articles (plus `extras` spare ones) into `dir`, replacing it. */
export async function generateCorpus(
  projectRoot: string,
  dir: string,
  n: number,
  seed: number,
  extras = 3,
): Promise<CorpusManifest> {
  const seeds: SeedMaterial = await loadSeeds(projectRoot);
  const rng = mulberry32((seed ^ hashString(`corpus-${n}`)) >>> 0);
  const pool = makePool(rng.fork('pool'), Math.max(40, Math.min(2000, Math.round(n / 8))));
  const recast = castReplacer(seeds.people);
  const allSentences = seeds.articles.flatMap((a, i) => a.paragraphs.flat().map((s) => ({ seed: i, s })));

  const stories: Story[] = [];
  const newStory = (): Story => {
    const offset = Math.round(rng.int(-10, 1) * 365.25) + rng.int(-150, 150);
    const cast = new Map<string, PoolPerson | null>();
    const free = rng.shuffle(pool);
    for (const p of seeds.people) cast.set(p.id, rng.chance(0.75) ? (free.pop() ?? null) : null);
    const story = { seed: rng.int(0, seeds.articles.length - 1), offset, cast };
    stories.push(story);
    return story;
  };
  const transform = (sentence: string, story: Story, perturbation: number): string => {
    let out = shiftDates(recast(sentence, story, rng), story.offset, 2025);
    if (rng.chance(perturbation)) out = perturb(out, rng);
    return out;
  };

  const docs: Doc[] = [];
  const originals: number[] = [];
  const total = n + extras;
  for (let i = 0; i < total; i++) {
    if (originals.length > 0 && rng.chance(1 / 3)) {
      // A near-duplicate: a syndicated or lightly rewritten copy of a recent article.
      const sourceIndex = originals[Math.max(0, originals.length - 1 - rng.int(0, 200))] ?? originals[0]!;
      const source = docs[sourceIndex]!;
      const paragraphs = source.paragraphs.map((p) => [...p]);
      for (let k = rng.int(1, 3); k > 0; k--) {
        const p = paragraphs[rng.int(0, paragraphs.length - 1)]!;
        const j = rng.int(0, p.length - 1);
        p[j] = perturb(p[j]!, rng);
      }
      const count = paragraphs.reduce((s, p) => s + p.length, 0);
      if (count > 3 && rng.chance(0.5)) {
        const p = paragraphs[rng.int(1, Math.max(1, paragraphs.length - 1))] ?? paragraphs[0]!;
        if (p.length > 1) p.splice(rng.int(0, p.length - 1), 1);
      }
      if (rng.chance(0.3)) {
        const extra = rng.pick(seeds.articles[source.story.seed]!.paragraphs.flat());
        paragraphs[paragraphs.length - 1]!.push(transform(extra, source.story, 0));
      }
      const title = rng.chance(0.5) ? source.title : perturb(source.title, rng);
      docs.push({
        title,
        paragraphs,
        story: source.story,
        published: addDays(source.published, rng.int(0, 1)),
        duplicateOf: sourceIndex,
      });
      continue;
    }
    const story =
      stories.length === 0 || rng.chance(0.3) ? newStory() : stories[Math.max(0, stories.length - 1 - rng.int(0, 20))]!;
    const base = seeds.articles[story.seed]!;
    const length = articleLength(rng);
    const used = new Set<string>();
    const take = (s: string): string | null => {
      if (used.has(s) && used.size < allSentences.length) return null;
      used.add(s);
      return transform(s, story, 0.1);
    };
    const raw: string[][] = [];
    const lead = base.paragraphs.map((p) => [...p]);
    const rest = rng.chance(0.3) ? [lead[0]!, ...rng.shuffle(lead.slice(1))] : lead;
    for (const p of rest) {
      const kept = p.filter(() => rng.chance(0.85));
      if (rng.chance(0.2)) kept.splice(rng.int(0, kept.length), 0, rng.pick(allSentences).s);
      if (kept.length) raw.push(kept);
    }
    while (raw.reduce((s, p) => s + p.length, 0) < length) {
      const donor = rng.pick(seeds.articles);
      const p = rng.pick(donor.paragraphs).filter(() => rng.chance(0.85));
      if (p.length) raw.push(p);
    }
    const paragraphs: string[][] = [];
    let budget = length;
    for (const p of raw) {
      if (budget <= 0) break;
      const out = p
        .slice(0, budget)
        .map(take)
        .filter((s): s is string => s !== null);
      budget -= p.length;
      if (out.length) paragraphs.push(out);
    }
    if (paragraphs.length === 0) paragraphs.push([transform(base.paragraphs[0]![0]!, story, 0)]);
    const headlines = [base.headline, ...base.subheads];
    let title: string;
    if (rng.chance(0.5)) {
      const cast = rng.shuffle([...story.cast.values()].filter((p): p is PoolPerson => p !== null));
      const [a, b] = [cast[0] ?? rng.pick(pool), cast[1] ?? rng.pick(pool)];
      title = rng
        .pick(HEADLINE_TEMPLATES)
        .replace('{a}', a.name)
        .replace('{b}', b.name)
        .replace('{bl}', b.last)
        .replace('{city}', rng.pick(CITIES));
    } else title = transform(rng.chance(0.7) ? headlines[0]! : rng.pick(headlines), story, 0.3);
    const published = addDays(base.published, story.offset + rng.int(0, 2));
    originals.push(docs.length);
    docs.push({ title, paragraphs, story, published, duplicateOf: null });
  }

  await rm(dir, { recursive: true, force: true });
  const articlesDir = path.join(dir, 'content', 'articles');
  const extraDir = path.join(dir, 'extra');
  await mkdir(articlesDir, { recursive: true });
  await mkdir(extraDir, { recursive: true });
  const manifest: CorpusManifest = {
    seed,
    articles: n,
    duplicates: 0,
    frontMatterDates: 0,
    datelines: 0,
    stories: stories.length,
    pool: pool.length,
    bytes: 0,
    extras,
  };
  const writes: Promise<void>[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    // Each article's furniture has its own generator, so the corpus does not depend on `extras`.
    const docRng = mulberry32(hashString(`${seed}-${n}-article-${i}`));
    const { text, ext, dated, dateline } = serialise(doc, i, docRng, seeds, recast, pool);
    const file = `${slug(doc.title).slice(0, 60).replace(/-+$/, '')}-${String(i).padStart(5, '0')}.${ext}`;
    writes.push(writeFile(path.join(i < n ? articlesDir : extraDir, file), text));
    if (i < n) {
      manifest.bytes += Buffer.byteLength(text);
      if (doc.duplicateOf !== null) manifest.duplicates++;
      if (dated) manifest.frontMatterDates++;
      if (dateline) manifest.datelines++;
    }
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);

  const actors = [...seeds.registry, ...pool.map(registryEntry)];
  await writeFile(
    path.join(dir, 'content', 'actors.yaml'),
    `# Generated by bench/corpus.ts (seed ${seed}): the seed registry plus ${pool.length} generated people.\n${stringify(actors)}`,
  );
  await writeFile(path.join(dir, 'content', 'places.yaml'), seeds.placesYaml);
  await writeFile(
    path.join(dir, 'content', 'site.yaml'),
    `title: Synthetic benchmark corpus (${n} articles)\ndescription: Generated by bench/corpus.ts from the seed articles, seed ${seed}.\nbaseUrl: https://bench.example.org\npathPrefix: /\nlanguage: en\n`,
  );
  await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Write one article: front matter or dateline, furniture, paragraphs, perhaps Markdown. */
function serialise(
  doc: Doc,
  index: number,
  rng: Rng,
  seeds: SeedMaterial,
  recast: (text: string, story: Story, rng: Rng) => string,
  pool: PoolPerson[],
): { text: string; ext: string; dated: boolean; dateline: boolean } {
  const markdown = rng.chance(0.2);
  const [publisher, domain] = rng.pick(PUBLISHERS);
  const day = describeDay(doc.published);
  const lines: string[] = [];
  let dated = false;
  let dateline = false;
  if (rng.chance(0.8)) {
    lines.push(
      '---',
      `title: ${JSON.stringify(doc.title)}`,
      `publisher: ${publisher}`,
      `url: https://${domain}/${doc.published.slice(0, 7).replace('-', '/')}/${slug(doc.title).slice(0, 50)}-${index}`,
    );
    if (rng.chance(0.9)) {
      lines.push(`date: ${doc.published}`);
      dated = true;
    }
    lines.push('language: en', '---', '');
  }
  if (rng.chance(0.15)) lines.push('1. Home page', '  2. Breaking News', '');
  else if (rng.chance(0.15)) lines.push(rng.pick(SECTIONS));
  if (!dated && lines[0] !== '---' && rng.chance(0.5)) {
    dateline = true;
    if (rng.chance(0.5)) lines.push(` date ${doc.published} ${doc.title}`, '');
    else
      lines.push(
        markdown ? `# ${doc.title}` : doc.title,
        `${rng.pick(CITIES)}, Turkey${day.weekday.slice(0, 3)} ${day.month} ${day.day} ${day.year}`,
      );
  } else {
    lines.push(markdown ? `# ${doc.title}` : doc.title);
    if (rng.chance(0.1)) lines.push('', doc.title, '0', 'Ad');
    lines.push('');
  }
  const compact = !markdown && rng.chance(0.3);
  const sep = compact ? [] : [''];
  const subheads = seeds.articles[doc.story.seed]!.subheads;
  doc.paragraphs.forEach((p, i) => {
    let text = p.join(' ');
    if (i === 0 && markdown && rng.chance(0.3)) text = `**${text}**`;
    if (i > 0 && subheads.length && rng.chance(markdown ? 0.2 : 0.08))
      lines.push(
        markdown ? `## ${recast(rng.pick(subheads), doc.story, rng)}` : recast(rng.pick(subheads), doc.story, rng),
        ...sep,
      );
    lines.push(text, ...sep);
    if (rng.chance(0.1)) lines.push('Ad', ...sep);
    // Images and embedded posts stand in blocks of their own, as on real pages.
    if (rng.chance(0.06)) lines.push('', image(rng, domain, doc.published), '');
    if (i === 1 && seeds.embeds.length && rng.chance(0.08)) {
      const embed = rng.pick(seeds.embeds);
      lines.push('');
      for (const l of embed.lines) lines.push(shiftDates(recast(l, doc.story, rng), doc.story.offset, 2025));
      lines.push(shiftDates(recast(embed.signature, doc.story, rng), doc.story.offset, 2025), '');
    }
  });
  if (rng.chance(0.05)) lines.push('English version by the Translation Service of Withub', '');
  if (rng.chance(0.3)) for (let k = rng.int(1, 3); k > 0; k--) lines.push('', image(rng, domain, doc.published), '');
  if (rng.chance(0.15)) {
    lines.push('continue reading...', 'questions');
    const cast = [...doc.story.cast.values()].filter((p): p is PoolPerson => p !== null);
    const a = cast[0] ?? rng.pick(pool);
    const b = cast[1] ?? rng.pick(pool);
    const questions = rng.shuffle([...seeds.questions.map((q) => recast(q, doc.story, rng)), ...QUESTION_TEMPLATES]);
    for (const q of questions.slice(0, rng.int(2, 3)))
      lines.push(q.replace('{a}', a.name).replace('{b}', b.name).replace('{city}', rng.pick(CITIES)));
    lines.push('actions', 'flag content');
  }
  if (rng.chance(0.3)) lines.push('Ad', 'Share', '');
  if (rng.chance(0.2)) lines.push('Your email address will not be published. Required fields are marked *');
  return {
    text: `${lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n`,
    ext: markdown ? 'md' : 'txt',
    dated,
    dateline,
  };
}

function image(rng: Rng, domain: string, published: string): string {
  const caption = rng.pick(CAPTIONS).replace('{agency}', rng.pick(AGENCIES));
  const name = `${(rng.next() * 0xffffffff).toString(16).replace('.', '').slice(0, 8)}-350x250.jpg`;
  return `![${caption}](https://cdn.${domain}/wp-content/uploads/${published.slice(0, 7).replace('-', '/')}/${name})`;
}
