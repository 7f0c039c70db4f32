// One file of the archive: located and read on the main thread (locateInside, readLocated), its
// bytes hashed to find its cache entry (archive.ts: not read at all when its file-system data are
// those of the last build, cache.ts), and ingested by a worker of the pool when the cache has no
// entry (ingestBytes).
// The file system is used synchronously: each asynchronous read is four round trips through
// libuv's small thread pool, and nothing else waits on these threads meanwhile.
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { IngestResult } from '../article.ts';
import { IngestCache } from './cache.ts';

export interface FileLocation {
  /** The archive folder, and the file's path relative to it. */
  dir: string;
  file: string;
  /** The archive folder's real path: a symbolic link may not lead out of it. */
  root: string;
}

/** A file's bytes to ingest, with its path relative to the archive folder. */
export interface FileRequest {
  file: string;
  bytes: Uint8Array;
  /** Where its result is cached, when it is: the ingest cache's folder (IngestCache.dir) and the file's entry key (entryKey). */
  cache?: { dir: string; key: string };
}

/** A file of the archive found: the path its bytes are read from and what the file system says of it. */
export interface Located {
  path: string;
  info: Stats;
}

/**
 * Where the file's bytes are, or the reason it may not be read (a link out of the archive, a folder
 * link, …). Only a symbolic link can lead out of the archive: its target must lie inside `root`.
 */
export function locateInside({ dir, file, root }: FileLocation): Located | string {
  try {
    let path = join(dir, file);
    let info = lstatSync(path);
    if (info.isSymbolicLink()) {
      path = realpathSync(path);
      if (path !== root && !path.startsWith(root + sep)) return 'symbolic link pointing outside the archive folder';
      info = statSync(path);
    }
    return info.isFile() ? { path, info } : 'not a regular file';
  } catch (error) {
    return cannotRead(error);
  }
}

/** The bytes of a located file, or the reason they cannot be read. */
export function readLocated({ path }: Located): Uint8Array | string {
  try {
    return readFileSync(path);
  } catch (error) {
    return cannotRead(error);
  }
}

const cannotRead = (error: unknown) => `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;

/** The file's bytes, or the reason it may not be read (locateInside). */
export function readInside(location: FileLocation): Uint8Array | string {
  const located = locateInside(location);
  return typeof located === 'string' ? located : readLocated(located);
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Ingest itself, loaded when the first file is ingested: its libraries (compromise, chrono-node)
 * take over a second to load, which a build with no new or changed file need not pay.
 */
let ingestCode: Promise<typeof import('../ingest/index.ts')> | undefined;

/** The file's bytes ingested, and the result cached (or taken from the cache when it has an entry). */
export async function ingestBytes({ file, bytes, cache }: FileRequest): Promise<IngestResult> {
  const cached = cache && IngestCache.at(cache.dir).get(cache.key);
  if (cached) return cached;
  const { ingest } = await (ingestCode ??= import('../ingest/index.ts'));
  let result: IngestResult;
  try {
    result = ingest(bytes, file);
  } catch (error) {
    result = ingestFailed(error); // a bug in ingest must cost one article, not the archive
  }
  if (cache) IngestCache.at(cache.dir).set(cache.key, result);
  return result;
}

/** The file read and ingested (no cache), or the reason it cannot be. */
export async function ingestFile(location: FileLocation): Promise<IngestResult> {
  const bytes = readInside(location);
  return typeof bytes === 'string' ? { ok: false, reason: bytes } : ingestBytes({ file: location.file, bytes });
}

/** The one wording of a file that ingest (or its worker) failed on. */
export function ingestFailed(error: unknown): IngestResult {
  return { ok: false, reason: `ingest failed: ${(error as Error).message}` };
}
