// The archive's timeline: years, months and the articles in each, newest first, each period linked
// to the previous and next one that has articles; and the chart of articles over time.
import type { ArticleMeta } from '../article.ts';
import { monthName } from './format.ts';
import { CHART_MONTHS_MAX } from './settings.ts';
import { monthUrl, yearUrl } from './urls.ts';

/** What a listing needs of an article (not its body), and where it is. */
export type Listed = Pick<ArticleMeta, 'title' | 'date' | 'datePrecision' | 'author' | 'publisher'> & { url: string };

/** A neighbouring period's page. */
export interface PeriodLink {
  label: string;
  url: string;
}

export interface MonthGroup {
  year: string;
  month: string;
  url: string;
  /** Its year's page. */
  yearUrl: string;
  articles: Listed[];
  older?: PeriodLink;
  newer?: PeriodLink;
}

export interface YearGroup {
  year: string;
  url: string;
  count: number;
  months: MonthGroup[];
  older?: PeriodLink;
  newer?: PeriodLink;
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
  const groups: YearGroup[] = [...years].map(([year, months]) => ({
    year,
    url: yearUrl(year),
    count: [...months.values()].reduce((n, list) => n + list.length, 0),
    months: [...months].map(([month, list]) => ({ year, month, url: monthUrl(year, month), yearUrl: yearUrl(year), articles: list })),
  }));
  linkNeighbours(groups, (y) => y.year);
  linkNeighbours(
    groups.flatMap((y) => y.months),
    (m) => monthName(m.year, m.month),
  );
  return groups;
}

/** Each period of a newest-first list linked to the one before it and after it. */
function linkNeighbours<T extends { url: string; older?: PeriodLink; newer?: PeriodLink }>(periods: T[], label: (p: T) => string): void {
  periods.forEach((period, i) => {
    const newer = periods[i - 1];
    const older = periods[i + 1];
    if (newer) period.newer = { label: label(newer), url: newer.url };
    if (older) period.older = { label: label(older), url: older.url };
  });
}

/** A bar of the timeline's chart: a month (or a year, over a long range), empty ones included. */
export interface Bar {
  label: string;
  count: number;
  /** Its page, when it has articles. */
  url?: string;
  /** Height as a share of the tallest bar, in percent. */
  height: number;
}

/** The chart of articles per month over the whole range, oldest first; per year past CHART_MONTHS_MAX months. */
export function chart(years: YearGroup[]): Bar[] {
  if (years.length === 0) return [];
  const counts = new Map(years.flatMap((y) => y.months.map((m) => [`${m.year}-${m.month}`, m.articles.length] as const)));
  const first = Number(years.at(-1)!.year);
  const last = Number(years[0]!.year);
  const firstMonth = Number(years.at(-1)!.months.at(-1)!.month);
  const lastMonth = Number(years[0]!.months[0]!.month);
  const months = (last - first) * 12 + lastMonth - firstMonth + 1;
  const bars: Array<Omit<Bar, 'height'>> = [];
  if (months > CHART_MONTHS_MAX) {
    const byYear = new Map(years.map((y) => [Number(y.year), y]));
    for (let year = first; year <= last; year++) {
      const group = byYear.get(year);
      bars.push({ label: String(year), count: group?.count ?? 0, url: group?.url });
    }
  } else {
    for (let k = 0; k < months; k++) {
      const year = String(first + Math.floor((firstMonth - 1 + k) / 12));
      const month = String(((firstMonth - 1 + k) % 12) + 1).padStart(2, '0');
      const count = counts.get(`${year}-${month}`) ?? 0;
      bars.push({ label: monthName(year, month), count, url: count ? monthUrl(year, month) : undefined });
    }
  }
  const max = Math.max(...bars.map((b) => b.count));
  return bars.map((b) => ({ ...b, height: Math.round((100 * b.count) / max) }));
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
