// What search filters and sorts by: each article's filter values and sort keys, named as the search
// page's URL parameters (`/search/?q=blinken&year=2023&sort=oldest`), which public/search.js reads.
import type { ArticleMeta } from '../article.ts';
import type { ArticleContext } from '../site/browse.ts';

/** The filters, by their URL parameter (Pagefind's filter name), in the order the search page shows them, with their labels. */
export const FILTERS = [
  { name: 'year', label: 'Year', any: 'Any year' },
  { name: 'month', label: 'Month', any: 'Any month' },
  { name: 'publisher', label: 'Publisher', any: 'Any publisher' },
  { name: 'topic', label: 'Topic', any: 'Any topic' },
  { name: 'lang', label: 'Language', any: 'Any language' },
] as const;
export type Filter = (typeof FILTERS)[number]['name'];

/**
 * The sorts besides relevance, by their URL value: each a Pagefind sort key and its direction.
 * Pagefind leaves out of a sorted search every page without the key (its issue #259), so an undated
 * article has one that puts it last either way.
 */
export const SORTS = {
  newest: { key: 'newest', direction: 'desc', undated: '0000', label: 'Newest first' },
  oldest: { key: 'oldest', direction: 'asc', undated: '9999', label: 'Oldest first' },
} as const;

export interface Facets {
  filters: Partial<Record<Filter, string[]>>;
  sort: Record<string, string>;
}

/** An article's filter values (topics with a page of their own only: the others would list one article) and sort keys. */
export function facetsOf(article: ArticleMeta, context: Pick<ArticleContext, 'topics' | 'sources'>): Facets {
  const filters: Facets['filters'] = {};
  if (article.language) filters.lang = [article.language];
  if (article.date) {
    filters.year = [article.date.slice(0, 4)];
    if (article.datePrecision !== 'year') filters.month = [article.date.slice(0, 7)];
  }
  const publishers = context.sources.map((s) => s.name);
  if (publishers.length) filters.publisher = publishers;
  const topics = context.topics.filter((t) => t.url).map((t) => t.name);
  if (topics.length) filters.topic = topics;
  const sort = Object.fromEntries(Object.values(SORTS).map(({ key, undated }) => [key, article.date ?? undated]));
  return { filters, sort };
}
