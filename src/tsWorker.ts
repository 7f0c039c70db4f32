// Worker threads running our TypeScript modules. The TypeScript loader (tsx) does not reach worker
// threads by itself (privatenumber/tsx#354), so each worker registers it before loading its module.
import { Worker } from 'node:worker_threads';

export function tsWorker(module: URL): Worker {
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`, { eval: true });
}
