// The main extractor. Every line is classified as article text or not (classify.ts); the article is
// the densest run of article lines, cut short by a "related"/comments marker. Headline, byline,
// dates and dateline are then read from the lines just above the article and its first and last
// lines. When the densest run holds too little of the page's text, a simple fallback keeps every
// line that is not page furniture. Every line left out is recorded with the reason.
import type { Confidence, DatePrecision, Extraction, Removal } from '../article.ts';
import { boilerplateReason, copyrightHolder, isClearCommentsMarker, isCommentSignature, tailMarker } from './boilerplate.ts';
import { parseByline, parseCredit, parseDateline, sourceName } from './byline.ts';
import { classifyLines, densestRun, type LineClass } from './classify.ts';
import { leadingDate, metadataDate, type DateLine } from './dates.ts';
import { chooseHeadline, headlineText, learnedHeadline, type HeadlineCandidate, type HeadlineScorer } from './headline.ts';
import { withoutOtherStories } from './teasers.ts';
import { detectLanguage, stopwords } from './language.ts';
import {
  ARTICLE_SURE_WORDS,
  BAD_LINE_WEIGHT,
  FALLBACK_BODY_CONFIDENCE,
  LONE_HEADLINE_CONFIDENCE,
  LONE_HEADLINE_NEAR_LINES,
  COMMENT_LOOKAHEAD_LINES,
  COMMENTS_CUT_MIN_WORDS,
  FALLBACK_MIN_SHARE,
  FALLBACK_MIN_WORDS,
  HEADER_WINDOW,
  HEADLINE_BELOW_OPENING_LINES,
  HEADING_MAX_WORDS,
  HEADLINE_BODY_WORDS,
  METADATA_SEARCH_LINES,
  UNPUNCTUATED_LINE_WEIGHT,
} from './settings.ts';
import { listItem, toBlocks, type Block } from './structure.ts';
import { contentStems, endsSentence, isProse, normalizeSpace, titleCaseCapitals, wordCount } from './text.ts';

export interface Extracted {
  title?: string;
  subtitle?: string;
  siteTagline?: string;
  date?: { date: string; precision: DatePrecision };
  author?: string;
  dateline?: string;
  agency?: string;
  language?: string;
  /** The holder of the text's (last) copyright notice. */
  publisher?: string;
  blocks: Block[];
  removed: Removal[];
  /** How sure the body and the headline found are (a derived or editorial title is decided by the caller). */
  confidence: Confidence;
}

interface Line {
  n: number;
  text: string;
}

/** Removed text is kept short in the record; the raw file holds the rest. */
const REMOVAL_TEXT_MAX_CHARS = 300;
const OUTSIDE = 'outside the article (menus, links, related stories, comments)';

interface Span {
  start: number;
  end: number;
  /** Whether every line in the span that is not furniture is kept, whatever its class. */
  fallback: boolean;
  /** The related/comments heading the article ends at. */
  marker?: number;
  /** How sure the span is the article: its length up to ARTICLE_SURE_WORDS times its share of article text; the fallback's is low. */
  confidence: number;
}

/**
 * The span a person's `extract:` instruction names: every line (`all`), or the lines whose numbers
 * in the raw file lie in the range. Every line in it but furniture is the article.
 */
function instructedSpan(lines: Line[], how: Extraction): Span {
  if (how === 'all') return { start: 0, end: lines.length - 1, fallback: true, confidence: 1 };
  const start = lines.findIndex((l) => l.n >= how.from);
  let end = lines.length - 1;
  while (end >= 0 && lines[end]!.n > how.to) end--;
  return start < 0 || end < start ? { start: 0, end: -1, fallback: true, confidence: 1 } : { start, end, fallback: true, confidence: 1 };
}

/**
 * The span of lines [start, end] that holds the article, and whether it is the fallback (the whole
 * text, every line that is not furniture kept) because the densest run held too little of it.
 */
