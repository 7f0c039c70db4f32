// The original text of an article, line by line, with what ingest removed marked: the page that
// lets a reader check the archive against its source.
import { readFileSync } from 'node:fs';
import type { Removal } from '../article.ts';
import { decode } from '../ingest/decode.ts';

export interface OriginalLine {
  n: number;
  text: string;
  /** Why (part of) the line was removed; absent for kept lines. */
  reason?: string;
  /** Whether only part of the line was removed (a date label or dateline before the text). */
  partly?: boolean;
  /** Whether the line became metadata (headline, byline, date …) rather than being dropped. */
  moved?: boolean;
}

/** Reasons under which a line became the article's metadata instead of being dropped. */
const METADATA = /^(headline|standfirst|editorial front matter|byline|date|update date|dateline)\b/;

/** The decoded lines of a raw text, each with the removals recorded for it. */
export function markRemovals(text: string, removed: Removal[]): OriginalLine[] {
  const byLine = new Map(removed.map((r) => [r.line, r]));
  return text.split('\n').map((line, i) => {
    const removal = byLine.get(i + 1);
    if (!removal) return { n: i + 1, text: line };
    const whole = removal.text.replace(/…$/, '').length >= line.trim().length - 1 || removal.text.endsWith('…');
    return { n: i + 1, text: line, reason: removal.reason, partly: !whole, moved: METADATA.test(removal.reason) };
  });
}

/** The original lines of the raw file at `sourcePath` (relative to the project folder). */
export function originalLines(sourcePath: string, removed: Removal[] = []): OriginalLine[] {
  const decoded = decode(readFileSync(sourcePath));
  return decoded.ok ? markRemovals(decoded.text, removed) : [{ n: 1, text: decoded.reason, reason: 'the raw file can no longer be read' }];
}
