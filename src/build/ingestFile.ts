// One file of the archive, read and ingested through the cache: what each ingest worker does
// (pool.ts), and what `clippings ingest` does on its own thread. Reading, hashing and caching happen
// here rather than on the main thread, so every core spends its time on ingest. The file system is
// used synchronously: a worker has nothing else to do meanwhile, and each asynchronous read is four
// round trips through libuv's small thread pool (a rebuild from the cache took twice as long).
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { IngestResult } from '../article.ts';
import { ingest } from '../ingest/index.ts';
import { IngestCache } from './cache.ts';

export interface FileRequest {
  /** The archive folder, and the file's path relative to it. */
  dir: string;
  file: string;
  /** The archive folder's real path: a symbolic link may not lead out of it. */
  root: string;
  /** The ingest cache's folder (IngestCache.dir), when results are cached. */
  cacheDir?: string;
}

/**
 * The file's bytes, or the reason it may not be read (a link out of the archive, a folder link, …).
 * Only a symbolic link can lead out of the archive: its target must lie inside `root`.
 */
function readInside({ dir, file, root }: FileRequest): Uint8Array | string {
  try {
    let path = join(dir, file);
    let info = lstatSync(path);
    if (info.isSymbolicLink()) {
      path = realpathSync(path);
      if (path !== root && !path.startsWith(root + sep)) return 'symbolic link pointing outside the archive folder';
      info = statSync(path);
    }
    if (!info.isFile()) return 'not a regular file';
    return readFileSync(path);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

/** The file ingested (from the cache when its bytes are known), or the reason it cannot be. */
export function ingestFile(request: FileRequest): IngestResult {
  const bytes = readInside(request);
  if (typeof bytes === 'string') return { ok: false, reason: bytes };
  const cache = request.cacheDir ? IngestCache.at(request.cacheDir) : undefined;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let result = cache?.get(sha256);
  if (!result) {
    try {
      result = ingest(bytes, request.file);
    } catch (error) {
      result = ingestFailed(error); // a bug in ingest must cost one article, not the archive
    }
    cache?.set(sha256, result);
  }
  if (result.ok) result = { ok: true, article: { ...result.article, sourceFile: request.file } };
  return result;
}

/** The one wording of a file that ingest (or its worker) failed on. */
export function ingestFailed(error: unknown): IngestResult {
  return { ok: false, reason: `ingest failed: ${(error as Error).message}` };
}
