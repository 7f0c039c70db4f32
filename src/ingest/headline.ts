// The headline among the short lines above the first paragraph (chosen by a logistic regression
// over each candidate's features, the hand rule's score among them), and a title made from the
// opening sentence when a text has none.
import {
  DERIVED_TITLE_MAX_CHARS,
  HEADLINE_DISTANCE_HALF,
  HEADLINE_FULL_WORDS,
  HEADLINE_OVERLAP_OF_BEST,
  HEADLINE_REPEAT_BONUS,
} from './settings.ts';
import { probabilities, shippedModel } from './linearModel.ts';
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
  /** Whether the line right above it, or right below, is a candidate too (menus are runs of short lines). */
  candidateAbove?: boolean;
  candidateBelow?: boolean;
  /** Whether a byline or date line stands right below it. */
  metadataBelow?: boolean;
  /** Whether the line is marked up as a heading (`## …`). */
  heading?: boolean;
  /** Whether the text is the last part of a breadcrumb. */
  breadcrumb?: boolean;
  /** Lines above it on the page. */
  fromTop?: number;
  /** Whether it stands below the first prose line (then its distance is to the second). */
  belowOpening?: boolean;
}

/**
 * How headline-like a line is by the hand rule: its topical overlap with the body, discounted for
 * lines shorter than headlines are and for lines far above the article, raised for lines the page
 * repeats. One of the learned chooser's features.
 */
export function headlineScore(c: HeadlineCandidate, body: Set<string>): number {
  const shape = Math.min(1, wordCount(c.text) / HEADLINE_FULL_WORDS);
  const proximity = 1 / (1 + c.distance / HEADLINE_DISTANCE_HALF);
  return topicalOverlap(c.text, body) * shape * proximity * (c.repeated ? HEADLINE_REPEAT_BONUS : 1);
}

/** What the features of one candidate are measured against: every candidate's overlap with the body and the hand rule's verdicts. */
interface Field {
  overlaps: number[];
  mostOverlap: number;
  scores: number[];
  best: number;
  /** The hand rule's choice: the first candidate that scores nearly as well as the best. */
  rule: number;
  count: number;
}

const share = (text: string, part: RegExp, whole: RegExp) => (text.match(part)?.length ?? 0) / Math.max(1, text.match(whole)?.length ?? 0);
const yes = (b: boolean | undefined) => (b ? 1 : 0);

/** The chooser's features: a name (recorded with the trained model) and a measure of a candidate (the k-th from the top). */
const HEADLINE_FEATURES: Array<[string, (c: HeadlineCandidate, k: number, f: Field) => number]> = [
  ['overlap with the body', (_, k, f) => f.overlaps[k]!],
  ['overlap, below the most', (_, k, f) => f.mostOverlap - f.overlaps[k]!],
  ['best rule score', (_, k, f) => yes(f.best > 0 && f.scores[k] === f.best)],
  ['rule score, share of the best', (_, k, f) => (f.best > 0 ? f.scores[k]! / f.best : 0)],
  ['the rule\'s choice', (_, k, f) => yes(k === f.rule)],
  ['words (log)', (c) => Math.log1p(wordCount(c.text))],
  ['distance (log)', (c) => Math.log1p(c.distance)],
  ['right above the article', (c) => yes(c.distance <= 2)],
  ['lines above it (log)', (c) => Math.log1p(c.fromTop ?? 0)],
  ['one or two words', (c) => yes(wordCount(c.text) <= 2)],
  ['repeated', (c) => yes(c.repeated)],
  ['first candidate', (_, k) => yes(k === 0)],
  ['nearest candidate', (_, k, f) => yes(k === f.count - 1)],
  ['candidates (log)', (_, __, f) => Math.log1p(f.count)],
  ['capitalised words', (c) => share(c.text, /(^|\s)\p{Lu}/gu, /(^|\s)\S/gu)],
  ['upper-case letters', (c) => share(c.text, /\p{Lu}/gu, /\p{L}/gu)],
  ['digits', (c) => share(c.text, /\p{N}/gu, /\S/gu)],
  ['separator', (c) => yes(/\s[|–—-]\s|:\s/u.test(c.text))],
  ['asks or exclaims', (c) => yes(/[?!]$/.test(c.text))],
  ['lower-case start', (c) => yes(/^\p{Ll}/u.test(c.text))],
  ['candidate above', (c) => yes(c.candidateAbove)],
  ['candidate below', (c) => yes(c.candidateBelow)],
  ['byline or date below', (c) => yes(c.metadataBelow)],
  ['heading markup', (c) => yes(c.heading)],
  ['breadcrumb', (c) => yes(c.breadcrumb)],
  ['below the first prose line', (c) => yes(c.belowOpening)],
];
export const HEADLINE_FEATURE_NAMES = HEADLINE_FEATURES.map(([name]) => name);

/** Every candidate's features (candidates from the top of the page down). */
export function headlineFeatures(candidates: HeadlineCandidate[], body: Set<string>): number[][] {
  const scores = candidates.map((c) => headlineScore(c, body));
  const best = Math.max(...scores);
  const overlaps = candidates.map((c) => topicalOverlap(c.text, body));
  const field: Field = { overlaps, mostOverlap: Math.max(...overlaps), scores, best, rule: Math.max(0, scores.findIndex((o) => best > 0 && o >= best * HEADLINE_OVERLAP_OF_BEST)), count: candidates.length };
  return candidates.map((c, k) => HEADLINE_FEATURES.map(([, measure]) => measure(c, k, field)));
}

/** How likely each candidate is the headline, given every candidate's features. */
export type HeadlineScorer = (rows: number[][], candidates: HeadlineCandidate[]) => number[];

const headlineModel = shippedModel('./headlineModel.json');
/** The scorer trained on the dev sets (tests/eval/train.ts). */
export const learnedHeadline: HeadlineScorer = (rows) => {
  const model = headlineModel();
  if (model.features.join('\n') !== HEADLINE_FEATURE_NAMES.join('\n')) throw new Error('headlineModel.json was trained on other features: run npm run train');
  return probabilities(model, rows);
};

/**
 * Index of the headline among the candidates (from the top down): the one the scorer finds likeliest,
 * and how likely.
 */
export function chooseHeadline(candidates: HeadlineCandidate[], body: Set<string>, scorer: HeadlineScorer = learnedHeadline): { index: number; confidence: number } {
  const p = scorer(headlineFeatures(candidates, body), candidates);
  const index = p.indexOf(Math.max(...p));
  return { index, confidence: p[index]! };
}

/**
 * A title from the opening sentence of the first paragraph: at most DERIVED_TITLE_MAX_CHARS
 * characters, cut at a word boundary (with an ellipsis) when the sentence is longer.
 */
export function deriveTitle(paragraph: string): string {
  const sentence = /^.+?[.!?…。！？](?=\s|$)/u.exec(paragraph)?.[0] ?? paragraph;
  return sentence.length <= DERIVED_TITLE_MAX_CHARS ? sentence.replace(/[.。]$/u, '') : cutAtWord(sentence, DERIVED_TITLE_MAX_CHARS);
}

/** A text at most `max` characters long, cut at a word with an ellipsis when it is longer. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max); // leaves room for the ellipsis below
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, -1)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
