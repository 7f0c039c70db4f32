// How dates read on the site and in search results.
import { DateTime } from 'luxon';
import { READING_WORDS_PER_MINUTE } from './settings.ts';

/** `2023-09-20` → "20 September 2023" (or "September 2023", "2023" for coarser dates). */
export function readableDate(iso: string, precision?: string): string {
  const date = DateTime.fromISO(iso, { zone: 'utc', locale: 'en' });
  if (!date.isValid) return iso;
  return date.toFormat(precision === 'year' ? 'yyyy' : precision === 'month' ? 'LLLL yyyy' : 'd LLLL yyyy');
}

/** `2023`, `09` → "September 2023". */
export function monthName(year: string, month: string): string {
  return DateTime.fromObject({ year: Number(year), month: Number(month) }, { locale: 'en' }).toFormat('LLLL yyyy');
}

/** Minutes an article of `words` words takes to read, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE));
}
