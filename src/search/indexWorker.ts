// The search index is written on its own thread: feeding Pagefind's process record by record then
// never waits for Eleventy, which renders on the main thread meanwhile. The thread asks the main
// thread for one part's articles at a time (writeSearchIndexAside), so it holds one part's text.
import { parentPort } from 'node:worker_threads';
import { searchEntryOf, writeParts, type IndexerMessage, type IndexRequest, type SearchArticle } from './index.ts';

const port = parentPort!;
const send = (message: IndexerMessage) => port.postMessage(message);
let answer: ((articles: SearchArticle[]) => void) | undefined;

port.on('message', async (message: IndexRequest | { part: SearchArticle[] }) => {
  if ('part' in message) return answer?.(message.part);
  const { count, outputDir, options } = message;
  const entriesOf = (k: number) =>
    new Promise<SearchArticle[]>((resolve) => {
      answer = resolve;
      send({ want: k });
    }).then((articles) => articles.map(searchEntryOf));
  try {
    send({ result: await writeParts(count, entriesOf, outputDir, { ...options, progress: (done, total) => send({ progress: [done, total] }) }) });
  } catch (error) {
    send({ error: (error as Error).message });
  }
});
