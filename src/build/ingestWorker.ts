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
    // Sent back as the error it is: the caller (ingestFile) turns it into the file's rejection.
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
