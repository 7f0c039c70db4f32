// Reads the archive folder: every file becomes an article, a duplicate of one, or a rejection with
// its reason. One bad file never stops the others.
import { readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { metaOf, type ArticleMeta, type IngestMeta } from '../article.ts';
import { assignUrls } from '../site/urls.ts';
import { emptyTable, entryKey, statOf, unchangedKey, type IngestCache, type Row } from './cache.ts';
import { ingestBytes, ingestFailed, locateInside, readLocated, sha256Of } from './ingestFile.ts';
import { IngestPool } from './pool.ts';

export type Outcome =
  | { file: string; status: 'built'; article: ArticleMeta; url: string; duplicates: string[] }
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

/** Files being ingested at once: enough to keep every thread busy, few enough to bound memory. */
const IN_FLIGHT = 32;
/**
 * Files ingested on the main thread before the pool is started: a worker takes seconds to start
 * (TypeScript, compromise's lexicon), a few articles take milliseconds, so a rebuild after a
 * change or two starts no worker.
 */
const IN_PROCESS_MAX = 16;

/**
 * Ingests every file of the archive on every core, calling `progress` after each file. With a
 * cache, a file whose entry the last build's metadata table holds is not sent to ingest (nor even
 * read when its file-system data are unchanged, unchangedKey), and the articles' text is left in
 * the cache (IngestCache.text).
 */
export async function readArchive(dir: string, cache?: IngestCache, progress?: (done: number, total: number) => void): Promise<Outcome[]> {
  const statsFrom = Date.now();
  const files = await listArticleFiles(dir);
  const results: Array<{ file: string; result: IngestMeta }> = new Array(files.length);
  const last = (await cache?.readTable()) ?? emptyTable();
  const table = new Map<string, Row>();
  let ingested = 0;
  let changed = 0; // files whose data are not the last build's
  const pool = new IngestPool();
  const root = await realpath(dir);
  try {
    let next = 0;
    let done = 0;
    const read = async (file: string): Promise<IngestMeta> => {
      const located = locateInside({ dir, file, root });
      if (typeof located === 'string') return { ok: false, reason: located };
      let key = unchangedKey(last, file, located.info);
      let result = key === undefined ? undefined : last.byKey.get(key);
      if (!key || !result) {
        changed++;
        const bytes = readLocated(located);
        if (typeof bytes === 'string') return { ok: false, reason: bytes };
        key = entryKey(sha256Of(bytes), file);
        result = last.byKey.get(key);
        if (!result) {
          const request = { file, bytes, cache: cache && { dir: cache.dir, key } };
          result = ingested++ < IN_PROCESS_MAX ? metaOf(await ingestBytes(request)) : await pool.ingest(request);
        }
      }
      table.set(file, [key, result, file, statOf(located.info)]);
      return result;
    };
    const lane = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const file = files[i]!;
        // A worker that dies fails its files, not recorded in the table: the next build tries them again.
        results[i] = { file, result: await read(file).catch(ingestFailed) };
        progress?.(++done, files.length);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  } finally {
    await pool.close();
  }
  if (cache && (changed > 0 || table.size !== last.byFile.size)) await cache.writeTable(table.values(), statsFrom);

  // Byte-identical files are one article: the first file (by name) builds it, the others point to it.
  const firstBySha = new Map<string, ArticleMeta>();
  const articles: ArticleMeta[] = [];
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
