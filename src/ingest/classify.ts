// Each line of a page as article text ("good") or not ("bad"), from its own features and then from
// its neighbours', in the manner of jusText: short lines and borderline ones take the class of the
// text around them.
import { boilerplateReason } from './boilerplate.ts';
import {
  DATA_ROW_MAX_WORDS,
  DATA_ROWS_MIN,
  LENGTH_HIGH,
  LENGTH_LOW,
  LONG_SENTENCE_WORDS,
  PROSE_RUN_MIN,
  REPEATED_LINE_MIN,
  SENTENCE_MIN_WORDS,
  SHORT_RUN_MAX,
  STOPWORDS_HIGH,
  STOPWORDS_LOW,
} from './settings.ts';
import { listItem, looksLikeHeading } from './structure.ts';
import { countStopwords, endsSentence, isUnspaced, wordCount, words } from './text.ts';

export type LineClass = 'good' | 'bad';
/** Furniture that sits inside articles (between paragraphs), unlike menus, share bars and comment forms. */
const INLINE_FURNITURE = new Set(['advertisement marker', 'image caption or credit', 'related link']);

/** `furniture`: inline furniture (INLINE_FURNITURE); left out, but transparent to its neighbours' context. */
type FirstClass = LineClass | 'neargood' | 'short' | 'furniture';

/** Share of a line's words that are stop words of its language. */
export function stopwordDensity(line: string, stopwords: Set<string>): number {
  if (isUnspaced(line)) return /[。！？、，]/u.test(line) ? STOPWORDS_HIGH : 0; // no word boundaries to count
  const ws = words(line);
  if (ws.length === 0) return 0;
  if (stopwords.size === 0) return endsSentence(line) ? STOPWORDS_HIGH : 0; // a language without a list
  return countStopwords(line, stopwords) / ws.length;
}

/** A line's class from its own features; `furniture` is its boilerplateReason. */
function firstClass(line: string, furniture: string | undefined, stopwords: Set<string>): FirstClass {
  if (furniture) return INLINE_FURNITURE.has(furniture) ? 'furniture' : 'bad';
  const length = isUnspaced(line) ? line.length * 3 : line.length; // a CJK character says as much as a short word
  if (length < LENGTH_LOW) return 'short';
  const density = stopwordDensity(line, stopwords);
  if (density >= STOPWORDS_HIGH) return length >= LENGTH_HIGH ? 'good' : 'neargood';
  if (density >= STOPWORDS_LOW) return 'neargood';
  // A long sentence dense with names (few function words) is still a sentence.
  return endsSentence(line) && wordCount(line, LONG_SENTENCE_WORDS) >= LONG_SENTENCE_WORDS ? 'neargood' : 'bad';
}

/**
 * For every line, the class of the nearest line before it and after it whose class is not skipped;
 * bad past the ends (the edges of a page are its furniture). One pass each way, so linear.
 */
function neighbours(classes: FirstClass[], skip: Set<FirstClass>): { before: FirstClass[]; after: FirstClass[] } {
  const before: FirstClass[] = new Array(classes.length);
  const after: FirstClass[] = new Array(classes.length);
  let last: FirstClass = 'bad';
  for (let i = 0; i < classes.length; i++) {
    before[i] = last;
    if (!skip.has(classes[i]!)) last = classes[i]!;
  }
  last = 'bad';
  for (let i = classes.length - 1; i >= 0; i--) {
    after[i] = last;
    if (!skip.has(classes[i]!)) last = classes[i]!;
  }
  return { before, after };
}

