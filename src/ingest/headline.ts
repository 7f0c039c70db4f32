// The headline among the short lines above the first paragraph, and a title made from the opening
// sentence when a text has none.
import {
  DERIVED_TITLE_MAX_CHARS,
  HEADLINE_DISTANCE_HALF,
  HEADLINE_FULL_WORDS,
  HEADLINE_OVERLAP_OF_BEST,
  HEADLINE_REPEAT_BONUS,
} from './settings.ts';
import { contentStems, wordCount } from './text.ts';

/** A breadcrumb: at least three parts joined by `/`, `»`, `›` or `>`, the page's place in the site first (`Home / News / Title`). */
const BREADCRUMB = /^(?:you are here:?\s*)?(?:[^/»›>]+\s[/»›>]\s){2,}([^/»›>]+)$/i;

/** The text a candidate line offers as headline: the last part of a breadcrumb, else the line. */
export function headlineText(line: string): string {
  return BREADCRUMB.exec(line)?.[1]!.trim() ?? line;
}

/** Share of a line's content words that the article body also uses. */
export function topicalOverlap(line: string, body: Set<string>): number {
  const own = contentStems(line);
  if (own.size === 0) return 0;
  let shared = 0;
  for (const s of own) if (body.has(s)) shared++;
  return shared / own.size;
}

/** A line that may be the headline, and where it stands. */
export interface HeadlineCandidate {
  text: string;
  /** Lines between it and the article's first paragraph. */
  distance: number;
  /** Whether the page shows the same line (or its start) elsewhere too, as pages do with headlines. */
  repeated: boolean;
}

/**
 * How headline-like a line is: its topical overlap with the body, discounted for lines shorter than
 * headlines are and for lines far above the article, raised for lines the page repeats.
 */
export function headlineScore(c: HeadlineCandidate, body: Set<string>): number {
  const shape = Math.min(1, wordCount(c.text) / HEADLINE_FULL_WORDS);
  const proximity = 1 / (1 + c.distance / HEADLINE_DISTANCE_HALF);
  return topicalOverlap(c.text, body) * shape * proximity * (c.repeated ? HEADLINE_REPEAT_BONUS : 1);
}

/**
 * Index of the headline among the candidates: the first one that scores nearly as well as the best
 * (a site's name or tagline above the headline does not, nor does a section name in a menu; a
 * standfirst under it may, and so the headline above it is taken first). How sure the choice is:
 * half how much of the headline the body speaks of, half its lead over the strongest other candidate.
 */
export function chooseHeadline(candidates: HeadlineCandidate[], body: Set<string>): { index: number; confidence: number } {
  const scores = candidates.map((c) => headlineScore(c, body));
  const best = Math.max(...scores);
  if (best <= 0) return { index: 0, confidence: 0 };
  const index = scores.findIndex((o) => o >= best * HEADLINE_OVERLAP_OF_BEST);
  const rival = Math.max(0, ...scores.filter((_, i) => i !== index));
  const lead = Math.max(0, 1 - rival / scores[index]!);
  return { index, confidence: 0.5 * topicalOverlap(candidates[index]!.text, body) + 0.5 * lead };
}

/**
 * A title from the opening sentence of the first paragraph: at most DERIVED_TITLE_MAX_CHARS
 * characters, cut at a word boundary (with an ellipsis) when the sentence is longer.
 */
export function deriveTitle(paragraph: string): string {
  const sentence = /^.+?[.!?…。！？](?=\s|$)/u.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= DERIVED_TITLE_MAX_CHARS) return sentence.replace(/[.。]$/u, '');
  const cut = sentence.slice(0, DERIVED_TITLE_MAX_CHARS); // leaves room for the ellipsis below
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, -1)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
