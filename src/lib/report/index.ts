/**
 * Problems as the build reports them: `path:line:col: what happened, why, what to do`.
 * Stages record problems on the document's VFile; this module turns them into Problems,
 * formats them, and holds the catalogue of messages so every wording lives in one place.
 */
import type { VFile } from 'vfile';
import type { Problem } from '../../types.ts';
import { terminalSafe } from '../text/index.ts';

/** One entry of the catalogue: a stable code and its message. */
export interface CatalogueEntry {
  /** Stable code, e.g. `read/binary-file`. */
  code: string;
  /** What happened, why, and what to do. */
  message: string;
}

/** Raised when the build cannot go on without risking published URLs or the user's content. */
export class FatalBuildError extends Error {}

/** Record a warning on a file at a 1-based line and column. */
export function warn(file: VFile, entry: CatalogueEntry, line = 1, column = 1): void {
  const message = file.message(entry.message, { place: { line, column } });
  message.ruleId = entry.code;
  message.fatal = false;
}

/** Record an error: the file (or part of it) was skipped. */
export function fail(file: VFile, entry: CatalogueEntry, line = 1, column = 1): void {
  const message = file.message(entry.message, { place: { line, column } });
  message.ruleId = entry.code;
  message.fatal = true;
}

/** The problems recorded on a file, in position order. */
export function problemsOf(file: VFile): Problem[] {
  return file.messages
    .map((m) => {
      const place = m.place && 'line' in m.place ? m.place : m.place && 'start' in m.place ? m.place.start : undefined;
      return {
        file: file.path,
        line: place?.line ?? 1,
        column: place?.column ?? 1,
        code: m.ruleId ?? 'unknown',
        message: m.reason,
        severity: m.fatal ? ('error' as const) : ('warning' as const),
      };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** Format a problem as `path:line:col: message [code]`, safe to print: a file name cannot forge a line. */
export function formatProblem(p: Problem): string {
  return terminalSafe(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.code}]`);
}

/** The catalogue: every message the build can print. */
export const catalogue = {
  emptyFile: (): CatalogueEntry => ({
    code: 'read/empty-file',
    message:
      'The file is empty or holds only whitespace, so it has no article text. Delete it, or paste the article into it.',
  }),
  binaryFile: (): CatalogueEntry => ({
    code: 'read/binary-file',
    message:
      'The file looks binary (it contains NUL bytes), so it was skipped; it is ' +
      'probably an image or a document saved with the wrong extension. Convert it to ' +
      'plain text or Markdown.',
  }),
  legacyEncoding: (offset: number): CatalogueEntry => ({
    code: 'read/legacy-encoding',
    message:
      `The file is not valid UTF-8 (first bad byte at byte ${offset}), so the bytes ` +
      `that are not were read as Windows-1252 and the rest as UTF-8. Check that ` +
      `accented letters look right there, and save the file as UTF-8 to silence this.`,
  }),
  missingArticles: (folder: string, why: string): CatalogueEntry => ({
    code: 'read/no-articles-folder',
    message:
      `${folder}:1:1: The articles folder ${why}, so there is nothing to build and the ` +
      `permalink ledger was left untouched. Create the folder and put the articles ` +
      `(.txt or .md) in it, or run the build from the project folder.`,
  }),
  noArticles: (folder: string, active: number): CatalogueEntry => ({
    code: 'read/no-articles',
    message:
      `The folder holds no readable article, so the site has no events; the permalink ` +
      `ledger and changelog were left as they were, so the ${active} published events ` +
      `are not withdrawn. Put the articles back, or delete content/permalinks.json if ` +
      `the site is really meant to be empty.`,
  }),
  unreadableFile: (why: 'not-a-file' | 'link-outside' | 'unreadable', code?: string): CatalogueEntry => ({
    code: why === 'link-outside' ? 'read/link-outside' : why === 'not-a-file' ? 'read/not-a-file' : 'read/unreadable',
    message:
      why === 'link-outside'
        ? 'The file is a link that leads outside the content folder, so it was not read: ' +
          'the build reads only what the content folder holds. Copy the article into ' +
          'content/articles instead of linking to it.'
        : why === 'not-a-file'
          ? 'The name is not a regular file (a pipe, a device or a socket), so it was not ' +
            'read: reading it could block or never end. Replace it with the article file.'
          : `The file could not be read (${code ?? 'error'}), so it was skipped. Check its permissions.`,
  }),
  tooLarge: (size: number, cap: number): CatalogueEntry => ({
    code: 'read/too-large',
    message:
      `The file has ${size} bytes, more than the ${cap} an article may have, so only ` +
      `its first ${cap} bytes (up to the last whole line) were read. Split the file ` +
      `into its articles.`,
  }),
  controlCharacters: (count: number): CatalogueEntry => ({
    code: 'read/control-characters',
    message:
      `The text holds ${count} control character${count === 1 ? '' : 's'} (the first ` +
      `here), which feeds and XML cannot carry, so they were removed (a vertical tab ` +
      `became a line break). Check the text around it; re-save the file as plain text.`,
  }),
  bidiControls: (count: number): CatalogueEntry => ({
    code: 'read/bidi-controls',
    message:
      `The text holds ${count} bidirectional control ` +
      `character${count === 1 ? '' : 's'} (the first here), which reorder what readers ` +
      `see and break name matching, so they were removed. Check the text around it.`,
  }),
  idCollision: (id: string, other: string): CatalogueEntry => ({
    code: 'read/id-collision',
    message:
      `The file name gives the same article id "${id}" as ${other}, so a suffix was ` +
      `added to keep both. Rename one of the files to choose its id.`,
  }),
  frontMatterLanguage: (language: string): CatalogueEntry => ({
    code: 'parse/front-matter-language',
    message:
      `Front matter in "${language}" was ignored: only YAML is accepted, because front ` +
      `matter is data and is never executed. Rewrite it as YAML (--- … ---).`,
  }),
  frontMatterSyntax: (reason: string): CatalogueEntry => ({
    code: 'parse/front-matter-syntax',
    message:
      `The front matter is not valid YAML (${reason}), so it was ignored and the ` +
      `article was read without it. Fix the YAML.`,
  }),
  frontMatterField: (key: string, reason: string): CatalogueEntry => ({
    code: 'parse/front-matter-field',
    message: `Front matter field "${key}" was ignored: ${reason}. Correct the value or remove the field.`,
  }),
  frontMatterUnknown: (key: string): CatalogueEntry => ({
    code: 'parse/front-matter-unknown',
    message:
      `Front matter field "${key}" is not one the build reads (title, publisher, url, ` +
      `date, language), so it has no effect. Remove it or check its spelling.`,
  }),
  frontMatterUnknownMore: (count: number): CatalogueEntry => ({
    code: 'parse/front-matter-unknown',
    message:
      `${count} more front matter fields are not ones the build reads, so they have no ` +
      `effect. Remove them: front matter holds title, publisher, url, date and language.`,
  }),
  frontMatterTooLarge: (cap: number): CatalogueEntry => ({
    code: 'parse/front-matter-too-large',
    message:
      `The front matter is longer than ${cap} characters, far more than its five ` +
      `fields need, so it was ignored and the article was read without it. Keep only ` +
      `title, publisher, url, date and language.`,
  }),
  longLine: (length: number): CatalogueEntry => ({
    code: 'parse/long-line',
    message:
      `A line of ${length} characters is not prose a reader wrote (a pasted dump or ` +
      `minified text), so it was split into pieces before sentence splitting. Check ` +
      `the file; add line breaks between paragraphs.`,
  }),
  tooManyMentions: (kept: number): CatalogueEntry => ({
    code: 'extract/too-many-mentions',
    message:
      `The article reports more than ${kept} events, far more than a news article ` +
      `does, so only the first ${kept} were used and the rest of the file was not read ` +
      `for events. Split the file into its articles.`,
  }),
  mojibake: (sample: string): CatalogueEntry => ({
    code: 'read/mojibake',
    message:
      `The text contains “${sample}”, the mark of UTF-8 decoded as Latin-1 somewhere ` +
      `before it reached us, so names may not match the registry. Re-save the article ` +
      `from its source as UTF-8.`,
  }),
  noSentences: (): CatalogueEntry => ({
    code: 'parse/no-sentences',
    message:
      'No article text was left after removing page furniture, so the article adds no ' +
      'events. Check that the file holds the article body and not only navigation or captions.',
  }),
  unknownPublication: (): CatalogueEntry => ({
    code: 'date/unknown-publication',
    message:
      'No publication date was found (no front matter date, dateline or dated post), ' +
      'so relative dates such as "yesterday" cannot be resolved and the article adds ' +
      'only absolute dates. Add `date: YYYY-MM-DD` to its front matter.',
  }),
  publicationFromReports: (day: string): CatalogueEntry => ({
    code: 'date/publication-from-reports',
    message:
      `No publication date was found on the page, so it was taken as ${day}: the day its relative dates ` +
      '("on Tuesday") fit the dates other articles give the same events (its source page shows which). ' +
      'Add `date: YYYY-MM-DD` to its front matter to confirm or correct it.',
  }),
  noAttribution: (): CatalogueEntry => ({
    code: 'publish/no-attribution',
    message:
      'The article names no publisher (no front matter, wire dateline, byline or ' +
      'copyright line) and gives no URL, so its quotes cannot say whose reporting they ' +
      'are. Add `publisher:` and `url:` to its front matter.',
  }),
  unknownActor: (name: string): CatalogueEntry => ({
    code: 'extract/unknown-person',
    message:
      `"${name}" looks like a person's name but is not in content/actors.yaml, so it ` +
      `is not linked to an actor page. Add it to the registry if it is an actor of the story.`,
  }),
  registrySyntax: (reason: string): CatalogueEntry => ({
    code: 'registry/syntax',
    message: `The registry is not valid YAML (${reason}), so no actors or places from it are recognised. Fix the YAML.`,
  }),
  registryCharacters: (key: string): CatalogueEntry => ({
    code: 'registry/characters',
    message:
      `The ${key} held bidirectional or control characters, which disguise text and ` +
      `break name matching, so they were removed. Retype the name.`,
  }),
  settingsSyntax: (reason: string): CatalogueEntry => ({
    code: 'settings/syntax',
    message: `The site settings are not valid YAML (${reason}), so defaults were used. Fix the YAML.`,
  }),
  settingsInvalid: (key: string, reason: string): CatalogueEntry => ({
    code: 'settings/invalid',
    message: `Setting "${key}" is invalid (${reason}), so defaults were used. Correct it.`,
  }),
  unsafeOutput: (why: string): CatalogueEntry => ({
    code: 'build/unsafe-output',
    message:
      `The build will not write its site here: ${why}. Choose another --out folder ` +
      `(the default is _site), or empty this one.`,
  }),
  ledgerBroken: (what: string): CatalogueEntry => ({
    code: 'ledger/invariant',
    message:
      `The permalink ledger breaks a rule it relies on (${what}), so event ids cannot ` +
      `be kept stable and the build stopped. Restore it from version control (git ` +
      `checkout content/permalinks.json), or correct that entry. [ledger/invariant]`,
  }),
  registryEntry: (index: number, reason: string): CatalogueEntry => ({
    code: 'registry/entry',
    message: `Entry ${index + 1} was skipped: ${reason}. Correct the entry.`,
  }),
} as const;
