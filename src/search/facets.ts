// What search filters and sorts by: each article's filter values and sort keys, named as the search
// page's URL parameters (`/search/?q=blinken&year=2023&sort=oldest`), which public/search.js reads.
import type { ArticleMeta } from '../article.ts';
import { sourcesOf } from '../site/browse.ts';

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

/**
 * An article's filter values and sort keys: a function of the article alone, so its search entry
 * changes only when it does, and the part that holds it is kept while other articles come and go.
 * Every topic of the article is a value (the search page offers the most frequent ones).
 */
export function facetsOf(article: ArticleMeta): Facets {
  const filters: Facets['filters'] = {};
  if (article.language) filters.lang = [article.language];
  if (article.date) {
    filters.year = [article.date.slice(0, 4)];
    if (article.datePrecision !== 'year') filters.month = [article.date.slice(0, 7)];
  }
  const publishers = sourcesOf(article).map((s) => s.name);
  if (publishers.length) filters.publisher = publishers;
  if (article.topics.length) filters.topic = article.topics.map((t) => t.name);
  const sort = Object.fromEntries(Object.values(SORTS).map(({ key, undated }) => [key, article.date ?? undated]));
  return { filters, sort };
}
