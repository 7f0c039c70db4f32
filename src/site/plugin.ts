// The Eleventy plugin: how ingested articles become a site. The site is rendered in runs of bounded
// size (src/build/render.ts): each run registers this plugin (through .eleventy.ts) and then its
// own pages, either some of the articles (`addArticlePages`) or the archive's own pages: home,
// timeline, topics, sources, search (`addArchivePages`). No run holds the whole archive's bodies, so
// Eleventy's memory stays that of one run whatever the archive's size. Markup lives in
// templates/_layouts; the site's configuration is templates/config/site.json (`site` in templates).
import { HtmlBasePlugin, type UserConfig } from '@11ty/eleventy';
import type { Article, ArticleMeta } from '../article.ts';
import { frontMatterOf } from '../ingest/markdownFile.ts';
import type { ArticleContext, Browse, Named } from './browse.ts';
import { FILTERS, SORTS } from '../search/facets.ts';
import { SEARCH_PATH, site } from './config.ts';
import { monthName, readableCount, readableDate, readingMinutes } from './format.ts';
import { articleJsonLd } from './jsonLd.ts';
import { markdown } from './markdown.ts';
import { originalLines } from './original.ts';
import { HOME_LATEST, HOME_TOPICS, LISTING_PAGE_SIZE, SOURCES_INDEX_PAGE_SIZE, TOPICS_INDEX_PER_KIND, YEAR_PAGE_PER_MONTH } from './settings.ts';
import { byDateDescending, chart, paginate, timeline, type Listed, type YearGroup } from './timeline.ts';
import { absoluteUrl, UNDATED_URL } from './urls.ts';

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
  /** Its neighbours in time, related articles, topics and sources. */
  context: ArticleContext;
}

export default function clippings(config: UserConfig): void {
  // Every root-relative link on a page gets the path prefix (site.json's pathPrefix).
  config.addPlugin(HtmlBasePlugin);
  config.setLibrary('md', markdown);
  config.addGlobalData('site', { ...site, searchPath: SEARCH_PATH });
  config.addGlobalData('searchPage', { filters: FILTERS, sorts: SORTS });
  config.addGlobalData('layoutSettings', { undatedUrl: UNDATED_URL });
  config.addFilter('readableDate', readableDate);
  config.addFilter('monthName', monthName);
  config.addFilter('readableCount', readableCount);
  config.addFilter('readingMinutes', readingMinutes);
  config.addFilter('absoluteUrl', absoluteUrl);
  config.addFilter('articleJsonLd', articleJsonLd);
  config.addFilter('originalLines', originalLines);
}

/** A page per article: its Markdown body under the article layout, its metadata as data. */
export function addArticlePages(config: UserConfig, pages: ArticlePage[]): void {
  for (const [n, { article, url, sourcePath, duplicates, context }] of pages.entries()) {
    const data: Record<string, unknown> = { ...frontMatterOf(article), layout: ARTICLE_LAYOUT, pageKind: 'article', permalink: url, sourcePath, context };
    data.originalUrl = article.url; // `url` is Eleventy's own name for the page's address
    if (duplicates.length) data.duplicateFiles = duplicates;
    // Virtual templates, from memory. The body is rendered here and passed as data, not as the
    // template's content: Eleventy keeps each template's compiled content in a cache that all its
    // runs in a process share, so a body given as content stayed in memory after its run (20 MB
    // per 2,000 articles, measured; a gigabyte at 100,000). As data it is never read as a template:
    // front matter (`---js`) or `{{ }}` in it stays text.
    data.bodyHtml = markdown.render(article.body);
    config.addTemplate(`article-${n}.md`, '', data);
  }
}

// A paged entry holds what its page shows and no more: it is the page's data, and what its key
// (src/build/render.ts) is a hash of. Each page of a topic carrying the topic's every article made
// the keys of a 100,000-article archive cost 50 s.

/** A listing page per LISTING_PAGE_SIZE articles of each topic or source that has a page. */
function namedListings(named: Named[]) {
  return named.flatMap(({ name, kind, url, articles }) =>
    url ? paginate(articles, LISTING_PAGE_SIZE, url).map((page) => ({ ...page, named: { name, kind, count: articles.length } })) : [],
  );
}

/** A month's page shows its articles page by page, and the links around it. */
function monthListings(years: YearGroup[]) {
  return years.flatMap((year) => year.months.flatMap(({ articles, ...month }) => paginate(articles, LISTING_PAGE_SIZE, month.url).map((page) => ({ ...page, month }))));
}

/** A year's page shows the first YEAR_PAGE_PER_MONTH articles of each month, and its count. */
function yearPage(year: YearGroup) {
  return { ...year, months: year.months.map(({ articles, ...month }) => ({ ...month, count: articles.length, articles: articles.slice(0, YEAR_PAGE_PER_MONTH) })) };
}

