// Every kind of URL the site makes: an article's (/YYYY/MM/DD/<slug>/, or /undated/<slug>/), a
// topic's, a source's, a year's and a month's; all root-relative (Eleventy's HTML base plugin adds the
// path prefix to every link on a page), and absolute for feeds and the sitemap.
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import type { ArticleMeta } from '../article.ts';
import { SLUG_MAX_CHARS } from '../ingest/settings.ts';
import { site } from './config.ts';

/** A lower-case ASCII slug of a title, cut at a word boundary; a hash when the title has no Latin letters. */
export function slugOf(title: string, sha256: string): string {
  const full = slugify(title);
  if (full === '') return sha256.slice(0, 12);
  if (full.length <= SLUG_MAX_CHARS) return full;
  const cut = full.slice(0, SLUG_MAX_CHARS + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : SLUG_MAX_CHARS);
}

function folderOf(article: ArticleMeta): string {
  if (!article.date) return '/undated';
  const [y, m, d] = article.date.split('-');
  return `/${y}/${m}/${d}`;
}

/**
 * URL of every article, by sourceFile. Two articles with the same title and date keep distinct,
 * stable URLs: the one whose file name sorts first gets the plain slug, each other one the slug plus
 * the start of its content hash (so its URL does not depend on which other files exist).
 */
export function assignUrls(articles: ArticleMeta[]): Map<string, string> {
  const urls = new Map<string, string>();
  const taken = new Set<string>();
  const ordered = [...articles].sort((a, b) => (a.sourceFile < b.sourceFile ? -1 : a.sourceFile > b.sourceFile ? 1 : 0));
  for (const article of ordered) {
    const base = `${folderOf(article)}/${slugOf(article.title, article.sha256)}`;
    let url = `${base}/`;
    for (let n = 8; taken.has(url); n += 4) url = `${base}-${article.sha256.slice(0, n)}/`;
    taken.add(url);
    urls.set(article.sourceFile, url);
  }
  return urls;
}

/** A topic's or source's slug: its name's, or a hash of the name when it has no Latin letters. */
export function nameSlug(name: string): string {
  return slugify(name) || createHash('sha256').update(name).digest('hex').slice(0, 12);
}

export const topicUrl = (slug: string) => `/topics/${slug}/`;
export const sourceUrl = (slug: string) => `/sources/${slug}/`;
export const yearUrl = (year: string) => `/timeline/${year}/`;
export const monthUrl = (year: string, month: string) => `/timeline/${year}/${month}/`;
export const UNDATED_URL = '/timeline/undated/';

/** A site path as an absolute URL where the site is deployed (feeds, sitemap, canonical links). */
export function absoluteUrl(path: string): string {
  return `${site.url}${site.pathPrefix}${path.replace(/^\//, '')}`;
}