function articleSpan(lines: Line[], classes: LineClass[]): Span {
  const sizes = lines.map((l) => wordCount(l.text));
  // Sentences carry the article; good lines without sentence punctuation (headings, menus of
  // headlines) count for less, so they cannot glue a list of links to the article.
  const weight = (i: number) => (endsSentence(lines[i]!.text) ? sizes[i]! : UNPUNCTUATED_LINE_WEIGHT * sizes[i]!);
  const run = densestRun(sizes.map((s, i) => (classes[i] === 'good' ? weight(i) : -BAD_LINE_WEIGHT * s)));
  // Sums over any span in constant time: prefix[i] holds the sum over lines before i.
  const prefix = (value: (i: number) => number) => {
    const sums = [0];
    for (let i = 0; i < lines.length; i++) sums.push(sums[i]! + value(i));
    return (from: number, to: number) => sums[to + 1]! - sums[from]!;
  };
  const goodWords = prefix((i) => (classes[i] === 'good' ? sizes[i]! : 0));
  const all = goodWords(0, lines.length - 1);
  let { start, end } = run;
  const fallback = end < start || goodWords(start, end) < Math.min(FALLBACK_MIN_WORDS, FALLBACK_MIN_SHARE * all);
  if (fallback) ({ start, end } = { start: 0, end: lines.length - 1 });
  // A "related" marker ends the article when more of the article stands before it than after (a
  // "Most popular" list above the article is a menu, not its end). A comments marker ends it once
  // article text stands before it, if it can be nothing else, or a whole article or more text stands
  // before it, or comments follow it (a bare "Comments (4)" above the article is a tab). In the
  // fallback, prose counts as article text too.
  const weightOf = prefix((i) => (classes[i] === 'good' || (fallback && isProse(lines[i]!.text)) ? sizes[i]! : 0));
  const commentsFollow = (i: number) => lines.slice(i + 1, i + 1 + COMMENT_LOOKAHEAD_LINES).some((l) => isCommentSignature(l.text));
  const marker = lines.findIndex((l, i) => {
    if (i <= start || i > end) return false;
    const kind = tailMarker(l.text);
    if (!kind) return false;
    const before = weightOf(start, i - 1);
    if (kind === 'comments') return before > 0 && (isClearCommentsMarker(l.text) || before >= COMMENTS_CUT_MIN_WORDS || before > weightOf(i + 1, end) || commentsFollow(i));
    return kind === 'related' && before > weightOf(i + 1, end);
  });
  if (marker > 0) end = marker - 1;
  const inside = goodWords(start, end);
  // A body is as sure as it is long (to ARTICLE_SURE_WORDS) and as its span is article text, not furniture.
  const words = prefix((i) => sizes[i]!);
  const confidence = fallback ? FALLBACK_BODY_CONFIDENCE : Math.min(1, inside / ARTICLE_SURE_WORDS) * (inside / Math.max(1, words(start, end)));
  return { start, end, fallback, marker: marker > 0 ? marker : undefined, confidence };
}

/**
 * The article in the text below the front matter (`firstLine` is the raw file's number of its first
 * line), found by the cascade above or taken as a person's `extract:` instruction says.
 */
