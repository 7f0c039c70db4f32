// Editorial front matter at the top of a raw article file: metadata that overrides what ingest infers.
// Article files are untrusted, so only plain YAML with our own fields is accepted: gray-matter's
// JavaScript engines are replaced by ones that refuse, and YAML tags, aliases beyond a small count
// and Eleventy's own keys (permalink, layout …) never reach the site.
import matter from 'gray-matter';
import { DateTime } from 'luxon';
import { parseDocument } from 'yaml';
import type { DatePrecision, Extraction } from '../article.ts';

export interface Editorial {
  title?: string;
  subtitle?: string;
  date?: string;
  datePrecision?: DatePrecision;
  author?: string;
  publisher?: string;
  url?: string;
  dateline?: string;
  agency?: string;
  extract?: Extraction;
}

export type FrontMatterResult =
  | { ok: true; editorial: Editorial; body: string; bodyStartLine: number; warnings: string[] }
  | { ok: false; reason: string };

const TEXT_FIELDS = ['title', 'subtitle', 'author', 'publisher', 'dateline', 'agency'] as const;
const FIELDS = new Set<string>([...TEXT_FIELDS, 'date', 'url', 'extract']);

/** Aliases in one block: plenty for real metadata, far too few for a "billion laughs" bomb. */
const MAX_YAML_ALIASES = 20;

function refuse(language: string) {
  return () => {
    throw new Error(`front matter in ${language} is not allowed (only plain YAML)`);
  };
}

function parseYaml(source: string): object {
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new Error(`front matter is not plain YAML: ${problem.message.split('\n')[0]}`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw new Error(`front matter is not plain YAML: ${(error as Error).message}`); // an alias bomb
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('front matter must be a YAML mapping of fields');
  return data;
}

const ENGINES = {
  yaml: { parse: parseYaml, stringify: refuse('yaml') },
  javascript: { parse: refuse('JavaScript'), stringify: refuse('JavaScript') },
  js: { parse: refuse('JavaScript'), stringify: refuse('JavaScript') },
  json: { parse: refuse('JSON'), stringify: refuse('JSON') },
};

/** Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` into a real calendar date (2023-02-30 is refused). */
export function parseEditorialDate(value: string): { date: string; precision: DatePrecision } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const dt = DateTime.fromObject({ year: Number(y), month: Number(mo ?? 1), day: Number(d ?? 1) }, { zone: 'utc' });
  if (!dt.isValid) return undefined;
  return { date: dt.toISODate()!, precision: d ? 'day' : mo ? 'month' : 'year' };
}

/** Parses an `extract:` instruction: `all`, `lines 12-40` (the raw file's line numbers), or `auto` (ingest decides). */
export function parseExtraction(value: string): Extraction | 'auto' | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'all' || text === 'auto') return text;
  const m = /^lines?\s+(\d+)\s*[-–]\s*(\d+)$/.exec(text);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) return undefined;
  return { from: Number(m[1]), to: Number(m[2]) };
}

/** The instruction as it is shown and recorded. */
export const extractionLabel = (e: Extraction) => (e === 'all' ? 'all' : `lines ${e.from}-${e.to}`);

function validate(data: Record<string, unknown>): { editorial: Editorial; warnings: string[] } | { reason: string } {
  const editorial: Editorial = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!FIELDS.has(key)) {
      warnings.push(`front matter field "${key}" ignored (allowed: ${[...FIELDS].join(', ')})`);
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      return { reason: `front matter field "${key}" must be plain text` };
    }
    const text = String(value).trim();
    if (text === '') continue;
    if (key === 'date') {
      const parsed = parseEditorialDate(text);
      if (!parsed) return { reason: `front matter date "${text}" is not a real date (use YYYY-MM-DD)` };
      editorial.date = parsed.date;
      editorial.datePrecision = parsed.precision;
    } else if (key === 'extract') {
      const parsed = parseExtraction(text);
      if (!parsed) return { reason: `front matter extract "${text}" is not "all", "auto" or "lines N-M" (the raw file's line numbers)` };
      if (parsed !== 'auto') editorial.extract = parsed;
    } else if (key === 'url') {
      if (!/^https?:\/\/[^\s<>"']+$/i.test(text)) return { reason: `front matter url "${text}" is not an http(s) address` };
      editorial.url = text;
    } else {
      editorial[key as (typeof TEXT_FIELDS)[number]] = text.replace(/\s+/g, ' ');
    }
  }
  return { editorial, warnings };
}

/** Splits a decoded raw file into its editorial front matter (if any) and the text below it. */
export function splitFrontMatter(text: string): FrontMatterResult {
  const opening = /^---([^\n]*)\n/.exec(text);
  if (!opening) return { ok: true, editorial: {}, body: text, bodyStartLine: 1, warnings: [] };
  const language = opening[1]!.trim();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return { ok: false, reason: `front matter in "${language}" is not allowed (only plain YAML)` };
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(opening[0].length - 1))) {
    return { ok: false, reason: 'front matter is not closed by a "---" line' };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: ENGINES, language: 'yaml' });
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const checked = validate(parsed.data);
  if ('reason' in checked) return { ok: false, reason: checked.reason };
  const consumed = text.slice(0, text.length - parsed.content.length);
  const bodyStartLine = consumed.split('\n').length;
  return { ok: true, ...checked, body: parsed.content, bodyStartLine };
}
