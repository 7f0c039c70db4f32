// How the archive is cut into parts of bounded size, for rendering (src/build/render.ts) and for the
// search index (src/search/index.ts): an article's part comes from a hash of its URL, so adding one
// article changes one part, and the number of parts is a power of two, so when the archive grows
// past a limit each part splits in two.
import { createHash } from 'node:crypto';

/** As few parts as keep each under `max` articles (a power of two). */
export function partCount(articles: number, max: number): number {
  let parts = 1;
  while (articles / parts > max) parts *= 2;
  return parts;
}

/** The part an article's URL falls in, of `parts`. */
export function partOf(url: string, parts: number): number {
  return createHash('sha256').update(url).digest().readUInt32BE(0) % parts;
}

/** `items` split by their URL into as few parts as keep each under `max` (some may be empty), each part in URL order. */
export function splitIntoParts<T extends { url: string }>(items: T[], max: number): T[][] {
  const count = partCount(items.length, max);
  const parts: T[][] = Array.from({ length: count }, () => []);
  for (const item of [...items].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) parts[partOf(item.url, count)]!.push(item);
  return parts;
}

/** A short hash of what a part is made from: equal hashes, equal output. */
export function hashOf(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(typeof value === 'string' ? value : JSON.stringify(value)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
