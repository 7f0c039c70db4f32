// The archive's timeline: years, months and the articles in each, newest first.
import type { ArticleMeta } from '../article.ts';

/** What a listing needs of an article (not its body). */
export interface Listed {
  url: string;
  title: string;
  date?: string;
  datePrecision?: string;
  author?: string;
  publisher?: string;
}

export interface MonthGroup {
  year: string;
  month: string;
  articles: Listed[];
}

export interface YearGroup {
  year: string;
  count: number;
  months: MonthGroup[];
}

/** Newest first; equal dates by title, so listings are stable. */
export function byDateDescending(a: Listed, b: Listed): number {
  if (a.date !== b.date) return (b.date ?? '') < (a.date ?? '') ? -1 : 1;
  return a.title.localeCompare(b.title);
}

/** Dated articles grouped by year and month, newest first. */
export function timeline(articles: Listed[]): YearGroup[] {
  const years = new Map<string, Map<string, Listed[]>>();
  for (const article of [...articles].filter((a) => a.date).sort(byDateDescending)) {
    const [year, month] = article.date!.split('-') as [string, string];
    const months = years.get(year) ?? years.set(year, new Map()).get(year)!;
    (months.get(month) ?? months.set(month, []).get(month)!).push(article);
  }
  return [...years].map(([year, months]) => ({
    year,
    count: [...months.values()].reduce((n, list) => n + list.length, 0),
    months: [...months].map(([month, list]) => ({ year, month, articles: list })),
  }));
}

/** One page of a long listing, with links to its neighbours. */
export interface ListingPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  url: string;
  previous?: string;
  next?: string;
}

/** A listing cut into pages of `size`; the first page at `base`, the others at `base`page/N/. */
export function paginate<T>(items: T[], size: number, base: string): ListingPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const url = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  return Array.from({ length: count }, (_, k) => ({
    items: items.slice(k * size, (k + 1) * size),
    number: k + 1,
    count,
    url: url(k + 1),
    previous: k > 0 ? url(k) : undefined,
    next: k + 1 < count ? url(k + 2) : undefined,
  }));
}

/** What a listing needs of an article at `url`. */
export function listedOf(article: ArticleMeta, url: string): Listed {
  const { title, date, datePrecision, author, publisher } = article;
  return { url, title, date, datePrecision, author, publisher };
}
