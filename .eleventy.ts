/**
 * Eleventy only renders: the pipeline (src/) hands it finished data as the global `timeline`.
 * Layout follows eleventy-base-blog: data in _data, layouts in _includes/layouts, one page
 * per item through pagination with a computed permalink.
 */
import path from 'node:path';
import { HtmlBasePlugin, type EleventyConfig } from '@11ty/eleventy';
import rssPlugin from '@11ty/eleventy-plugin-rss';
import { siteData } from './src/build/site.ts';
import { loadSettings } from './src/read/index.ts';
import { stableJson } from './src/publish/json.ts';

const root = process.cwd();

export default async function configure(eleventyConfig: EleventyConfig) {
  const { settings } = await loadSettings(root);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addGlobalData('timeline', () => siteData(root));
  eleventyConfig.addGlobalData('settings', settings);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  eleventyConfig.addWatchTarget(path.join(root, 'content'));
  eleventyConfig.addWatchTarget(path.join(root, 'src'));
  eleventyConfig.addFilter('json', (value: unknown) => stableJson(value));
  // JSON inside <script>: '<' escaped so that article text can never close the element.
  eleventyConfig.addFilter('jsonScript', (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c'));
  eleventyConfig.addFilter('absoluteUrl', (url: string) => `${settings.baseUrl}${settings.pathPrefix.replace(/\/$/, '')}${url}`);
  // The RSS plugin's filters (dateToRfc3339, absoluteUrl for feeds); the feeds are templates/feeds.
  eleventyConfig.addPlugin(rssPlugin);
  return {
    dir: { input: 'templates', includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
    pathPrefix: settings.pathPrefix,
  };
}
