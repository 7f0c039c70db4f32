// Ingest on every core: a pool of worker threads, each ingesting the files it is handed. Ingest is
// a pure function of a file's bytes, so the files can be ingested in any order, in parallel.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { IngestResult } from '../article.ts';
import type { IngestRequest } from './ingestWorker.ts';
import { tsWorker } from '../tsWorker.ts';

export class IngestPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, (result: IngestResult) => void>();
  private readonly load: number[] = [];
  private next = 0;

  /** Workers start on the first file to ingest: a rebuild served from the cache starts none. */
  constructor(private readonly size = availableParallelism()) {}

  private start(): void {
    for (let k = 0; k < Math.max(1, this.size); k++) {
      const worker = tsWorker(new URL('./ingestWorker.ts', import.meta.url));
      worker.on('message', ({ id, result }: { id: number; result: IngestResult }) => {
        this.pending.get(id)?.(result);
        this.pending.delete(id);
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  /** Ingests on the least busy worker. */
  ingest(bytes: Uint8Array, file: string): Promise<IngestResult> {
    if (this.workers.length === 0) this.start();
    const id = this.next++;
    const k = this.load.indexOf(Math.min(...this.load));
    this.load[k]!++;
    return new Promise((resolve) => {
      this.pending.set(id, (result) => {
        this.load[k]!--;
        resolve(result);
      });
      const copy = new Uint8Array(bytes); // moved to the worker, so the caller's bytes stay whole
      this.workers[k]!.postMessage({ id, bytes: copy, file } satisfies IngestRequest, [copy.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