export function extract(body: string, firstLine: number, how?: Extraction, scoreHeadlines: HeadlineScorer = learnedHeadline): Extracted {
  const removed: Removal[] = [];
  const remove = (line: Line, reason: string, text = line.text) =>
    removed.push({
      line: line.n,
      text: text.length > REMOVAL_TEXT_MAX_CHARS ? `${text.slice(0, REMOVAL_TEXT_MAX_CHARS)}…` : text,
      reason,
    });
  const lines: Line[] = body
    .split('\n')
    .map((raw, i) => ({ n: firstLine + i, text: normalizeSpace(raw) }))
    .filter((l) => l.text !== '');
  const language = detectLanguage(lines.map((l) => l.text));
  const result: Extracted = { blocks: [], removed, language: language?.iso1, confidence: { body: 0, title: 0 } };
  if (lines.length === 0) return result;
  // The site that publishes the text names itself in its copyright notice, at the foot of the page.
  const holder = lines.map((l) => copyrightHolder(l.text)).filter((h) => h !== undefined).at(-1);
  result.publisher = holder && sourceName(holder);
  const texts = lines.map((l) => l.text);
  const classes = withoutOtherStories(texts, classifyLines(texts, stopwords(language)));
  const { start, end, fallback, marker, confidence } = how ? instructedSpan(lines, how) : articleSpan(lines, classes);
  result.confidence.body = confidence;
  const named = how !== undefined && how !== 'all' ? how : undefined; // a range of lines a person named
  const outside = (i: number) =>
    named
      ? `outside the lines front matter names (extract: lines ${named.from}-${named.to})`
      : marker === undefined || i < marker
        ? OUTSIDE
        : i === marker
          ? 'related/comments section marker'
          : `after "${lines[marker]!.text}"`;

  // Where metadata is looked for: above the article, and its own first and last lines.
  // The article's first paragraph anchors the header: the run may begin with captions or menus.
  const anchor = Math.max(start, lines.findIndex((l, i) => i >= start && i <= end && (classes[i] === 'good' || fallback) && isProse(l.text)));
  const headerStart = Math.max(0, anchor - HEADER_WINDOW);
  const inHeader = (i: number) => i >= headerStart && i < anchor + METADATA_SEARCH_LINES;
  const nearEdge = (i: number) => inHeader(i) || (i > end - METADATA_SEARCH_LINES && i <= end + METADATA_SEARCH_LINES);
  const taken = new Set<number>(); // lines used up as metadata

  // The author: an explicit byline first, else a credit line (`NAME, AP Writer`, `… by NAME`).
  for (const read of [parseByline, parseCredit]) {
    lines.forEach((l, i) => {
      if (result.author || taken.has(i) || !nearEdge(i) || isProse(l.text)) return;
      // "By" alone on a line, the name on the next.
      const next = lines[i + 1];
      const split = read === parseByline && /^by:?$/i.test(l.text) && next ? parseByline(`By ${next.text}`) : undefined;
      const author = read(l.text) ?? split;
      if (!author) return;
      result.author = titleCaseCapitals(author);
      taken.add(i);
      remove(l, 'byline');
      if (split) {
        taken.add(i + 1);
        remove(next!, 'byline');
      }
    });
  }

  // Dates: a labelled date opening a paragraph is taken off it (and the next one, as in
  // `Updated: … | Published: …`); a short metadata line with a date (byline lines included) gives
  // its date, and is removed unless something else took it.
  const dates: Array<DateLine & { header: boolean }> = [];
  lines.forEach((line, i) => {
    const header = inHeader(i);
    const footer = i > end && i <= end + METADATA_SEARCH_LINES;
    if (!header && !footer) return;
    let l = line;
    let leading = leadingDate(l.text, result.language);
    while (leading?.labelled && leading.rest !== '' && !taken.has(i)) {
      dates.push({ ...leading, header });
      remove(l, leading.kind === 'updated' ? 'update date' : 'date', leading.text);
      l = lines[i] = { ...l, text: leading.rest };
      leading = leadingDate(l.text, result.language);
    }
    // Below the first paragraph a list item is the article's own (a timeline, say), not metadata,
    // unless a label says what its date is (`* Published 18 November 2019`).
    const item = listItem(l.text);
    const candidate = metadataDate(item?.text ?? l.text, result.language);
    const found = item && i > anchor && i <= end && !candidate?.labelled ? undefined : candidate;
    if (!found) return;
    dates.push({ ...found, header });
    if (!taken.has(i)) remove(l, found.kind === 'updated' ? 'update date' : 'date');
    taken.add(i);
  });

  // A line that leads elsewhere (`« Previous post | Main | Next post »`) is no paragraph of the article.
  const firstProse = lines.findIndex((l, i) => i >= start && i <= end && !taken.has(i) && isProse(l.text) && !isNavigation(l.text));
  const opening = lines[firstProse];
  const dateline = opening ? parseDateline(opening.text) : undefined;
  if (opening && dateline) {
    result.dateline = dateline.place;
    result.agency = dateline.agency && sourceName(dateline.agency);
    remove(opening, 'dateline', dateline.text.trim());
    lines[firstProse] = { ...opening, text: opening.text.slice(dateline.text.length) };
  }
  // Published before updated, the header before the footer (where comments carry their own dates).
  const date =
    dates.find((d) => d.header && d.kind === 'published') ?? dateline?.date ?? dates.find((d) => d.kind === 'published') ?? dates[0];
  if (date) result.date = { date: date.date, precision: date.precision };

  // The headline and standfirst: among the lines above the first paragraph of the article.
  const bodyFrom = firstProse >= 0 ? firstProse : start;
  // The first "paragraph" may itself be the headline when it asks a question or exclaims.
  // The site's own name (its copyright holder) is never the headline, however often it repeats.
  const siteName = (text: string) => holder !== undefined && text.toLowerCase() === holder.toLowerCase();
  const candidate = (i: number) => !taken.has(i) && !boilerplateReason(lines[i]!.text) && !siteName(lines[i]!.text) && !isNavigation(lines[i]!.text);
  // A blog's description under its name reads like a paragraph: the headline may also stand right
  // below the first prose line, before the second, when its date or byline stands beside it
  // (`Blog / The blog's description. / date / Headline / text`); a section heading has none.
  const secondProse = firstProse < 0 ? -1 : lines.findIndex((l, i) => i > firstProse && i <= end && !taken.has(i) && isProse(l.text) && !isNavigation(l.text));
  const dated = (i: number) => taken.has(i + 1) || range(bodyFrom + 1, i).some((j) => taken.has(j));
  const belowOpening = secondProse < 0 ? [] : range(bodyFrom + 1, Math.min(secondProse, bodyFrom + 1 + HEADLINE_BELOW_OPENING_LINES)).filter((i) => candidate(i) && dated(i));
  const headerIdx = [...range(headerStart, bodyFrom + 1).filter(candidate), ...belowOpening];
  // The opening the candidates are measured against starts below all of them.
  const leadFrom = belowOpening.length ? secondProse : lines[bodyFrom] && headlineShaped(lines[bodyFrom]!.text) ? bodyFrom + 1 : bodyFrom;
  const openingStems = () => {
    const lead: string[] = [];
    for (let i = leadFrom, words = 0; i <= end && words < HEADLINE_BODY_WORDS; i++) {
      lead.push(lines[i]!.text);
      words += wordCount(lines[i]!.text, HEADLINE_BODY_WORDS);
    }
    return contentStems(lead.join(' ').split(/\s+/).slice(0, HEADLINE_BODY_WORDS).join(' '));
  };
  const { title, subtitle, tagline, confidence: titleConfidence } = takeHeadline(headerIdx, lines, bodyFrom, secondProse, openingStems, (i) => taken.has(i), scoreHeadlines);
  result.confidence.title = titleConfidence;
  if (title !== undefined) {
    result.title = candidateText(lines[title]!.text);
    taken.add(title);
    remove(lines[title]!, 'headline (shown as the title)');
  }
  if (subtitle !== undefined) {
    taken.add(subtitle);
    if (lines[subtitle]!.text.toLowerCase() === result.title?.toLowerCase()) {
      remove(lines[subtitle]!, 'repeats the headline or an earlier paragraph');
    } else {
      result.subtitle = lines[subtitle]!.text;
      remove(lines[subtitle]!, 'standfirst (shown under the title)');
    }
  }
  if (tagline !== undefined) {
    result.siteTagline = lines[tagline]!.text;
  }

  // The body: the article's lines after the headline that are article text.
  const bodyLines: string[] = [];
  const afterHeadline = Math.max(start, (title ?? -1) + 1, (subtitle ?? -1) + 1);
  let relatedBlock: string | undefined; // a "related" list inside the article, until its next sentence
  const seen = new Set<string>(result.title === undefined ? [] : [result.title.toLowerCase()]); // lines in lower case
  lines.forEach((l, i) => {
    if (taken.has(i)) return;
    if (relatedBlock && i >= start && i <= end && !endsSentence(l.text)) return remove(l, `after "${relatedBlock}"`);
    relatedBlock = i >= start && i <= end && tailMarker(l.text) === 'related' ? l.text : undefined;
    if (relatedBlock) return remove(l, 'related stories inside the article');
    if (i < start || i > end) {
      // outside a range a person named, that is the reason
      return remove(l, boilerplateReason(l.text) ?? (i < (title ?? start) && !named ? 'above the headline (site name, tagline or navigation)' : outside(i)));
    }
    // Above a headline below the first prose line, that line too is the site's (its description).
    if (i < afterHeadline && ((i < bodyFrom && !isProse(l.text)) || (title !== undefined && title > bodyFrom))) return remove(l, 'above the headline (site name, tagline or navigation)');
    const furniture = boilerplateReason(l.text) ?? (tailMarker(l.text) === 'comments' ? 'comment section heading' : undefined);
    if (furniture) return remove(l, furniture);
    if (classes[i] === 'bad' && !fallback) return remove(l, 'not article text (short, few function words, among page furniture)');
    // A page shows its headline again, or a teaser twice; an article does not repeat a paragraph.
    const key = l.text.toLowerCase();
    if (seen.has(key)) return remove(l, 'repeats the headline or an earlier paragraph');
    seen.add(key);
    bodyLines.push(l.text);
  });
  result.blocks = toBlocks(bodyLines);
  removed.sort((a, b) => a.line - b.line);
  return result;
}

