// The ingest cache: an ingested file is not ingested again while its bytes, its name and ingest's
// version (reuse.ts: ingest's code, the topic table, the lock file) are the same. Each file's result
// is an entry of its own, keyed by a hash of its bytes and name, in a folder per ingest version (a
// new version starts an empty folder, and the build then removes the old ones, prune); the text is
// read from an entry only when the article's page or search part is made. The metadata of every
// file of the last build is also kept in one table, read in one go by the next build, with each
// file's file-system data: a file whose data are unchanged is not even read again (unchangedKey).
import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync, renameSync, writeFileSync, type Stats } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { threadId } from 'node:worker_threads';
import type { Article, ArticleMeta, IngestMeta, IngestResult } from '../article.ts';
import { keyOf, versionOf } from './reuse.ts';

/** How the folder of one version of ingest is named (versionOf). */
const VERSION_FOLDER = /^[0-9a-f]{16}$/;
/** In a version's folder: a line per file of the last build (Row), after one with the time its files' data were taken. */
const TABLE_FILE = 'metadata.jsonl';
/**
 * The coarsest time resolution of a file system in use (FAT's 2 s): a file changed less than this
 * before its data were taken is read again, in case it changed once more within the same tick.
 */
export const STAT_RESOLUTION_MS = 2000;

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

  /** The table of the last build (empty when there is none). */
  async readTable(): Promise<Table> {
    const table = emptyTable();
    try {
      const lines = createInterface({ input: createReadStream(join(this.dir, TABLE_FILE)), crlfDelay: Infinity });
      for await (const line of lines) {
        const row = JSON.parse(line) as Row | { statsFrom: number };
        if (!Array.isArray(row)) {
          table.statsFrom = row.statsFrom;
          continue;
        }
        const [key, meta, file, stat] = row;
        table.byKey.set(key, meta);
        if (file !== undefined && stat !== undefined) table.byFile.set(file, { key, stat });
      }
    } catch {
      return emptyTable(); // missing or damaged: every file's own entry is still there
    }
    return table;
  }

  /** Writes the table of this build, whose files' data were taken from `statsFrom` on; aside and renamed, as an entry is. */
  async writeTable(rows: Iterable<Row>, statsFrom: number): Promise<void> {
    const file = join(this.dir, TABLE_FILE);
    const aside = `${file}.${process.pid}.tmp`;
    const out = createWriteStream(aside);
    out.write(`${JSON.stringify({ statsFrom })}\n`);
    for (const row of rows) if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
    out.end();
    await finished(out);
    await rename(aside, file);
  }
}

/** A line of the table: a file's entry key and metadata, the file's path in the archive and its file-system data (statOf). */
export type Row = [key: string, meta: IngestMeta, file?: string, stat?: string];

/** The last build's table: every file's metadata by entry key; each file's key and file-system data by its path. */
export interface Table {
  byKey: Map<string, IngestMeta>;
  byFile: Map<string, { key: string; stat: string }>;
  /** When that build began to take the files' data (milliseconds since 1970). */
  statsFrom: number;
}

/** The table of no build. */
export function emptyTable(): Table {
  return { byKey: new Map(), byFile: new Map(), statsFrom: 0 };
}

/** What the file system says of a file that changes when its bytes do: size, modification and change times, inode. */
export function statOf(info: Stats): string {
  return `${info.size} ${info.mtimeMs} ${info.ctimeMs} ${info.ino}`;
}

/**
 * The entry key the last build found for `file`, when the file is as it was then, told without
 * reading it (as git's index does): its file-system data are the same, and it was last changed
 * more than STAT_RESOLUTION_MS before that build took them (a file changed again within the file
 * system's time resolution, just after its data were taken, would show the same times).
 */
export function unchangedKey(table: Table, file: string, info: Stats): string | undefined {
  const row = table.byFile.get(file);
  if (!row || row.stat !== statOf(info)) return undefined;
  return Math.max(info.mtimeMs, info.ctimeMs) < table.statsFrom - STAT_RESOLUTION_MS ? row.key : undefined;
}
