// The one type that passes between the pipeline's stages: ingest produces it, the site renders it,
// the search index reads it.

/** How much of a date the text gave: `2023-09-20` is a day, `September 2023` a month. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A person's instruction for taking an article's body when ingest gets it wrong (front matter
 * `extract:`): every line but obvious furniture, or the raw file's lines from `from` to `to`.
 */
export type Extraction = 'all' | { from: number; to: number };

/**
 * How sure ingest is of what it found, from 0 (a guess) to 1 (a person said so, in front matter):
 * the build report lists the least sure articles first, so a person checks those and not all.
 */
export interface Confidence {
  body: number;
  title: number;
}

export type TopicKind = 'person' | 'place' | 'organization';

/** A person, place or organisation an article names, as the text names it. */
export interface Topic {
  name: string;
  kind: TopicKind;
}

/** A line of the raw text that ingest left out of the article, and why (provenance). */
export interface Removal {
  /** 1-based line number in the raw file (front matter lines included). */
  line: number;
  text: string;
  reason: string;
}

export interface Article {
  /** Path of the raw file, relative to the folder it was read from. */
  sourceFile: string;
  /** SHA-256 of the raw file's bytes, hex. */
  sha256: string;
  title: string;
  /** True when the text had no headline and the title was made from its opening sentence. */
  titleDerived: boolean;
  /** A standfirst or subheading given right under the headline. */
  subtitle?: string;
  /** ISO date, `YYYY-MM-DD` (for month/year precision the first day of the period). */
  date?: string;
  datePrecision?: DatePrecision;
  author?: string;
  /** The place a dateline names (`Baku / 11.22.20 / Turan` gives Baku). */
  dateline?: string;
  /** The news agency a dateline or credit names. */
  agency?: string;
  publisher?: string;
  /** The original article's address. */
  url?: string;
  /** ISO 639-1 code of the text's language, when it can be told. */
  language?: string;
  /** A site's tagline that stood above the headline. */
  siteTagline?: string;
  /** The front matter's `extract:` instruction that the body was taken by, as written (`all`, `lines 12-40`). */
  extract?: string;
  confidence: Confidence;
  /** The opening of its text, cut at a word (feeds, link previews). */
  summary: string;
  /** The people, places and organisations its headline and lead name, most-mentioned first. */
  topics: Topic[];
  /** Words in its body. */
  wordCount: number;
  /** MinHash of its body's word shingles (base64): how builds find the same story told elsewhere. */
  fingerprint: string;
  /** Cleaned article body as Markdown (escaped so the text shows as written). */
  body: string;
  /** Every line ingest removed, with the reason. */
  removed: Removal[];
  /** Things a person may want to check (undated, derived title, ignored front matter). */
  warnings: string[];
}

/** What ingest gives for one file: an article, or the one-line reason it could not be one. */
export type IngestResult = { ok: true; article: Article } | { ok: false; reason: string };

/**
 * An article without its text (body and removed lines): what a build holds of every article at
 * once. The text stays in the ingest cache until the article's page and search part are made, so
 * the build's memory does not grow with the archive's text.
 */
export type ArticleMeta = Omit<Article, 'body' | 'removed'>;

/** What the ingest pool reports for one file. */
export type IngestMeta = { ok: true; article: ArticleMeta } | { ok: false; reason: string };

export function metaOf(result: IngestResult): IngestMeta {
  if (!result.ok) return result;
  const { body: _body, removed: _removed, ...article } = result.article;
  return { ok: true, article };
}
