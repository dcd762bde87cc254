/**
 * The seed site in a real browser, as a reader uses it: every kind of page opens, the
 * timeline filters, search finds every spelling, quotes lead to their sentence and back,
 * keyboard, dark mode and print work, and axe finds nothing serious.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PipelineResult } from '../../src/build/pipeline.ts';
import {
  ankaraMeeting,
  axeSource,
  buildSeedSite,
  kindsOfPage,
  launchChromium,
  root,
  serve,
  settle,
  type StaticServer,
} from './harness.ts';

let browser: Browser;
let server: StaticServer;
let data: PipelineResult['data'];
const shots = path.join(root, 'test-results', 'screenshots');

beforeAll(async () => {
  // Chromium first: without it the file fails at once, saying what to install.
  browser = await launchChromium();
  const site = await buildSeedSite();
  data = site.result.data;
  server = await serve(site.dir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page that records script errors, so that no page passes while its scripts fail. */
async function open(
  url: string,
  options: { width?: number; dark?: boolean; js?: boolean } = {},
): Promise<{ page: Page; errors: string[]; status: number | undefined }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
    javaScriptEnabled: options.js ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // Failed requests are reported below with their address, the page's own 404 excepted.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  const target = new URL(url, server.base).href;
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url() !== target) errors.push(`${r.status()} for ${r.url()}`);
  });
  const response = await page.goto(target, { waitUntil: 'load' });
  return { page, errors, status: response?.status() };
}

const ankara = () => ankaraMeeting(data);
const pageKinds = () => kindsOfPage(data);

describe('every kind of page', () => {
  it('opens without script errors, with one h1, no skipped heading level and no sideways scrolling at 360 px', async () => {
    const problems: string[] = [];
    for (const [kind, url] of Object.entries(pageKinds())) {
      const { page, errors, status } = await open(url, { width: 360 });
      expect(status, kind).toBe(kind === 'not-found' ? 404 : 200);
      const outline = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
      if (outline.filter((l) => l === 1).length !== 1)
        problems.push(`${kind}: ${outline.filter((l) => l === 1).length} h1`);
      outline.forEach((level, i) => {
        if (i > 0 && level > outline[i - 1]! + 1) problems.push(`${kind}: h${outline[i - 1]} then h${level}`);
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) problems.push(`${kind}: ${overflow}px wider than the 360px screen`);
      if (errors.length) problems.push(`${kind}: ${errors.join('; ')}`);
      expect(await page.title(), kind).toMatch(/\S/);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  });

  it('have zero serious or critical axe violations, in light and dark', async () => {
    const axe = axeSource();
    const found: string[] = [];
    const runs = [
      ...Object.entries(pageKinds()).map(([k, u]) => [k, u, false] as const),
      ['timeline (dark)', '/', true] as const,
      ['event (dark)', ankara().url, true] as const,
      ['source (dark)', '/sources/turkey-back-in-centre-of-diplomacy/', true] as const,
    ];
    for (const [kind, url, dark] of runs) {
      const { page } = await open(url, { dark });
      await settle(page, kind);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
                opts: object,
              ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }>;
            };
          }
        ).axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}) at ${v.nodes
                .slice(0, 3)
                .map((n) => JSON.stringify(n.target))
                .join(', ')}`,
          );
      });
      found.push(...violations.map((v) => `${kind}: ${v}`));
      await page.context().close();
    }
    expect(found).toEqual([]);
  });

  it('are photographed at 375 and 1280 px wide into test-results/screenshots', async () => {
    mkdirSync(shots, { recursive: true });
    for (const [kind, url] of Object.entries(pageKinds())) {
      for (const width of [375, 1280]) {
        const { page } = await open(url, { width });
        await settle(page, kind);
        const file = path.join(shots, `${kind}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size, file).toBeGreaterThan(5_000);
        await page.context().close();
      }
    }
    // The README's pictures of the home, an event and a source page, refreshed only on request
    // so that tests leave docs/ alone.
    if (process.env.UPDATE_DOCS_SCREENSHOT) {
      const kinds = pageKinds();
      for (const [name, url] of [
        ['home', '/'],
        ['event', kinds.event!],
        // A source with headings and furniture, as the article was written.
        ['source', '/sources/istanbul-peace-talks-resume/'],
      ] as const) {
        const { page } = await open(url, { width: 1000 });
        const height = Math.min(1000, await page.evaluate(() => document.documentElement.scrollHeight));
        mkdirSync(path.join(root, 'docs'), { recursive: true });
        await page.screenshot({
          path: path.join(root, 'docs', `${name}.png`),
          clip: { x: 0, y: 0, width: 1000, height },
          fullPage: true,
        });
        await page.context().close();
      }
    }
  });
});

