// A worker thread of the ingest pool (pool.ts): ingests the files it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { ingest } from '../ingest/index.ts';

export interface IngestRequest {
  id: number;
  bytes: Uint8Array;
  file: string;
}

parentPort!.on('message', ({ id, bytes, file }: IngestRequest) => {
  try {
    parentPort!.postMessage({ id, result: ingest(bytes, file) });
  } catch (error) {
    // A bug in ingest must cost one article, not the archive.
    parentPort!.postMessage({ id, result: { ok: false, reason: `ingest failed: ${(error as Error).message}` } });
  }
});
