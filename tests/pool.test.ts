// The ingest pool: files ingested on worker threads, and a worker that dies fails its files
// instead of leaving the build waiting for ever.
import assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import { describe, it } from 'node:test';
import { IngestPool } from '../src/build/pool.ts';

const bytes = new TextEncoder().encode('A Story\n\nThe talks in the capital went on until late in the evening without any result.');

describe('the ingest pool', () => {
  it('ingests on a worker, leaving the caller its bytes', async () => {
    const pool = new IngestPool(2);
    const result = await pool.ingest(bytes, 'a.txt');
    assert.ok(result.ok && result.article.title === 'A Story');
    assert.ok(bytes.byteLength > 0, 'the caller still has its bytes (they were copied, not moved)');
    await pool.close();
  });

  it('rejects the files of a worker that stops, and every file once all have', async () => {
    const pool = new IngestPool(1);
    const waiting = pool.ingest(bytes, 'a.txt');
    await (pool as unknown as { workers: Worker[] }).workers[0]!.terminate();
    await assert.rejects(waiting, /ingest worker stopped/);
    await assert.rejects(pool.ingest(bytes, 'b.txt'), /every ingest worker has stopped/);
    await pool.close();
  });
});