/**
 * A line that only leads elsewhere, never a headline: no letters at all, a link to the previous or
 * next post (`« Older post`, `Next story »`), a comments or "related" heading, or a jump within the
 * page ("Continue reading the main story", which BBC pages also put between paragraphs, where it
 * must not count as furniture that splits the article).
 */
function isNavigation(text: string): boolean {
  return !/\p{L}/u.test(text) || /^[«‹←]|[»›→]$/.test(text) || tailMarker(text) !== undefined || /^continue reading the (main|full) (story|article)$/i.test(text);
}

/** Short, not a list item, and not ending like a statement or a clause (headlines may ask or exclaim). */
function headlineShaped(text: string): boolean {
  return !listItem(text) && wordCount(text, HEADING_MAX_WORDS + 1) <= HEADING_MAX_WORDS && !/[.:;,。，；：]$/u.test(text);
}

/** What a candidate line offers as headline: the last part of a breadcrumb, without a list bullet. */
function candidateText(line: string): string {
  const text = headlineText(line);
  return listItem(text)?.text ?? text;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** The candidate lines (indices into `lines`) with where they stand, what stands beside them and whether the page repeats them. */
function headlineCandidates(shaped: number[], lines: Line[], bodyFrom: number, secondProse: number, metadata: (i: number) => boolean): HeadlineCandidate[] {
  // Lower case, without a trailing ellipsis (a truncated repeat); computed once per line.
  const keys = lines.map((l) => {
    let end = l.text.length;
    while (end > 0 && '… .'.includes(l.text[end - 1]!)) end--;
    return l.text.slice(0, end).toLowerCase();
  });
  const repeated = (i: number) => {
    const own = keys[i]!;
    return own.length > 10 && keys.some((other, j) => j !== i && other.length > 10 && (other.startsWith(own) || own.startsWith(other)));
  };
  const isCandidate = new Set(shaped);
  return shaped.map((i) => ({
    text: candidateText(lines[i]!.text),
    distance: i > bodyFrom ? secondProse - i : bodyFrom - i,
    belowOpening: i > bodyFrom,
    repeated: repeated(i),
    candidateAbove: isCandidate.has(i - 1),
    candidateBelow: isCandidate.has(i + 1),
    metadataBelow: metadata(i + 1),
    heading: /^#+\s/.test(lines[i]!.text),
    breadcrumb: headlineText(lines[i]!.text) !== lines[i]!.text,
    fromTop: i,
  }));
}

/**
 * The headline among the candidate lines (indices into `lines`), the standfirst right under it, and
 * a site tagline standing first above it. `body` gives the content stems of the article's opening,
 * which are only needed to choose between candidates; `metadata` says which lines are a byline or date;
 * a candidate below the first paragraph (`bodyFrom`) measures its distance to the second (`secondProse`).
 */
function takeHeadline(
  candidates: number[],
  lines: Line[],
  bodyFrom: number,
  secondProse: number,
  body: () => Set<string>,
  metadata: (i: number) => boolean,
  scorer: HeadlineScorer,
): { title?: number; subtitle?: number; tagline?: number; confidence: number } {
  // A list item is a menu entry, unless its byline or date stands right under it (`+ Headline` / `by NAME on DATE`).
  const shaped = candidates.filter((i) => headlineShaped(candidateText(lines[i]!.text)) && (!listItem(headlineText(lines[i]!.text)) || metadata(i + 1)));
  if (shaped.length === 0) return { confidence: 0 };
  // One candidate is the headline (surer right above the article); several are scored (which needs the opening's stems).
  const chosen =
    shaped.length === 1
      ? { index: 0, confidence: bodyFrom - shaped[0]! <= LONE_HEADLINE_NEAR_LINES ? LONE_HEADLINE_CONFIDENCE : LONE_HEADLINE_CONFIDENCE / 2 }
      : chooseHeadline(headlineCandidates(shaped, lines, bodyFrom, secondProse, metadata), body(), scorer);
  const title = shaped[chosen.index]!;
  const after = shaped.find((i) => i > title);
  const nextCandidate = candidates.find((i) => i > title);
  // The standfirst is the next line, with no paragraph between them.
  const subtitle = after !== undefined && after === nextCandidate && (title > bodyFrom || after <= bodyFrom) ? after : undefined;
  const above = shaped.filter((i) => i < title);
  return { title, subtitle, tagline: above.length ? above[0] : undefined, confidence: chosen.confidence };
}
