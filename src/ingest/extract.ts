// The main extractor: one pass per rule over the lines of a raw article's text, each rule taking
// what it recognises (page furniture, byline, date, dateline, headline) and recording why.
import type { DatePrecision, Removal } from '../article.ts';
import { boilerplateReason, isTailMarker } from './boilerplate.ts';
import { parseByline, parseDateline } from './byline.ts';
import { leadingDate, type DateLine } from './dates.ts';
import { chooseHeadline } from './headline.ts';
import { HEADING_MAX_WORDS, METADATA_SEARCH_LINES } from './settings.ts';
import { listItem, toBlocks, type Block } from './structure.ts';
import { contentStems, isProse, normalizeSpace, words } from './text.ts';

export interface Extracted {
  title?: string;
  subtitle?: string;
  siteTagline?: string;
  date?: { date: string; precision: DatePrecision };
  author?: string;
  dateline?: string;
  agency?: string;
  blocks: Block[];
  removed: Removal[];
}

interface Line {
  n: number;
  text: string;
}

/** Removed text is kept short in the record; the raw file holds the rest. */
const REMOVAL_TEXT_MAX_CHARS = 300;

export function extract(body: string, firstLine: number): Extracted {
  const removed: Removal[] = [];
  const remove = (line: Line, reason: string, text = line.text) =>
    removed.push({
      line: line.n,
      text: text.length > REMOVAL_TEXT_MAX_CHARS ? `${text.slice(0, REMOVAL_TEXT_MAX_CHARS)}…` : text,
      reason,
    });
  const result: Extracted = { blocks: [], removed };
  let lines: Line[] = body
    .split('\n')
    .map((raw, i) => ({ n: firstLine + i, text: normalizeSpace(raw) }))
    .filter((l) => l.text !== '');

  lines = cutTail(lines, remove);
  lines = lines.filter((l) => {
    const reason = boilerplateReason(l.text);
    if (reason) remove(l, reason);
    return !reason;
  });
  const nearEdge = (i: number) => i < METADATA_SEARCH_LINES || i >= lines.length - METADATA_SEARCH_LINES;

  lines = lines.filter((l, i) => {
    const author = result.author || !nearEdge(i) ? undefined : parseByline(l.text);
    if (author) {
      result.author = author;
      remove(l, 'byline');
    }
    return !author;
  });

  const dates: DateLine[] = [];
  lines = lines.flatMap((l, i) => {
    const found = nearEdge(i) ? leadingDate(l.text) : undefined;
    // A bare date opening a sentence is part of it; only a labelled date may be taken off prose.
    if (!found || (!found.labelled && found.rest !== '')) return [l];
    dates.push(found);
    remove(l, found.kind === 'updated' ? 'update date' : 'date', found.text);
    return found.rest === '' ? [] : [{ ...l, text: found.rest }];
  });

  const firstProse = lines.findIndex((l) => isProse(l.text));
  const opening = lines[firstProse];
  const dateline = opening ? parseDateline(opening.text) : undefined;
  if (opening && dateline) {
    result.dateline = dateline.place;
    result.agency = dateline.agency;
    remove(opening, 'dateline', dateline.text.trim());
    lines[firstProse] = { ...opening, text: opening.text.slice(dateline.text.length) };
  }
  const date = dates.find((d) => d.kind === 'published') ?? dateline?.date ?? dates[0];
  if (date) result.date = { date: date.date, precision: date.precision };

  const bodyLines = takeHeader(lines, firstProse < 0 ? Math.min(1, lines.length) : firstProse, result, remove);
  result.blocks = toBlocks(bodyLines.map((l) => l.text));
  removed.sort((a, b) => a.line - b.line);
  return result;
}

/** Cuts a "related articles" or comments section, and everything after it, off the end. */
function cutTail(lines: Line[], remove: (l: Line, reason: string) => void): Line[] {
  const firstProse = lines.findIndex((l) => isProse(l.text));
  if (firstProse < 0) return lines;
  const marker = lines.findIndex((l, i) => i > firstProse && isTailMarker(l.text));
  if (marker < 0) return lines;
  const label = lines[marker]!.text;
  lines.slice(marker).forEach((l, k) => remove(l, k === 0 ? 'related/comments section marker' : `after "${label}"`));
  return lines.slice(0, marker);
}

/**
 * The short lines above the first paragraph: the headline among them, what stands above it (site
 * name, tagline, breadcrumbs) and a standfirst below it. Returns the lines that make the body.
 */
function takeHeader(lines: Line[], headerEnd: number, result: Extracted, remove: (l: Line, reason: string) => void): Line[] {
  const header = lines.slice(0, headerEnd);
  const candidates = header.filter((l) => !listItem(l.text) && words(l.text).length <= HEADING_MAX_WORDS);
  if (candidates.length === 0) return lines;
  const bodyStems = contentStems(lines.slice(headerEnd).map((l) => l.text).join(' '));
  const headline = candidates[chooseHeadline(candidates.map((c) => c.text), bodyStems)]!;
  const at = header.indexOf(headline);
  result.title = headline.text;
  for (const above of header.slice(0, at)) {
    if (!result.siteTagline && !listItem(above.text)) result.siteTagline = above.text;
    remove(above, 'above the headline (site name, tagline or navigation)');
  }
  const below = header.slice(at + 1);
  // The first short line under the headline is its standfirst (unless it is a list); any further
  // short lines before the first paragraph open the body (as section headings).
  const standfirst = below[0];
  if (standfirst && !listItem(standfirst.text)) {
    result.subtitle = standfirst.text;
    return [...below.slice(1), ...lines.slice(headerEnd)];
  }
  return [...below, ...lines.slice(headerEnd)];
}
