// Reads the archive folder: every file becomes an article, a duplicate of one, or a rejection with
// its reason. One bad file never stops the others.
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Article, IngestResult } from '../article.ts';
import { ingest } from '../ingest/index.ts';
import { assignUrls } from '../site/urls.ts';
import type { IngestCache } from './cache.ts';
import { IngestPool } from './pool.ts';

export type Outcome =
  | { file: string; status: 'built'; article: Article; url: string; duplicates: string[] }
  | { file: string; status: 'duplicate'; of: string; url: string }
  | { file: string; status: 'rejected'; reason: string };

export type Built = Extract<Outcome, { status: 'built' }>;

/** Every file below `dir` (hidden ones aside), relative to it, in a stable order. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/**
 * The file's bytes, or the reason it may not be read (a link out of the archive, a folder link, …).
 * Only a symbolic link can lead out of the archive: its target must lie inside `root`, the
 * archive folder's real path.
 */
async function readInside(dir: string, file: string, root: string): Promise<Uint8Array | string> {
  try {
    let path = join(dir, file);
    let info = await lstat(path);
    if (info.isSymbolicLink()) {
      path = await realpath(path);
      if (path !== root && !path.startsWith(root + sep)) return 'symbolic link pointing outside the archive folder';
      info = await stat(path);
    }
    if (!info.isFile()) return 'not a regular file';
    return await readFile(path);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

/**
 * One file of the archive ingested (from the cache when its bytes are known, else on the pool's
 * threads when there is one), or the reason it cannot be.
 */
export async function ingestFile(
  dir: string,
  file: string,
  cache?: IngestCache,
  pool?: IngestPool,
  root?: string,
): Promise<{ file: string; result: IngestResult }> {
  const bytes = await readInside(dir, file, root ?? (await realpath(dir)));
  if (typeof bytes === 'string') return { file, result: { ok: false, reason: bytes } };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let result = await cache?.get(sha256);
  if (!result) {
    try {
      result = pool ? await pool.ingest(bytes, file) : ingest(bytes, file);
    } catch (error) {
      // A bug in ingest must cost one article, not the archive.
      result = { ok: false, reason: `ingest failed: ${(error as Error).message}` };
    }
    await cache?.set(sha256, result);
  }
  if (result.ok) result = { ok: true, article: { ...result.article, sourceFile: file } };
  return { file, result };
}

/** Files read and ingested at once: enough to keep every thread busy, few enough to bound memory. */
const IN_FLIGHT = 32;

/**
 * Ingests every file of the archive (from the cache where the bytes are unchanged) on every core,
 * calling `progress` after each file.
 */
export async function readArchive(dir: string, cache?: IngestCache, progress?: (done: number, total: number) => void): Promise<Outcome[]> {
  const files = await listArticleFiles(dir);
  const results: Array<{ file: string; result: IngestResult }> = new Array(files.length);
  const pool = new IngestPool();
  const root = await realpath(dir);
  try {
    let next = 0;
    let done = 0;
    const lane = async () => {
      for (let i = next++; i < files.length; i = next++) {
        results[i] = await ingestFile(dir, files[i]!, cache, pool, root);
        progress?.(++done, files.length);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  } finally {
    await pool.close();
  }

  // Byte-identical files are one article: the first file (by name) builds it, the others point to it.
  const firstBySha = new Map<string, Article>();
  const articles: Article[] = [];
  for (const { result } of results) {
    if (result.ok && !firstBySha.has(result.article.sha256)) {
      firstBySha.set(result.article.sha256, result.article);
      articles.push(result.article);
    }
  }
  const urls = assignUrls(articles);
  const duplicatesOf = new Map<string, string[]>();
  const outcomes: Outcome[] = results.map(({ file, result }) => {
    if (!result.ok) return { file, status: 'rejected', reason: result.reason };
    const first = firstBySha.get(result.article.sha256)!;
    const url = urls.get(first.sourceFile)!;
    if (first.sourceFile === file) return { file, status: 'built', article: first, url, duplicates: [] };
    duplicatesOf.set(first.sourceFile, [...(duplicatesOf.get(first.sourceFile) ?? []), file]);
    return { file, status: 'duplicate', of: first.sourceFile, url };
  });
  for (const o of outcomes) if (o.status === 'built') o.duplicates = duplicatesOf.get(o.file) ?? [];
  return outcomes;
}