describe('the timeline', () => {
  const visibleEvents = (page: Page) =>
    page.$$eval('.timeline .event', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);

  it('filters by actor and by status, with counts, and keeps the filter in the address', async () => {
    const { page, errors } = await open('/');
    const total = data.events.length;
    expect(await visibleEvents(page)).toBe(total);
    await expect.poll(() => page.textContent('#filter-count')).toBe(`${total} events`);

    const zelensky = data.events.filter((e) => e.actors.some((a) => a.id === 'volodymyr-zelensky')).length;
    expect(zelensky).toBeGreaterThan(1);
    await page.selectOption('#filter-actor', 'volodymyr-zelensky');
    expect(await visibleEvents(page)).toBe(zelensky);
    expect(await page.textContent('#filter-count')).toBe(`Showing ${zelensky} of ${total} events`);
    expect(new URL(page.url()).searchParams.get('actor')).toBe('volodymyr-zelensky');
    const monthLinks = await page.$$eval('.months li', (lis) => lis.filter((li) => !(li as HTMLElement).hidden).length);
    // The story's months, and one "Before" link for all the background.
    expect(monthLinks).toBe(
      new Set(
        data.events
          .filter((e) => e.actors.some((a) => a.id === 'volodymyr-zelensky'))
          .map((e) => (e.background ? 'before' : e.period)),
      ).size,
    );

    await page.selectOption('#filter-actor', '');
    const planned = data.events.filter((e) => e.status === 'planned').length;
    expect(planned).toBeGreaterThan(0);
    await page.selectOption('#filter-status', 'planned');
    expect(await visibleEvents(page)).toBe(planned);
    const statuses = await page.$$eval('.timeline .event', (els) => [
      ...new Set(els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('data-status'))),
    ]);
    expect(statuses).toEqual(['planned']);

    await page.click('button[type="reset"]');
    await expect.poll(() => visibleEvents(page)).toBe(total);
    expect(errors).toEqual([]);
    await page.context().close();

    const linked = await open('/?actor=volodymyr-zelensky&status=happened');
    const both = data.events.filter(
      (e) => e.status === 'happened' && e.actors.some((a) => a.id === 'volodymyr-zelensky'),
    ).length;
    expect(await visibleEvents(linked.page)).toBe(both);
    await linked.page.context().close();
  });

  it('jumps to a month', async () => {
    const { page } = await open('/');
    await page.click('.months a[href="#p-2025-05"]');
    expect(new URL(page.url()).hash).toBe('#p-2025-05');
    const top = await page.$eval('#p-2025-05', (el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(50);
    await page.context().close();
  });

  it('shows each date once, at its precision, and each event’s number of sources', async () => {
    const { page } = await open('/');
    // A card prints its date only when its day heading does not already say it.
    const cards = await page.$$eval('.timeline .event', (els) =>
      els.map((e) => {
        const own = e.querySelector('time')?.textContent ?? null;
        const heading = e
          .closest('.day')!
          .querySelector('.day-label')!
          .textContent!.replace(/^Some time in /, '');
        return {
          href: new URL(e.querySelector<HTMLAnchorElement>('.event-title a')!.href).pathname,
          own,
          heading,
          date: own ?? heading,
          sources: e.querySelector('.sources-count')!.textContent,
        };
      }),
    );
    expect(cards).toHaveLength(data.events.length);
    for (const c of cards) expect(c.own, `${c.href} repeats its day heading`).not.toBe(c.heading);
    for (const e of data.events) {
      const card = cards.find((c) => c.href === e.url)!;
      expect(card.date, e.id).toBe(e.dateLabel);
      expect(card.sources).toBe(`${e.sourceCount} source${e.sourceCount === 1 ? '' : 's'}`);
      if (e.precision === 'month' && e.start === e.end) expect(card.date).toMatch(/^[A-Z][a-z]+ \d{4}$/);
      if (e.precision === 'day' && e.start !== e.end) expect(card.date).toMatch(/–/);
    }
    expect(cards.some((c) => c.date === 'August 2024')).toBe(true);
    await page.context().close();
  });

  it('works without JavaScript: every event listed, no dead filter form', async () => {
    const { page } = await open('/', { js: false });
    expect(await visibleEvents(page)).toBe(data.events.length);
    expect(await page.isVisible('#filters')).toBe(false);
    // Links are page-relative (the site also opens from disk): the home page's end with the site path.
    await page.click(`.event-title a[href$="${ankara().url.slice(1)}"]`);
    expect(new URL(page.url()).pathname).toBe(ankara().url);
    await page.context().close();
  });
});

describe('the event page', () => {
  it('opens with a one-line lead, then one sentence per other source, the rest and the provenance collapsed', async () => {
    const event = ankara();
    expect(event.sourceCount).toBeGreaterThan(1);
    const { page } = await open(event.url);
    // The lead: the first quote, right under the facts, visible without opening anything.
    const lead = page.locator('article.event-page > figure.lead');
    expect(await lead.isVisible()).toBe(true);
    expect(await lead.evaluate((el) => el.previousElementSibling?.matches('dl.facts'))).toBe(true);
    const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    expect(norm(await lead.locator('blockquote').textContent())).toBe(norm(event.quotes[0]!.quote));
    // One sentence for each other source, each from a different article.
    const best = page.locator('.best-quotes figure.quote');
    expect(await best.count()).toBe(event.sourceCount - 1);
    const articles = await page.$$eval('figure.lead a.in-context, .best-quotes a.in-context', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(new Set(articles).size).toBe(event.sourceCount);
    // The rest, with how each sentence was dated, behind one closed disclosure in plain words.
    const more = page.locator('details.more-quotes');
    expect(await more.count()).toBe(1);
    expect(await more.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await more.locator('summary').textContent()).toMatch(/more sentences? from the sources/);
    expect(await page.locator('details.more-quotes figure.quote').count()).toBe(event.quotes.length - event.bestCount);
    expect(await page.locator('details.more-quotes ol.provenance li').count()).toBe(event.quotes.length);
    expect(await page.locator('.dating').count()).toBe(0);
    // No sentence twice on the page, and every quote attributed.
    const quotes = await page.$$eval('figure.quote blockquote', (bs) => bs.map((b) => b.textContent!.trim()));
    expect(new Set(quotes).size).toBe(quotes.length);
    const captions = await page.$$eval('figure.quote figcaption', (fs) =>
      fs.map((f) => ({
        cite: ((a) => (a ? new URL(a.href).pathname + new URL(a.href).hash : ''))(
          f.querySelector<HTMLAnchorElement>('cite a'),
        ),
        when: f.querySelector('time')?.getAttribute('datetime') ?? f.textContent,
      })),
    );
    for (const c of captions) {
      expect(c.cite).toMatch(/^\/sources\/[a-z0-9-]+\/#s-\d+$/);
      expect(c.when).toMatch(/^\d{4}-\d{2}-\d{2}$|publication date unknown/);
    }
    await page.context().close();
  });
});

describe('reading', () => {
  it('follows a quote to its sentence on the source page, and back to the event', async () => {
    const event = ankara();
    const { page } = await open(event.url);
    const link = page.locator('figure.quote a.in-context').first();
    const href = await link.evaluate((a) => new URL((a as HTMLAnchorElement).href));
    expect(href.pathname + href.hash).toBe(event.quotes[0]!.sourceUrl);
    await link.click();
    await page.waitForURL((u) => u.hash.startsWith('#s-'));
    const anchor = new URL(page.url()).hash;
    const sentence = page.locator(`${anchor}`);
    expect(await sentence.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await sentence.isVisible()).toBe(true);
    const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    expect(norm(await sentence.textContent())).toBe(norm(event.quotes[0]!.quote));
    const back = page
      .locator(
        `${anchor} + a.to-event[href$="${event.url.slice(1)}"], ${anchor} ~ a.to-event[href$="${event.url.slice(1)}"]`,
      )
      .first();
    await back.click();
    expect(new URL(page.url()).pathname).toBe(event.url);
    await page.context().close();
  });

  it('shows a source page as the article was written: headings, paragraphs, furniture boxed apart', async () => {
    const { page, errors } = await open('/sources/istanbul-peace-talks-resume/');
    expect(await page.locator('.article-body h3').count()).toBeGreaterThan(2);
    expect(await page.locator('.article-body > p').count()).toBeGreaterThan(5);
    const aside = page.locator('.article-body aside.furniture').first();
    expect(await aside.isVisible()).toBe(true);
    expect(await aside.locator('.aside-label').textContent()).toMatch(/not part of the article/);
    expect(await aside.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('scrolls a followed quote link to its sentence and highlights it', async () => {
    const { page } = await open(ankara().url);
    // The visible quote whose sentence lies furthest down its page, so that following it must scroll.
    const visible = page.locator('figure.quote a.in-context:visible');
    const hrefs = await visible.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const index = (h: string): number => Number(h.split('#s-')[1]);
    const furthest = hrefs.reduce((best, h, i) => (index(h) > index(hrefs[best]!) ? i : best), 0);
    const href = hrefs[furthest]!;
    await visible.nth(furthest).click();
    await page.waitForURL((u) => u.hash === `#${href.split('#')[1]}`);
    const sentence = page.locator(`#${href.split('#')[1]}`);
    const box = (await sentence.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    const style = await sentence.evaluate((el) => {
      const other = document.querySelector('.sentence.has-event:not(:target)');
      return {
        outline: getComputedStyle(el).outlineStyle,
        background: getComputedStyle(el).backgroundColor,
        otherBackground: other ? getComputedStyle(other).backgroundColor : '',
      };
    });
    expect(style.outline).toBe('solid');
    expect(style.background).not.toBe(style.otherBackground);
    await page.context().close();
  });

  it('links every highlighted mention on a source page to its event', async () => {
    const { page } = await open('/sources/turkey-back-in-centre-of-diplomacy/');
    const orphans = await page.$$eval('.sentence.has-event', (els) =>
      els.filter((s) => !(s.nextElementSibling && s.nextElementSibling.matches('a.to-event'))).map((s) => s.id),
    );
    expect(orphans).toEqual([]);
    expect(await page.locator('a.to-event').count()).toBeGreaterThan(5);
    await page.context().close();
  });

  /** The result paths for a query in Pagefind's UI, loading more results until `want` is among them or none are left. */
  async function searchFor(query: string, want: (path: string) => boolean): Promise<string[]> {
    const { page, errors } = await open('/search/');
    await page.fill('.pagefind-ui__search-input', query);
    await page.waitForSelector('.pagefind-ui__result-link');
    let paths: string[] = [];
    for (;;) {
      paths = await page.$$eval('.pagefind-ui__result-link', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      if (paths.some(want) || !(await page.isVisible('.pagefind-ui__button'))) break;
      await page.click('.pagefind-ui__button');
      await page.waitForTimeout(300);
    }
    expect(errors).toEqual([]);
    await page.context().close();
    return paths;
  }

  it('search for "Medinsky" finds the event whose source spells it "Medinskiy", and the other way round', async () => {
    const spelledIy = data.events.filter((e) => e.quotes.some((q) => q.quote.includes('Medinskiy')));
    const spelledY = data.events.filter(
      (e) => e.quotes.some((q) => /Medinsky\b/.test(q.quote)) && !e.quotes.some((q) => q.quote.includes('Medinskiy')),
    );
    expect(spelledIy.length).toBeGreaterThan(0);
    expect(spelledY.length).toBeGreaterThan(0);
    const found = await searchFor('Medinsky', (p) => spelledIy.some((e) => e.url === p));
    expect(found.filter((p) => spelledIy.some((e) => e.url === p))).not.toEqual([]);
    const back = await searchFor('Medinskiy', (p) => spelledY.some((e) => e.url === p));
    expect(back.filter((p) => spelledY.some((e) => e.url === p))).not.toEqual([]);
  });

  it('shows search excerpts from the page’s own words, never its list of other spellings', async () => {
    for (const query of ['Medinsky', 'Medinskiy', 'Erdogan']) {
      const { page, errors } = await open(`/search/?q=${query}`);
      await page.waitForSelector('.pagefind-ui__result-excerpt');
      const excerpts = await page.$$eval('.pagefind-ui__result-excerpt', (els) => els.map((e) => e.textContent ?? ''));
      expect(excerpts.length).toBeGreaterThan(0);
      for (const text of excerpts) expect(text, query).not.toMatch(/also written/i);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('a mistyped address gets a 404 page that searches for it', async () => {
    const event = ankara();
    const { page, status } = await open(event.url.replace(/\/$/, 'x/'));
    expect(status).toBe(404);
    expect(await page.textContent('h1')).toBe('Page not found');
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 60_000 });
    await page.context().close();
  });
});

describe('keyboard, colour schemes and print', () => {
  it('starts with a visible skip link that moves focus to the content', async () => {
    const { page } = await open('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const box = await page.locator(':focus').boundingBox();
    expect(box && box.x >= 0 && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.focus('#filter-status');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.textContent('#filter-count')).toMatch(/^Showing /);
    await page.context().close();
  });

  it('follows prefers-color-scheme', async () => {
    const luminance = async (dark: boolean) => {
      const { page } = await open('/', { dark });
      const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.context().close();
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    expect(await luminance(false)).toBeGreaterThan(0.9);
    expect(await luminance(true)).toBeLessThan(0.15);
  });

  it('prints the timeline without navigation or controls', async () => {
    const { page } = await open('/');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header nav', '#filters', '.months', '.site-footer'])
      expect(await page.isVisible(hidden), hidden).toBe(false);
    expect(await page.isVisible('.timeline .event')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.context().close();
  });
});
