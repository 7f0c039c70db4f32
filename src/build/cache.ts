// The ingest cache: an ingested file is not ingested again while its bytes, its name and ingest's
// version (reuse.ts: ingest's code, the topic table, the lock file) are the same. Each file's result
// is an entry of its own, keyed by a hash of its bytes and name, in a folder per ingest version (a
// new version starts an empty folder, and the build then removes the old ones, prune); the text is
// read from an entry only when the article's page or search part is made. The metadata of every
// file of the last build is also kept in one table, read in one go by the next build.
import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { threadId } from 'node:worker_threads';
import type { Article, ArticleMeta, IngestMeta, IngestResult } from '../article.ts';
import { keyOf, versionOf } from './reuse.ts';

/** How the folder of one version of ingest is named (versionOf). */
const VERSION_FOLDER = /^[0-9a-f]{16}$/;
/** In a version's folder: a line `[key, metadata]` per file of the last build. */
const TABLE_FILE = 'metadata.jsonl';

/** The key of a file's entry: ingest reads its bytes and, for a title when the text has no words to make one of, its name. */
export function entryKey(sha256: string, sourceFile: string): string {
  return keyOf(sha256, sourceFile);
}

export class IngestCache {
  /** `dir` is the folder of one version of ingest (see open). */
  private constructor(readonly dir: string) {}

  /** The cache below `root` for the current version of ingest. */
  static async open(root: string): Promise<IngestCache> {
    const dir = join(root, await versionOf('ingest'));
    await mkdir(dir, { recursive: true });
    return new IngestCache(dir);
  }

  /**
   * Removes the folders of other versions of ingest: their entries are never read again, and each
   * holds the archive's whole text.
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
  get(key: string): IngestResult | undefined {
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as IngestResult;
    } catch {
      return undefined;
    }
  }

  /**
   * The text (body and removed lines) of an article the build holds the metadata of. Its entry was
   * written when the article was ingested, in this build or an earlier one.
   */
  text(article: Pick<ArticleMeta, 'sha256' | 'sourceFile'>): Pick<Article, 'body' | 'removed'> {
    const entry = this.get(entryKey(article.sha256, article.sourceFile));
    if (!entry?.ok) throw new Error(`the ingest cache lost the entry of ${article.sourceFile} (${this.dir}): build again`);
    return { body: entry.article.body, removed: entry.article.removed };
  }

  /** Written aside (a name of this thread's own) and renamed: a killed build never leaves half an entry. */
  set(key: string, result: IngestResult): void {
    const file = join(this.dir, `${key}.json`);
    const aside = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(aside, JSON.stringify(result));
    renameSync(aside, file);
  }

  /** The metadata of every file of the last build, by entry key (empty when there is none). */
  async readTable(): Promise<Map<string, IngestMeta>> {
    const table = new Map<string, IngestMeta>();
    try {
      const lines = createInterface({ input: createReadStream(join(this.dir, TABLE_FILE)), crlfDelay: Infinity });
      for await (const line of lines) {
        const [key, meta] = JSON.parse(line) as [string, IngestMeta];
        table.set(key, meta);
      }
    } catch {
      table.clear(); // missing or damaged: every file's own entry is still there
    }
    return table;
  }

  /** The table of this build's files, written aside and renamed. */
  async writeTable(rows: Iterable<[string, IngestMeta]>): Promise<void> {
    const file = join(this.dir, TABLE_FILE);
    const aside = `${file}.${process.pid}.tmp`;
    const out = createWriteStream(aside);
    for (const row of rows) if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
    out.end();
    await finished(out);
    await rename(aside, file);
  }
}
