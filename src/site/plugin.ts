// The Eleventy plugin: how ingested articles become a site. Collections group the articles, filters
// format them, and the archive's pages (home, timeline, search) are declared here with their markup
// in templates/_layouts.
import type { CollectionApi, CollectionItem, UserConfig } from '@11ty/eleventy';
import { monthName, readableDate } from './format.ts';
import { originalLines } from './original.ts';
import { markdown } from './markdown.ts';
import { byDateDescending, paginate, timeline, type Listed } from './timeline.ts';

/** How many articles the home page shows. */
const HOME_LATEST = 10;
/** How many articles a page of a month or of the undated list shows. */
const LISTING_PAGE_SIZE = 100;
/** How many of each month's articles its year's page shows (the month's pages list them all). */
const YEAR_PAGE_PER_MONTH = 10;

function listed({ url, data }: CollectionItem): Listed {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  return {
    url,
    title: text('title') ?? url,
    date: text('date'),
    datePrecision: text('datePrecision'),
    author: text('author'),
    publisher: text('publisher'),
  };
}

/** The pages made from ingested articles (their data carries the raw file's content hash). */
function ingested(api: CollectionApi): CollectionItem[] {
  return api.getAll().filter((item) => typeof item.data.sha256 === 'string');
}

/** Every ingested article, newest first. */
function articles(api: CollectionApi): Listed[] {
  return ingested(api).map(listed).sort(byDateDescending);
}

export default function clippings(config: UserConfig): void {
  // The ingested content lives in a generated, git-ignored folder: Eleventy must still read it.
  config.setUseGitIgnore(false);
  config.setLibrary('md', markdown);
  config.addPassthroughCopy({ public: '/' });
  config.addGlobalData('site', { title: 'Clippings', homeLatest: HOME_LATEST, yearPerMonth: YEAR_PAGE_PER_MONTH });

  config.addCollection('articles', articles);
  config.addCollection('years', (api) => timeline(articles(api)));
  config.addCollection('undated', (api) => articles(api).filter((a) => !a.date));
  // Long listings come in pages, so no page lists a whole large archive.
  config.addCollection('monthPages', (api) =>
    timeline(articles(api)).flatMap((year) =>
      year.months.flatMap((month) => paginate(month.articles, LISTING_PAGE_SIZE, `/timeline/${month.year}/${month.month}/`).map((page) => ({ ...page, month }))),
    ),
  );
  config.addCollection('undatedPages', (api) =>
    paginate(
      articles(api).filter((a) => !a.date),
      LISTING_PAGE_SIZE,
      '/timeline/undated/',
    ),
  );

  config.addFilter('readableDate', readableDate);
  config.addFilter('monthName', monthName);
  config.addFilter('originalLines', originalLines);
  config.addFilter('head', (list: unknown[], n: number) => list.slice(0, n));

  // Pages whose layouts list articles name the collections they read: Eleventy's incremental
  // rebuilds (npm start) only see collection use in a template itself, not in its layout.
  const listing = (...collections: string[]) => ({ eleventyImport: { collections } });
  config.addTemplate('index.njk', '', { layout: 'home.njk', permalink: '/', ...listing('articles', 'undated') });
  config.addTemplate('timeline.njk', '', { layout: 'timeline.njk', title: 'Timeline', permalink: '/timeline/', ...listing('years', 'undated') });
  config.addTemplate('timeline-year.njk', '', {
    layout: 'timeline-year.njk',
    pagination: { data: 'collections.years', size: 1, alias: 'year' },
    permalink: '/timeline/{{ year.year }}/',
  });
  config.addTemplate('timeline-month.njk', '', {
    layout: 'timeline-month.njk',
    pagination: { data: 'collections.monthPages', size: 1, alias: 'listing' },
    permalink: '{{ listing.url }}',
  });
  config.addTemplate('undated.njk', '', {
    layout: 'undated.njk',
    title: 'Undated articles',
    pagination: { data: 'collections.undatedPages', size: 1, alias: 'listing' },
    permalink: '{{ listing.url }}',
  });
  config.addTemplate('search.njk', '', { layout: 'search.njk', title: 'Search', permalink: '/search/' });
  config.addTemplate('404.njk', '', { layout: '404.njk', title: 'Not found', permalink: '/404.html' });
}
