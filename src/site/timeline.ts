// The archive's timeline: years, months and the articles in each, newest first.

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
