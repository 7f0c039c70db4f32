// The headline among the short lines above the first paragraph, and a title made from the opening
// sentence when a text has none.
import { DERIVED_TITLE_MAX_CHARS, HEADLINE_FULL_WORDS, HEADLINE_OVERLAP_OF_BEST } from './settings.ts';
import { contentStems, wordCount } from './text.ts';

/** Share of a line's content words that the article body also uses. */
export function topicalOverlap(line: string, body: Set<string>): number {
  const own = contentStems(line);
  if (own.size === 0) return 0;
  let shared = 0;
  for (const s of own) if (body.has(s)) shared++;
  return shared / own.size;
}

/** How headline-like a line is: its topical overlap, discounted for lines shorter than headlines are. */
export function headlineScore(line: string, body: Set<string>): number {
  return topicalOverlap(line, body) * Math.min(1, wordCount(line) / HEADLINE_FULL_WORDS);
}

/**
 * Index of the headline among candidate lines: the first one that speaks of what the body speaks of
 * nearly as much as the best candidate does (a site's name or tagline above the headline does not,
 * nor does a two-word section name in a menu).
 */
export function chooseHeadline(candidates: string[], body: Set<string>): number {
  const overlaps = candidates.map((c) => headlineScore(c, body));
  const best = Math.max(...overlaps);
  return best > 0 ? overlaps.findIndex((o) => o >= best * HEADLINE_OVERLAP_OF_BEST) : 0;
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
