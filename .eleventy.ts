// Eleventy's configuration: our plugin does the work; this file names the folders. The pages are
// added by each render run (src/build/render.ts: a part of the articles, or the archive's own
// pages), and the output folder is left to Eleventy's default (_site) so that the build can render
// into a staging folder and publish it (a configured output would override the one it passes).
import type { UserConfig } from '@11ty/eleventy';
import { site } from './src/site/config.ts';
import clippings from './src/site/plugin.ts';

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(clippings);
  return {
    dir: {
      input: 'templates', // holds no pages of its own, only the markup the pages use
      includes: '_includes',
      layouts: '_layouts',
    },
    pathPrefix: site.pathPrefix, // the HTML base plugin adds it to every link
    markdownTemplateEngine: false, // article text is text: `{{ 7*7 }}` shows as written
    htmlTemplateEngine: 'njk',
  };
}
