// Ingest: the raw bytes of one article file → an Article, or the reason it cannot be one.
// A pure function of the bytes and the file's name, so its result can be cached by content hash.
import { createHash } from 'node:crypto';
import type { Article, IngestResult, Removal } from '../article.ts';
import { decode } from './decode.ts';
import { extract } from './extract.ts';
import { extractionLabel, splitFrontMatter } from './frontMatter.ts';
import { cutAtWord, deriveTitle, type HeadlineScorer } from './headline.ts';
import { SUMMARY_MAX_CHARS } from './settings.ts';
import { blockLines, firstLineOf, toMarkdown, type Block } from './structure.ts';
import { wordCount } from './text.ts';
import { findTopics } from './topics.ts';
import { fingerprint } from './fingerprint.ts';

/** The editorial front matter's lines, recorded so the original-text view shows them for what they are. */
function frontMatterLines(text: string, bodyStartLine: number): Removal[] {
  return text
    .split('\n', bodyStartLine - 1)
    .map((line, i) => ({ line: i + 1, text: line, reason: 'editorial front matter' }));
}

/** The opening sentence of the first block that has a word in it; failing that, the file's name. */
function derivedTitle(blocks: Block[], sourceFile: string): string {
  for (const block of blocks) {
    const title = deriveTitle(firstLineOf(block));
    if (/[\p{L}\p{N}]/u.test(title)) return title;
  }
  return sourceFile.replace(/^.*\//, '').replace(/\.[^.]*$/, '') || sourceFile;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** `scoreHeadlines` chooses among headline candidates (the shipped model unless a trainer passes its own). */
export function ingest(bytes: Uint8Array, sourceFile: string, scoreHeadlines?: HeadlineScorer): IngestResult {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const front = splitFrontMatter(decoded.text);
  if (!front.ok) return front;
  const found = extract(front.body, front.bodyStartLine, front.editorial.extract, scoreHeadlines);
  const firstText = found.blocks.find((b) => b.kind === 'paragraph') ?? found.blocks[0];
  if (!firstText) return { ok: false, reason: front.editorial.extract ? `nothing left in the lines front matter names (extract: ${extractionLabel(front.editorial.extract)})` : 'nothing left after removing boilerplate' };

  const { editorial } = front;
  const titleDerived = !editorial.title && !found.title;
  const title = editorial.title ?? found.title ?? derivedTitle([firstText, ...found.blocks], sourceFile);
  const date = editorial.date ? { date: editorial.date, precision: editorial.datePrecision! } : found.date;
  const warnings = [...decoded.warnings, ...front.warnings];
  if (!date) warnings.push('undated: the text states no date (add `date:` front matter)');
  if (titleDerived) warnings.push('no headline found: title derived from the opening sentence');

  const lines = found.blocks.flatMap(blockLines);
  const article: Article = {
    sourceFile,
    sha256,
    title,
    titleDerived,
    subtitle: editorial.subtitle ?? found.subtitle,
    date: date?.date,
    datePrecision: date?.precision,
    author: editorial.author ?? found.author,
    dateline: editorial.dateline ?? found.dateline,
    agency: editorial.agency ?? found.agency,
    publisher: editorial.publisher ?? found.publisher,
    url: editorial.url,
    language: found.language,
    siteTagline: found.siteTagline,
    extract: editorial.extract && extractionLabel(editorial.extract),
    // what a person wrote in front matter is certain; a title made from the opening sentence is no headline
    confidence: { body: round(found.confidence.body), title: editorial.title ? 1 : titleDerived ? 0 : round(found.confidence.title) },
    summary: cutAtWord(firstLineOf(firstText), SUMMARY_MAX_CHARS),
    // The tagger reads English only: an article in another language has no topics.
    topics: found.language === 'en' ? findTopics(title, lines) : [],
    wordCount: lines.reduce((n, line) => n + wordCount(line), 0),
    fingerprint: fingerprint(lines),
    body: toMarkdown(found.blocks),
    removed: [...frontMatterLines(decoded.text, front.bodyStartLine), ...found.removed],
    warnings,
  };
  return { ok: true, article };
}
