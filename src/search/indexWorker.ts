// The search index is written on its own thread: feeding Pagefind's process record by record then
// never waits for Eleventy, which renders on the main thread meanwhile. The thread reads each
// article's text from the ingest cache when its part is indexed, so it holds one part's text.
import { parentPort } from 'node:worker_threads';
import { IngestCache } from '../build/cache.ts';
import { plainText } from '../site/markdown.ts';
import { writeCachedSearchIndex, type IndexerMessage, type IndexRequest } from './index.ts';

const port = parentPort!;
const send = (message: IndexerMessage) => port.postMessage(message);

port.once('message', async ({ articles, cacheDir, outputDir, options }: IndexRequest) => {
  const cache = IngestCache.at(cacheDir);
  try {
    const progress = (done: number, total: number) => send({ progress: [done, total] });
    send({ result: await writeCachedSearchIndex(articles, (article) => plainText(cache.text(article).body), outputDir, { ...options, progress }) });
  } catch (error) {
    send({ error: (error as Error).message });
  }
});