/** The topics index: each kind's topics that have a page, most covered first, at most TOPICS_INDEX_PER_KIND. */
function topicsByKind(topics: Named[]) {
  const kinds = [
    ['person', 'People'],
    ['place', 'Places'],
    ['organization', 'Organisations'],
  ] as const;
  return kinds.map(([kind, heading]) => {
    const all = topics.filter((t) => t.kind === kind && t.url);
    return { kind, heading, topics: all.slice(0, TOPICS_INDEX_PER_KIND).map(({ articles, ...t }) => ({ ...t, count: articles.length })), left: all.length - TOPICS_INDEX_PER_KIND };
  });
}

/**
 * A kind of archive page made once per entry (a year, a page of a month's or a topic's listing):
 * Eleventy paginates its layout over the entries, each of which holds all that its page shows.
 */
export interface PagedKind {
  name: string;
  layout: string;
  /** The entry's name in the layout. */
  alias: string;
  entries: Array<{ url: string }>;
  /** Data every page of the kind has. */
  data?: Record<string, unknown>;
}

/** The archive's own pages: the data of its single pages (home, timeline, topics, …) and its paged kinds. */
export interface ArchivePlan {
  archive: Record<string, unknown>;
  topicsIndex: ReturnType<typeof topicsByKind>;
  paged: PagedKind[];
}

/** What the archive's own pages show, made from what a listing needs of every article (never their bodies). */
export function archivePlan(listed: Listed[], browsed: Pick<Browse, 'topics' | 'sources'>): ArchivePlan {
  const articles = [...listed].sort(byDateDescending);
  const undated = articles.filter((a) => !a.date);
  const years = timeline(articles);
  const count = ({ articles, ...named }: Named) => ({ ...named, count: articles.length });
  const listing = (name: string, layout: string, entries: Array<{ url: string }>, data?: Record<string, unknown>): PagedKind => ({ name, layout, alias: 'listing', entries, data });
  return {
    archive: {
      count: articles.length,
      latest: articles.slice(0, HOME_LATEST),
      undated: undated.length,
      years,
      chart: chart(years),
      topTopics: browsed.topics.filter((t) => t.url).slice(0, HOME_TOPICS).map(count),
      topSources: browsed.sources.slice(0, HOME_TOPICS).map(count),
      topicCount: browsed.topics.filter((t) => t.url).length,
    },
    topicsIndex: topicsByKind(browsed.topics),
    paged: [
      { name: 'timeline-year', layout: 'timeline-year.njk', alias: 'year', entries: years.map(yearPage) },
      // Long listings come in pages, so no page lists a whole large archive.
      listing('timeline-month', 'timeline-month.njk', monthListings(years)),
      listing('undated', 'undated.njk', paginate(undated, LISTING_PAGE_SIZE, UNDATED_URL), { title: 'Undated articles' }),
      // Sources have no long tail to cut (each has a page), so their index comes in pages.
      listing('sources', 'sources.njk', paginate(browsed.sources.map(count), SOURCES_INDEX_PAGE_SIZE, '/sources/'), { title: 'Sources' }),
      listing('topic', 'named.njk', namedListings(browsed.topics), { what: 'topic' }),
      listing('source', 'named.njk', namedListings(browsed.sources), { what: 'source' }),
    ],
  };
}

/** The archive's single pages and the entries of `plan.paged` (the build may leave out entries whose page it reuses). */
export function addArchivePages(config: UserConfig, plan: ArchivePlan): void {
  config.addPassthroughCopy({ public: '/' });
  config.addGlobalData('archive', plan.archive);
  config.addTemplate('index.njk', '', { layout: 'home.njk', permalink: '/' });
  config.addTemplate('timeline.njk', '', { layout: 'timeline.njk', title: 'Timeline', permalink: '/timeline/' });
  config.addTemplate('topics.njk', '', { layout: 'topics.njk', title: 'Topics', kinds: plan.topicsIndex, permalink: '/topics/' });
  config.addTemplate('search.njk', '', { layout: 'search.njk', title: 'Search', permalink: '/search/' });
  config.addTemplate('404.njk', '', { layout: '404.njk', title: 'Not found', permalink: '/404.html' });
  config.addTemplate('robots.njk', '', { layout: 'robots.njk', permalink: '/robots.txt', eleventyExcludeFromCollections: true });
  for (const { name, layout, alias, entries, data } of plan.paged) {
    if (entries.length === 0) continue;
    config.addTemplate(`${name}.njk`, '', {
      layout,
      ...data,
      entries,
      pagination: { data: 'entries', size: 1, alias },
      // A topic's or source's page is titled with its name.
      ...(layout === 'named.njk' && { eleventyComputed: { title: (d: { listing: { named: Named } }) => d.listing.named.name } }),
      permalink: `{{ ${alias}.url }}`,
    });
  }
}
