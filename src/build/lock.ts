// One build at a time per project: two builds at once (or `npm run build` while `npm start` is
// watching) would write the same cache and publish into the same site. A build holds a lock (proper-lockfile:
// a folder made atomically, its time refreshed while held, so the lock of a build that died goes
// stale and is taken over); a second build says so and waits for it.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import type { Paths } from './paths.ts';

/** A lock not refreshed for this long belongs to a build that died (the holder refreshes it every half of this). */
const LOCK_STALE_MS = 10_000;
/** How often a waiting build tries again, and for how long at most before it gives up with an error. */
const LOCK_RETRY_MS = 500;
const LOCK_WAIT_MAX_MS = 60 * 60_000;

/** Runs `work` holding the project's build lock; `waiting` is told when another build holds it. */
export async function withBuildLock<T>(paths: Paths, work: () => Promise<T>, waiting: () => void): Promise<T> {
  await mkdir(paths.work, { recursive: true });
  const options = { realpath: false, stale: LOCK_STALE_MS, lockfilePath: join(paths.work, 'build.lock') };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(paths.work, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    waiting();
    release = await lockfile.lock(paths.work, { ...options, retries: { retries: LOCK_WAIT_MAX_MS / LOCK_RETRY_MS, factor: 1, minTimeout: LOCK_RETRY_MS, maxTimeout: LOCK_RETRY_MS } });
  }
  try {
    return await work();
  } finally {
    await release();
  }
}
