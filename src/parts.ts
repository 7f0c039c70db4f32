// The key of whatever a build may reuse (a rendered page, a search part): a hash of what it is made
// from. Equal keys, equal output.
import { createHash } from 'node:crypto';

/** A short hash of what something is made from: equal hashes, equal output. */
export function hashOf(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(typeof value === 'string' ? value : JSON.stringify(value)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
