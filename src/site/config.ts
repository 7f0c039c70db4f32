// The site's configuration: one file a user edits (templates/config/site.json: title, description,
// base URL, path prefix, language), read here, by code and (as `site`) by the templates. The path
// prefix and base URL can be set for one build with CLIPPINGS_PATH_PREFIX and CLIPPINGS_URL (a
// preview deployed under another path).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SiteConfig {
  title: string;
  description: string;
  /** Where the site is deployed, without the path prefix (`https://example.org`): feeds, sitemap and canonical URLs are absolute. */
  url: string;
  /** The sub-path the site is served under, `/` or `/archive/` (Eleventy's pathPrefix). */
  pathPrefix: string;
  /** ISO 639-1 code of the pages' language (`<html lang>`, the search index's stemming). */
  language: string;
}

export const SITE_CONFIG_FILE = fileURLToPath(new URL('../../templates/config/site.json', import.meta.url));

/** The configuration with its path prefix in one form, `/` or `/sub/path/`. */
function normalized(config: SiteConfig): SiteConfig {
  const trimmed = config.pathPrefix.replace(/^\/+|\/+$/g, '');
  return { ...config, url: config.url.replace(/\/+$/, ''), pathPrefix: trimmed ? `/${trimmed}/` : '/' };
}

const file = JSON.parse(readFileSync(SITE_CONFIG_FILE, 'utf8')) as SiteConfig;
export const site: SiteConfig = normalized({
  ...file,
  pathPrefix: process.env.CLIPPINGS_PATH_PREFIX ?? file.pathPrefix,
  url: process.env.CLIPPINGS_URL ?? file.url,
});

/** Where the search index is served, below the path prefix. */
export const SEARCH_PATH = 'pagefind';
