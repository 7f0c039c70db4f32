// A content-hash cache of ingest results: a file whose bytes (and ingest's code) have not changed is
// not ingested again. Entries are keyed by the file's SHA-256 and a hash of ingest's own source, the
// topic table and the lock file, so any change to these invalidates them all (and the build then
// removes the old entries, prune).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import type { Article, ArticleMeta, IngestResult } from '../article.ts';
import { sourcesHash } from '../files.ts';
import { TOPIC_TABLE_FILE } from '../ingest/topics.ts';

/**
 * What ingest's result depends on besides the bytes: its code, the topic table it names topics by,
 * and the lock file (the versions of chrono-node, franc, compromise and the rest it calls).
 */
const SOURCES = [
  fileURLToPath(new URL('../ingest/', import.meta.url)),
  fileURLToPath(new URL('../article.ts', import.meta.url)),
  TOPIC_TABLE_FILE,
  fileURLToPath(new URL('../../package-lock.json', import.meta.url)),
];

const sourceHash = async () => (await sourcesHash(SOURCES)).slice(0, 16);

/** How the folder of one version of ingest's code is named (sourceHash). */
const VERSION_FOLDER = /^[0-9a-f]{16}$/;

export class IngestCache {
  /** `dir` is the folder of one version of ingest's code (see open). */
  private constructor(readonly dir: string) {}

  /** The cache below `root` for the current ingest code. */
  static async open(root: string): Promise<IngestCache> {
    const dir = join(root, await sourceHash());
    await mkdir(dir, { recursive: true });
    return new IngestCache(dir);
  }

  /**
   * Removes the folders of other versions of ingest's code: their entries are never read again,
   * and each holds the archive's whole text.
   */
  async prune(): Promise<void> {
    const root = dirname(this.dir);
    const others = (await readdir(root)).filter((name) => name !== basename(this.dir) && VERSION_FOLDER.test(name));
    await Promise.all(others.map((name) => rm(join(root, name), { recursive: true, force: true })));
  }

  /** The cache in a folder that `open` gave (how an ingest worker opens it). */
  static at(dir: string): IngestCache {
    return new IngestCache(dir);
  }

  // Synchronous: used on ingest's worker threads (see ingestFile.ts).
  get(sha256: string): IngestResult | undefined {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${sha256}.json`), 'utf8')) as IngestResult;
    } catch {
      return undefined;
    }
  }

  /**
   * The text (body and removed lines) of an article the build holds the metadata of. Its entry was
   * written when the article was ingested, in this build or an earlier one.
   */
  text(article: Pick<ArticleMeta, 'sha256' | 'sourceFile'>): Pick<Article, 'body' | 'removed'> {
    const entry = this.get(article.sha256);
    if (!entry?.ok) throw new Error(`the ingest cache lost the entry of ${article.sourceFile} (${this.dir}): build again`);
    return { body: entry.article.body, removed: entry.article.removed };
  }

  /** Written aside (a name of this thread's own) and renamed: a killed build never leaves half an entry. */
  set(sha256: string, result: IngestResult): void {
    const file = join(this.dir, `${sha256}.json`);
    const aside = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(aside, JSON.stringify(result));
    renameSync(aside, file);
  }
}
