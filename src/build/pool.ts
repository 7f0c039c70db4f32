// Ingest on every core: a pool of worker threads, each ingesting and caching the files it is handed
// (ingestFile.ts) and answering with each article's metadata. Ingest is a pure function of a file's
// bytes and name, so the files can be ingested in any order, in parallel; the main thread only
// reads them and hands them out.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { IngestMeta } from '../article.ts';
import type { FileRequest } from './ingestFile.ts';
import type { IngestRequest } from './ingestWorker.ts';
import { tsWorker } from '../tsWorker.ts';

type Reply = { id: number; result: IngestMeta; error?: undefined } | { id: number; error: string };

export class IngestPool {
  private readonly workers: Worker[] = [];
  /** Files sent and not yet answered: the worker each went to, and how to answer its caller. */
  private readonly pending = new Map<number, { worker: number; resolve: (result: IngestMeta) => void; reject: (error: Error) => void }>();
  /** Files in hand per worker; a worker that died takes no more. */
  private readonly load: number[] = [];
  private next = 0;

  /** Workers start on the first file to ingest: a rebuild served from the cache starts none. */
  constructor(private readonly size = availableParallelism()) {}

  private start(): void {
    for (let k = 0; k < Math.max(1, this.size); k++) {
      const worker = tsWorker(new URL('./ingestWorker.ts', import.meta.url));
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        this.load[k]!--;
        if (reply.error === undefined) waiting?.resolve(reply.result);
        else waiting?.reject(new Error(reply.error));
      });
      // A worker that dies (out of memory, say) fails the files it held instead of leaving them waiting.
      worker.on('error', (error) => this.fail(k, error));
      worker.on('exit', (code) => this.fail(k, new Error(`ingest worker stopped (exit code ${code})`)));
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  private fail(k: number, error: Error): void {
    this.load[k] = Infinity;
    for (const [id, waiting] of this.pending) {
      if (waiting.worker !== k) continue;
      this.pending.delete(id);
      waiting.reject(error);
    }
  }

  /** Ingests a file on the least busy worker; rejects when the worker fails or dies. */
  ingest(request: FileRequest): Promise<IngestMeta> {
    if (this.workers.length === 0) this.start();
    const id = this.next++;
    const k = this.load.indexOf(Math.min(...this.load));
    if (this.load[k] === Infinity) return Promise.reject(new Error('every ingest worker has stopped'));
    this.load[k]!++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { worker: k, resolve, reject });
      this.workers[k]!.postMessage({ id, request } satisfies IngestRequest);
    });
  }

  async close(): Promise<void> {
    this.load.fill(Infinity); // their exit is expected now
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
