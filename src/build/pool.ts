// Ingest on every core: a pool of worker threads, each ingesting the files it is handed. Ingest is
// a pure function of a file's bytes, so the files can be ingested in any order, in parallel.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestResult } from '../article.ts';
import type { IngestRequest } from './ingestWorker.ts';

/**
 * The worker's first code: the TypeScript loader (tsx) does not reach worker threads by itself
 * (privatenumber/tsx#354), so each worker registers it, then loads ingestWorker.ts.
 */
const BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./ingestWorker.ts', import.meta.url).href)}); });`;

export class IngestPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, (result: IngestResult) => void>();
  private readonly load: number[];
  private next = 0;

  constructor(size = availableParallelism()) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = new Worker(BOOT, { eval: true });
      worker.on('message', ({ id, result }: { id: number; result: IngestResult }) => {
        this.pending.get(id)?.(result);
        this.pending.delete(id);
      });
      return worker;
    });
    this.load = this.workers.map(() => 0);
  }

  /** Ingests on the least busy worker. */
  ingest(bytes: Uint8Array, file: string): Promise<IngestResult> {
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
