// Dates as news pages write them: `2023-09-20`, `September 20, 2023`, `20 Sep 2023`, `Nov. 19, 2019`,
// `20.09.2023`, `11/22/2020`, `11.22.20` in a dateline, and through chrono-node the written dates of
// other languages. Every candidate is checked by luxon, so an impossible day (February 30) is never
// accepted.
import type * as chrono from 'chrono-node';
import { createRequire } from 'node:module';
import { DateTime } from 'luxon';
import type { DatePrecision } from '../article.ts';
import { DATE_LINE_MAX_WORDS, FOREIGN_DATE_MAX_CHARS } from './settings.ts';
import { countWords, isProse } from './text.ts';

export interface FoundDate {
  date: string;
  precision: DatePrecision;
  /** The matched text, so the caller can remove exactly it. */
  text: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;

function build(year: number, month: number, day?: number): { date: string; precision: DatePrecision } | undefined {
  const dt = DateTime.fromObject({ year, month, day: day ?? 1 }, { zone: 'utc' });
  if (!dt.isValid || year < 1800 || year > 2200) return undefined;
  return { date: dt.toISODate()!, precision: day ? 'day' : 'month' };
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

type Reader = { pattern: RegExp; read: (m: RegExpExecArray) => { date: string; precision: DatePrecision } | undefined };

/** Each form of date, tried in order; the numeric ones decide day/month order as noted. Global: each match is read in turn. */
const READERS: Reader[] = [
  // 2023-09-20, 2023-09-20T10:00:00Z, 2023/09/20
  { pattern: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, read: (m) => build(+m[1]!, +m[2]!, +m[3]!) },
  // September 20, 2023 · Sept. 20 2023 · Wednesday, September 20, 2023
  { pattern: new RegExp(String.raw`\b${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'gi'), read: (m) => build(+m[3]!, monthNumber(m[1]!), +m[2]!) },
  // 20 September 2023 · 20 Sep. 2023 · 20th of September, 2023
  { pattern: new RegExp(String.raw`\b${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'gi'), read: (m) => build(+m[3]!, monthNumber(m[2]!), +m[1]!) },
  // 20.09.2023 (day first, as in Europe) · 11.22.20 (month first when the day-first reading is impossible)
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b/g, read: (m) => build(fullYear(m[3]!), +m[2]!, +m[1]!) ?? build(fullYear(m[3]!), +m[1]!, +m[2]!) },
  // 11/22/2020 (month first, as in the US) · 22/11/2020 (day first when month-first is impossible)
  { pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g, read: (m) => build(fullYear(m[3]!), +m[1]!, +m[2]!) ?? build(fullYear(m[3]!), +m[2]!, +m[1]!) },
  // September 2023
  { pattern: new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, 'gi'), read: (m) => build(+m[2]!, monthNumber(m[1]!)) },
];

/**
 * chrono's locales for the written dates of other languages, by ISO 639-1 code (English is
 * READERS'). Each is loaded when first needed: all of chrono takes 0.3 s to load, a locale 0.02 s,
 * and most archives need none (every ingest worker would pay it).
 */
const LOCALES: Record<string, string> = {
  de: 'de', fr: 'fr', pt: 'pt', es: 'es', it: 'it', nl: 'nl', ru: 'ru', uk: 'uk', sv: 'sv', fi: 'fi', ja: 'ja', zh: 'zh', vi: 'vi', id: 'id', ms: 'id',
};
const require = createRequire(import.meta.url);
type Parser = Pick<chrono.Chrono, 'parse'>;
const loadedLocales = new Map<string, Parser>();

/**
 * The locale's strict parser: written dates only, none of the casual forms ("yesterday", "next
 * Friday"), which never give the certain day, month and year foreignDate asks for, and take a third
 * of its time.
 */
function chronoLocale(language: string | undefined): Parser | undefined {
  const name = language ? LOCALES[language] : undefined;
  if (!name) return undefined;
  let locale = loadedLocales.get(name);
  if (!locale) {
    locale = (require(`chrono-node/${name}`) as { strict: Parser }).strict;
    loadedLocales.set(name, locale);
  }
  return locale;
}

/** A full date written in the text's language (`18. November 2019`, `20 de novembro de 2019`, `2019年11月20日`). */
function foreignDate(text: string, language: string | undefined): FoundDate | undefined {
  const locale = chronoLocale(language);
  // Only metadata-sized text with a year in it: chrono is slow next to the patterns above.
  if (!locale || text.length > FOREIGN_DATE_MAX_CHARS || !/(1[89]|20)\d\d/.test(text)) return undefined;
  for (const result of locale.parse(text)) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const found = build(start.get('year')!, start.get('month')!, start.get('day')!);
    if (found) return { ...found, text: result.text };
  }
  return undefined;
}

