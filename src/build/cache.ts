// A content-hash cache of ingest results: a file whose bytes (and ingest's code) have not changed is
// not ingested again. Entries are keyed by the file's SHA-256 and a hash of ingest's own source, so
// any change to ingest invalidates them all.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestResult } from '../article.ts';

const SOURCES = [fileURLToPath(new URL('../ingest/', import.meta.url)), fileURLToPath(new URL('../article.ts', import.meta.url))];

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    const files = source.endsWith('/') ? (await readdir(source)).sort().map((f) => join(source, f)) : [source];
    for (const file of files) hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

export class IngestCache {
  private constructor(private readonly dir: string) {}

  static async open(root: string): Promise<IngestCache> {
    const dir = join(root, await sourceHash());
    await mkdir(dir, { recursive: true });
    return new IngestCache(dir);
  }

  async get(sha256: string): Promise<IngestResult | undefined> {
    try {
      return JSON.parse(await readFile(join(this.dir, `${sha256}.json`), 'utf8')) as IngestResult;
    } catch {
      return undefined;
    }
  }

  async set(sha256: string, result: IngestResult): Promise<void> {
    const file = join(this.dir, `${sha256}.json`);
    await writeFile(`${file}.tmp`, JSON.stringify(result));
    await rename(`${file}.tmp`, file);
  }
}
