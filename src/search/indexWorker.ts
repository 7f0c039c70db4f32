// The search index is written on its own thread: feeding Pagefind's process record by record then
// never waits for Eleventy, which renders on the main thread meanwhile.
import { parentPort } from 'node:worker_threads';
import { writeSearchIndex, type IndexRequest } from './index.ts';

parentPort!.once('message', async ({ entries, outputDir, options }: IndexRequest) => {
  try {
    const result = await writeSearchIndex(entries, outputDir, { ...options, progress: (done, total) => parentPort!.postMessage({ progress: [done, total] }) });
    parentPort!.postMessage({ result });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).message });
  }
});