/** The classes with every unbroken run of at least `min` lines for which `inRun` holds set to `as`. */
function markRuns(classes: FirstClass[], inRun: (k: number) => boolean, min: number, as: FirstClass): FirstClass[] {
  const out = [...classes];
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (j < out.length && inRun(j)) j++;
    if (j - i >= min) out.fill(as, i, j);
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * A long unbroken run of short lines (furniture such as share links among them) is a menu or a list
 * of links, whatever stands around it.
 */
function markShortRuns(furniture: Array<string | undefined>, classes: FirstClass[]): FirstClass[] {
  return markRuns(classes, (k) => classes[k] === 'short' || classes[k] === 'furniture' || furniture[k] !== undefined, SHORT_RUN_MAX, 'bad');
}

/**
 * A run of PROSE_RUN_MIN or more borderline sentences in a row is article text, whatever stands
 * around it: an article of short paragraphs between a byline and a copyright notice would
 * otherwise take the class of the furniture around it, paragraph by paragraph.
 */
function markProseRuns(lines: string[], classes: FirstClass[]): FirstClass[] {
  return markRuns(classes, (k) => classes[k] === 'neargood' && endsSentence(lines[k]!), PROSE_RUN_MIN, 'good');
}

/** Every line's class, revised by context. */
export function classifyLines(lines: string[], stopwords: Set<string>): LineClass[] {
  // A line the page shows again and again (a photo's caption under each photo) sits between
  // paragraphs like any other inline furniture.
  const seen = new Map<string, number>();
  for (const line of lines) seen.set(line, (seen.get(line) ?? 0) + 1);
  const repeated = (line: string) => seen.get(line)! >= REPEATED_LINE_MIN;
  const furniture = lines.map(boilerplateReason); // asked for twice below: found once
  const first = markProseRuns(
    lines,
    markShortRuns(
      furniture,
      lines.map((l, i) => (repeated(l) ? 'furniture' : firstClass(l, furniture[i], stopwords))),
    ),
  );
  const skipWeak = new Set<FirstClass>(['short', 'neargood', 'furniture']);
  const strong = neighbours(first, skipWeak);
  const adjacent = neighbours(first, new Set<FirstClass>(['short', 'furniture']));
  // Short lines: good between good text, bad between bad; between the two, a heading over the
  // text, a closing sentence of it (or a clause introducing a list), or borderline text on the
  // furniture side make it article text.
  // Both need the text right beside them, not another short line.
  const text = (c: FirstClass | undefined) => c === 'good' || c === 'neargood';
  const second = first.map((c, i) => {
    if (c !== 'short') return c;
    const before = strong.before[i]!;
    const after = strong.after[i]!;
    if (before === after) return before;
    const line = lines[i]!;
    const badSide = before === 'bad' ? -1 : 1;
    if (badSide === -1 && looksLikeHeading(line) && text(first[i + 1])) return 'good';
    // A sentence, or a clause that introduces a list (`The main points of the agreement:`).
    const closing = endsSentence(line) || (line.endsWith(':') && listItem(lines[i + 1] ?? '') !== undefined);
    if (closing && wordCount(line, SENTENCE_MIN_WORDS) >= SENTENCE_MIN_WORDS && text(first[i - badSide])) return 'good';
    return (badSide === -1 ? adjacent.before[i] : adjacent.after[i]) === 'neargood' ? 'good' : 'bad';
  });
  // Borderline lines: good unless bad text stands on both sides.
  const revised = neighbours(second, skipWeak);
  const third: LineClass[] = second.map((c, i) => {
    if (c === 'good' || c === 'bad') return c;
    if (c === 'furniture') return 'bad';
    return revised.before[i] === 'bad' && revised.after[i] === 'bad' ? 'bad' : 'good';
  });
  return withDataRows(lines, withIntroducedLists(lines, third));
}

/** A row of a table written out as text: a date or number first, then a separator (`June 9 – Tampa, FL`). */
function dataRow(line: string): boolean {
  return !listItem(line) && /^(\S+\s+){0,2}\p{N}/u.test(line) && /\s[–—\-@|]\s|:\s/u.test(line) && wordCount(line, DATA_ROW_MAX_WORDS + 1) <= DATA_ROW_MAX_WORDS;
}

/**
 * Rows of data (tour dates, a race calendar) that follow article text, under a heading or not, are
 * the article's: they have no function words to count, but the text that introduces them does.
 */
function withDataRows(lines: string[], classes: LineClass[]): LineClass[] {
  const out = [...classes];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && dataRow(lines[j]!)) j++;
    const heading = i > 0 && looksLikeHeading(lines[i - 1]!) ? i - 1 : i;
    if (j - i >= DATA_ROWS_MIN && out[heading - 1] === 'good') out.fill('good', heading, j);
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * A list that article text introduces (`… the best offers:`) is the article's, however short its
 * items: list-style articles are mostly such lists. The list runs while list items keep coming,
 * with at most one other line (a link, a note) between two items.
 */
function withIntroducedLists(lines: string[], classes: LineClass[]): LineClass[] {
  const out = [...classes];
  lines.forEach((line, i) => {
    if (out[i] !== 'good' || !/:$/.test(line) || !listItem(lines[i + 1] ?? '')) return;
    let j = i + 1;
    while (j < lines.length && (listItem(lines[j]!) || (j + 1 < lines.length && listItem(lines[j + 1]!) && !boilerplateReason(lines[j]!)))) {
      out[j] = 'good';
      j++;
    }
  });
  return out;
}

/** The run of lines with the greatest weight (good words minus weighted bad words): the article. */
export function densestRun(weights: number[]): { start: number; end: number; weight: number } {
  let best = { start: 0, end: -1, weight: 0 };
  let start = 0;
  let sum = 0;
  weights.forEach((w, i) => {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += w;
    if (sum > best.weight) best = { start, end: i, weight: sum };
  });
  return best;
}
