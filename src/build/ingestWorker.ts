// A worker thread of the ingest pool (pool.ts): ingests and caches the files it is sent, and answers
// with each article's metadata: its text goes to the cache, not to the main thread.
import { parentPort } from 'node:worker_threads';
import { metaOf } from '../article.ts';
import { ingestBytes, type FileRequest } from './ingestFile.ts';

export interface IngestRequest {
  id: number;
  request: FileRequest;
}

parentPort!.on('message', async ({ id, request }: IngestRequest) => {
  try {
    parentPort!.postMessage({ id, result: metaOf(await ingestBytes(request)) });
  } catch (error) {
    // Sent back as the error it is: the caller (readArchive) turns it into the file's rejection.
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
