// The archive as a dataset: one row per article (its URL, title, date and precision, author,
// publisher, topics, language, word count, source file and SHA-256) as JSON Lines and CSV, at
// /data/ on the site and, with the cleaned text, from `clippings export`.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { finished, pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Article, ArticleMeta } from '../article.ts';
import { absoluteUrl } from '../site/urls.ts';

export const DATASET_FILES = { jsonl: 'articles.jsonl', csv: 'articles.csv' } as const;
/** Where the dataset is served on the site. */
export const DATASET_PATH = 'data';

type Row = Pick<Article, 'title' | 'date' | 'datePrecision' | 'author' | 'publisher' | 'language' | 'wordCount' | 'sourceFile' | 'sha256'> & {
  url: string;
  topics: string[];
  text?: string;
};

const COLUMNS: Array<keyof Row> = ['url', 'title', 'date', 'datePrecision', 'author', 'publisher', 'topics', 'language', 'wordCount', 'sourceFile', 'sha256', 'text'];

function rowOf(article: ArticleMeta, url: string, text?: string): Row {
  const { title, date, datePrecision, author, publisher, language, wordCount, sourceFile, sha256 } = article;
  return {
    url: absoluteUrl(url),
    title,
    date,
    datePrecision: date ? (datePrecision ?? 'day') : undefined,
    author,
    publisher,
    topics: article.topics.map((t) => t.name),
    language,
    wordCount,
    sourceFile,
    sha256,
    text,
  };
}

/**
 * Writes articles.jsonl and articles.csv into `dir`, a row at a time, in URL order; with each
 * article's cleaned text when `textOf` gives it (read one article at a time: the archive's whole
 * text is never in memory).
 */
export async function writeDataset(entries: Array<{ article: ArticleMeta; url: string }>, dir: string, textOf?: (article: ArticleMeta) => string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const ordered = [...entries].sort((a, b) => (a.url < b.url ? -1 : 1));
  const columns = COLUMNS.filter((c) => c !== 'text' || textOf);
  const jsonl = createWriteStream(join(dir, DATASET_FILES.jsonl));
  const csv = stringify({ header: true, columns: columns.map((key) => ({ key })) });
  const csvDone = pipeline(csv, createWriteStream(join(dir, DATASET_FILES.csv)));
  for (const { article, url } of ordered) {
    const row = rowOf(article, url, textOf?.(article));
    if (!jsonl.write(`${JSON.stringify(row)}\n`)) await once(jsonl, 'drain');
    if (!csv.write({ ...row, topics: row.topics.join('; ') })) await once(csv, 'drain');
  }
  csv.end();
  jsonl.end();
  await Promise.all([csvDone, finished(jsonl)]);
}
