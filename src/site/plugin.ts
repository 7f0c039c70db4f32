// The Eleventy plugin: how ingested articles become a site. The site is rendered in runs of bounded
// size (src/build/render.ts): each run registers this plugin (through .eleventy.ts) and then its
// own pages, either a part of the articles (`addArticlePages`) or the archive's own pages: home,
// timeline, listings, search (`addArchivePages`). No run holds the whole archive's bodies, so
// Eleventy's memory stays that of one part whatever the archive's size. Markup lives in
// templates/_layouts.
import type { UserConfig } from '@11ty/eleventy';
import type { Article, ArticleMeta } from '../article.ts';
import { frontMatterOf } from '../ingest/markdownFile.ts';
import { monthName, readableDate } from './format.ts';
import { markdown } from './markdown.ts';
import { originalLines } from './original.ts';
import { byDateDescending, paginate, timeline, type Listed } from './timeline.ts';

/** How many articles the home page shows. */
const HOME_LATEST = 10;
/** How many articles a page of a month or of the undated list shows. */
const LISTING_PAGE_SIZE = 100;
/** How many of each month's articles its year's page shows (the month's pages list them all). */
const YEAR_PAGE_PER_MONTH = 10;
/** The layout (in templates/_layouts) that renders an article page. */
const ARTICLE_LAYOUT = 'article.njk';

/** What renders one article's page: its article with the text, or (until its part is rendered) without. */
export interface ArticlePage<A extends ArticleMeta = Article> {
  article: A;
  url: string;
  /** The raw file, relative to the project folder (its original text is shown on the page). */
  sourcePath: string;
  /** Other files byte-identical to it. */
  duplicates: string[];
}

export default function clippings(config: UserConfig): void {
  config.setLibrary('md', markdown);
  config.addGlobalData('site', { title: 'Clippings', homeLatest: HOME_LATEST, yearPerMonth: YEAR_PAGE_PER_MONTH });
  config.addFilter('readableDate', readableDate);
  config.addFilter('monthName', monthName);
  config.addFilter('originalLines', originalLines);
  config.addFilter('head', (list: unknown[], n: number) => list.slice(0, n));
}

/** A page per article: its Markdown body under the article layout, its metadata as data. */
export function addArticlePages(config: UserConfig, pages: ArticlePage[]): void {
  for (const [n, { article, url, sourcePath, duplicates }] of pages.entries()) {
    const data: Record<string, unknown> = { ...frontMatterOf(article), layout: ARTICLE_LAYOUT, permalink: url, sourcePath };
    if (duplicates.length) data.duplicateFiles = duplicates;
    // Virtual templates: the body goes to Eleventy from memory, with no file to write and read back.
    // Eleventy reads front matter (`---js`, which runs, included) from the start of a template's
    // content, so the body starts after a blank line: whatever it holds stays text.
    config.addTemplate(`article-${n}.md`, `\n${article.body}`, data);
  }
}

/** The archive's own pages, made from what a listing needs of every article (never their bodies). */
export function addArchivePages(config: UserConfig, listed: Listed[]): void {
  config.addPassthroughCopy({ public: '/' });
  const articles = [...listed].sort(byDateDescending);
  const undated = articles.filter((a) => !a.date);
  const years = timeline(articles);
  config.addGlobalData('archive', { count: articles.length, latest: articles.slice(0, HOME_LATEST), undated: undated.length, years });

  config.addTemplate('index.njk', '', { layout: 'home.njk', permalink: '/' });
  config.addTemplate('timeline.njk', '', { layout: 'timeline.njk', title: 'Timeline', permalink: '/timeline/' });
  config.addTemplate('timeline-year.njk', '', {
    layout: 'timeline-year.njk',
    years,
    pagination: { data: 'years', size: 1, alias: 'year' },
    permalink: '/timeline/{{ year.year }}/',
  });
  // Long listings come in pages, so no page lists a whole large archive.
  config.addTemplate('timeline-month.njk', '', {
    layout: 'timeline-month.njk',
    listings: years.flatMap((year) =>
      year.months.flatMap((month) => paginate(month.articles, LISTING_PAGE_SIZE, `/timeline/${month.year}/${month.month}/`).map((page) => ({ ...page, month }))),
    ),
    pagination: { data: 'listings', size: 1, alias: 'listing' },
    permalink: '{{ listing.url }}',
  });
  config.addTemplate('undated.njk', '', {
    layout: 'undated.njk',
    title: 'Undated articles',
    listings: paginate(undated, LISTING_PAGE_SIZE, '/timeline/undated/'),
    pagination: { data: 'listings', size: 1, alias: 'listing' },
    permalink: '{{ listing.url }}',
  });
  config.addTemplate('search.njk', '', { layout: 'search.njk', title: 'Search', permalink: '/search/' });
  config.addTemplate('404.njk', '', { layout: '404.njk', title: 'Not found', permalink: '/404.html' });
}
