// Eleventy's configuration: our plugin does the work; this file names the folders. The output
// folder is left to Eleventy's default (_site) so that `clippings build` can render into a staging
// folder and swap it in (a configured output would override the one it passes).
import type { UserConfig } from '@11ty/eleventy';
import clippings from './src/site/plugin.ts';

export default function (eleventyConfig: UserConfig) {
  eleventyConfig.addPlugin(clippings);
  return {
    dir: {
      input: '.clippings/content', // written by ingest (src/build/content.ts), one .md per article
      includes: '../../templates/_includes',
      layouts: '../../templates/_layouts',
    },
    markdownTemplateEngine: false, // article text is text: `{{ 7*7 }}` shows as written
    htmlTemplateEngine: 'njk',
  };
}
