// Ingest's output format: one Markdown file per article, its metadata as YAML front matter.
import { stringify } from 'yaml';
import type { Article } from '../article.ts';

/** Front-matter fields in the order a reader wants them: what it is first, provenance last. */
const FIELD_ORDER: Array<keyof Article> = [
  'title', 'titleDerived', 'subtitle', 'date', 'datePrecision', 'author', 'dateline', 'agency',
  'publisher', 'url', 'language', 'topics', 'summary', 'wordCount', 'siteTagline', 'extract', 'confidence', 'sourceFile', 'sha256', 'warnings', 'removed',
];

/** Whether a field says something (false flags, day precision and empty lists do not). */
function informative(key: keyof Article, value: unknown): boolean {
  if (value === undefined || value === false) return false;
  if (key === 'datePrecision') return value !== 'day';
  return !Array.isArray(value) || value.length > 0;
}

/** Front matter for an article: every informative field but the body. */
export function frontMatterOf(article: Article): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (informative(key, article[key])) data[key] = article[key];
  return data;
}

/**
 * The article as a front-matter Markdown file. YAML 1.1 rules decide the quoting, so readers of
 * either YAML version (gray-matter's js-yaml among them) read every value back as the same string.
 */
export function toMarkdownFile(article: Article, extra: Record<string, unknown> = {}): string {
  const yaml = stringify({ ...extra, ...frontMatterOf(article) }, { version: '1.1', lineWidth: 0 });
  return `---\n${yaml}---\n\n${article.body}\n`;
}