/** The first well-formed, real date in a piece of text (in `language`, ISO 639-1, besides English). */
export function findDate(text: string, language?: string): FoundDate | undefined {
  if (!/\d/.test(text)) return undefined; // every form, here and in foreignDate, has a year in digits
  let best: (FoundDate & { index: number }) | undefined;
  for (const { pattern, read } of READERS) {
    if (best?.index === 0) break; // nothing can start earlier
    // Past an impossible date (`February 29, 2017`) to the next one of the same form. (exec, not
    // matchAll: matchAll copies the pattern on every call, which made this the slowest step of ingest.)
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const found = read(m);
      if (!found) continue;
      if (!best || m.index < best.index) best = { ...found, text: m[0], index: m.index };
      break;
    }
    pattern.lastIndex = 0;
  }
  // `18. November 2019`: the English forms only see "November 2019"; a full foreign date wins.
  const found = best && { date: best.date, precision: best.precision, text: best.text };
  return found?.precision === 'day' ? found : (foreignDate(text, language) ?? found);
}

/** How every READERS date begins: a digit, a weekday or a month. */
const DATE_START = /^(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const LABEL = /^(date(?:d)?|published(?: on)?|posted(?: on)?|first published|updated(?: on)?|last (?:updated|modified)|modified)\s*[:\-–—]?\s*/i;

export interface DateLine extends FoundDate {
  /** Published dates win over update dates. */
  kind: 'published' | 'updated';
  /** Whether a label (`date`, `Published:` …) introduced it. */
  labelled: boolean;
  /** Text of the line after the labelled date (empty when the line is only a date). */
  rest: string;
}

/**
 * A line that starts with a date, labelled (`date 2023-09-20`, `Published: Nov 18, 2019`) or bare
 * (`November 20, 2019`). The date must open the line, so a date inside a sentence is never taken.
 */
export function leadingDate(line: string, language?: string): DateLine | undefined {
  const label = LABEL.exec(line);
  const afterLabel = label ? line.slice(label[0].length) : line;
  if (!(language && language in LOCALES) && !DATE_START.test(afterLabel)) return undefined; // no READER can match at the start
  const found = findDate(afterLabel, language);
  if (!found || !afterLabel.startsWith(found.text)) return undefined;
  let rest = afterLabel.slice(found.text.length);
  // A time after the date belongs to it: `18 Nov 2019 9:38 pm`, `Nov. 19, 2019 8:03 am ET`.
  const time = /^[\s,|·–-]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?/i.exec(rest);
  if (time) rest = rest.slice(time[0].length);
  rest = rest.replace(/^[\s|·,–—-]+/, '');
  const kind = label && /updated|modified/i.test(label[0]) ? 'updated' : 'published';
  return { ...found, text: line.slice(0, line.length - rest.length).trim(), kind, labelled: label !== null, rest };
}

/**
 * A date in a short metadata line (`Monday November 18, 2019 7:45 am PST by Joe Rossignol`,
 * `* Published 18 November 2019`, `PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …`): the line's
 * first date, published or updated as the label before it says. Running text is never read.
 */
export function metadataDate(line: string, language?: string): DateLine | undefined {
  if (countWords(line, DATE_LINE_MAX_WORDS + 1) > DATE_LINE_MAX_WORDS || isProse(line)) return undefined;
  const found = findDate(line, language);
  if (!found) return undefined;
  const before = line.slice(0, line.indexOf(found.text));
  const kind = /\b(updated|modified|edited)\b[^|·•]*$/i.test(before) ? 'updated' : 'published';
  return { ...found, text: line, kind, labelled: LABEL.test(before.replace(/^[*•\s|]+/, '')), rest: '' };
}
