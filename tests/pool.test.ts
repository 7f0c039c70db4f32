// The ingest pool: files ingested on worker threads, and a worker that dies fails its files
// instead of leaving the build waiting for ever.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, it } from 'node:test';
import { metaOf } from '../src/article.ts';
import { entryKey, IngestCache } from '../src/build/cache.ts';
import { sha256Of } from '../src/build/ingestFile.ts';
import { IngestPool } from '../src/build/pool.ts';

const bytes = new TextEncoder().encode('A Story\n\nThe talks in the capital went on until late in the evening without any result.');

async function archive(): Promise<{ dir: string }> {
  return { dir: await mkdtemp(join(tmpdir(), 'clippings-pool-')) };
}

describe('the ingest pool', () => {
  it('ingests a file on a worker, caches the result and answers with the metadata', async () => {
    const { dir } = await archive();
    const cache = await IngestCache.open(join(dir, '.cache'));
    const pool = new IngestPool(2);
    try {
      const result = await pool.ingest({ file: 'a.txt', bytes, cache: { dir: cache.dir, key: entryKey(sha256Of(bytes), 'a.txt') } });
      assert.ok(result.ok && result.article.title === 'A Story' && result.article.sourceFile === 'a.txt');
      assert.ok(!('body' in result.article) && !('removed' in result.article), 'the text stays in the cache');
      const cached = cache.get(entryKey(result.article.sha256, 'a.txt'));
      assert.deepEqual(metaOf(cached!), JSON.parse(JSON.stringify(result)));
      assert.match(cache.text(result.article).body, /went on until late/);
    } finally {
      await pool.close();
    }
  });

  it("removes the folders of other versions of ingest's code", async () => {
    const { dir } = await archive();
    const root = join(dir, '.cache');
    await mkdir(join(root, '0123456789abcdef'), { recursive: true });
    await writeFile(join(root, '0123456789abcdef', `${'a'.repeat(64)}.json`), '{}');
    await mkdir(join(root, 'not-a-version'));
    const cache = await IngestCache.open(root);
    await cache.prune();
    assert.deepEqual((await readdir(root)).sort(), [basename(cache.dir), 'not-a-version'].sort());
  });

  it('names the file whose text the cache has lost', async () => {
    const { dir } = await archive();
    const cache = await IngestCache.open(join(dir, '.cache'));
    assert.throws(() => cache.text({ sha256: 'f'.repeat(64), sourceFile: 'lost.txt' }), /lost the entry of lost\.txt/);
  });

  it('rejects the files of a worker that stops, and every file once all have', async () => {
    const pool = new IngestPool(1);
    try {
      const waiting = pool.ingest({ file: 'a.txt', bytes });
      await (pool as unknown as { workers: Worker[] }).workers[0]!.terminate();
      await assert.rejects(waiting, /ingest worker stopped/);
      await assert.rejects(pool.ingest({ file: 'b.txt', bytes }), /every ingest worker has stopped/);
    } finally {
      await pool.close();
    }
  });
});
