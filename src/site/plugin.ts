// The Eleventy plugin: how ingested articles become a site. Collections group the articles, filters
// format them, and the archive's pages (home, timeline, search) are declared here with their markup
// in templates/_layouts.
import type { CollectionApi, CollectionItem, UserConfig } from '@11ty/eleventy';
import type { Removal } from '../article.ts';
import { monthName, readableDate } from './format.ts';
import { originalLines } from './original.ts';
import { markdown } from './markdown.ts';
import { byDateDescending, timeline, type Listed } from './timeline.ts';

/** How many articles the home page shows. */
const HOME_LATEST = 10;

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

/** What the original-text page of an article needs. */
interface Source {
  url: string;
  articleUrl: string;
  title: string;
  sourceFile: string;
  sourcePath: string;
  removed: Removal[];
}

/** The pages made from ingested articles (their data carries the raw file's content hash). */
function ingested(api: CollectionApi): CollectionItem[] {
  return api.getAll().filter((item) => typeof item.data.sha256 === 'string');
}

function sources(api: CollectionApi): Source[] {
  return ingested(api)
    .filter((item) => typeof item.data.sourcePath === 'string')
    .map(({ url, data }) => ({
      url: `${url}source/`,
      articleUrl: url,
      title: String(data.title),
      sourceFile: String(data.sourceFile),
      sourcePath: String(data.sourcePath),
      removed: Array.isArray(data.removed) ? (data.removed as Removal[]) : [],
    }));
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
  config.addGlobalData('site', { title: 'Clippings', homeLatest: HOME_LATEST });

  config.addCollection('articles', articles);
  config.addCollection('years', (api) => timeline(articles(api)));
  config.addCollection('months', (api) => timeline(articles(api)).flatMap((year) => year.months));
  config.addCollection('undated', (api) => articles(api).filter((a) => !a.date));
  config.addCollection('sources', sources);

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
    pagination: { data: 'collections.months', size: 1, alias: 'month' },
    permalink: '/timeline/{{ month.year }}/{{ month.month }}/',
  });
  config.addTemplate('undated.njk', '', { layout: 'undated.njk', title: 'Undated articles', permalink: '/timeline/undated/', ...listing('undated') });
  config.addTemplate('source.njk', '', {
    layout: 'source.njk',
    pagination: { data: 'collections.sources', size: 1, alias: 'source' },
    permalink: '{{ source.url }}',
  });
  config.addTemplate('search.njk', '', { layout: 'search.njk', title: 'Search', permalink: '/search/' });
  config.addTemplate('404.njk', '', { layout: '404.njk', title: 'Not found', permalink: '/404.html' });
}
