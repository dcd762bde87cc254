/**
 * Eleventy only renders: the pipeline (src/) hands it finished data as the global `timeline`.
 * Layout follows eleventy-base-blog: data in _data, layouts in _includes/layouts, one page
 * per item through pagination with a computed permalink.
 */
import path from 'node:path';
import { HtmlBasePlugin, type EleventyConfig } from '@11ty/eleventy';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import { type RenderData, siteData } from './src/build/site.ts';
import { prettyJson } from './src/publish/json.ts';
import { absolute } from './src/publish/jsonld.ts';
import { keepsSitePaths, relativeUrl } from './src/build/relative-urls.ts';

const root = process.cwd();

export default async function configure(eleventyConfig: EleventyConfig) {
  // A build hands its finished data over through the Eleventy constructor's config callback
  // (writeSite), which runs before this file. `npm start` has none: the pipeline runs here,
  // once for the first render (its settings included) and once per rebuild after that.
  const provided = eleventyConfig.globalData?.timeline as RenderData | undefined;
  let first: Promise<RenderData> | null = provided ? null : siteData(root);
  // The settings the pipeline ran with, not a second read of content/site.yaml: a build of
  // another content root (a test under a sub-path) then renders with its own address.
  const settings = provided ? provided.site : (await first!).site;
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  if (!provided) {
    eleventyConfig.addGlobalData('timeline', () => {
      const data = first ?? siteData(root);
      first = null;
      return data;
    });
  }
  eleventyConfig.addGlobalData('settings', settings);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Eleventy prints a timing note for any configured step over 8% of its render, as the pass
  // below is on a small site; the build reports its own timings, so the note would only alarm.
  eleventyConfig.benchmarkManager?.get('Configuration').setIsVerbose(false);
  // After the base plugin (priorities run high to low; it is -2) has put the path prefix in:
  // site paths become page-relative, so the site also works opened from disk.
  const prefix = settings.pathPrefix.replace(/\/$/, '');
  eleventyConfig.htmlTransformer.addUrlTransform(
    'html',
    function (this: { url?: string }, url: string) {
      return keepsSitePaths(this.url) ? url : relativeUrl(`${prefix}${this.url}`, url.trim());
    },
    { priority: -3 },
  );
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  eleventyConfig.addWatchTarget(path.join(root, 'content'));
  eleventyConfig.addWatchTarget(path.join(root, 'src'));
  eleventyConfig.addFilter('json', (value: unknown) => prettyJson(value));
  // JSON inside <script>: '<' escaped so that article text can never close the element.
  eleventyConfig.addFilter('jsonScript', (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c'));
  // Not named absoluteUrl: the RSS plugin registers a filter of that name after this config
  // runs, and its version leaves site paths relative.
  eleventyConfig.addFilter('fullUrl', (url: string) => absolute(settings, url));
  // The RSS plugin's filters (dateToRfc3339 and the like); the feeds are templates/feeds.
  eleventyConfig.addPlugin(rssPlugin);
  return {
    dir: { input: 'templates', includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
    pathPrefix: settings.pathPrefix,
  };
}
