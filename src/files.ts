// Reusing the previous build's output: hard links instead of copies, so a rebuild spends no time
// or disk on what did not change. Nothing writes into an output file after creating it, so the old
// and the new site may share them; the old site's names go when it is swapped out.
import { createHash } from 'node:crypto';
import { link, mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A JSON file the previous build wrote (a manifest of what it made), or undefined when there is none. */
export async function readJsonFile<T>(path: string): Promise<T | undefined> {
  return readFile(path, 'utf8').then((text) => JSON.parse(text) as T, () => undefined);
}

/** `from` linked at `to`, its folder made as needed. */
export async function linkFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await link(from, to);
}

/** Every file below `from` linked at the same place below `to`. */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await linkTree(join(from, entry.name), join(to, entry.name));
    else await link(join(from, entry.name), join(to, entry.name));
  }
}

/** A hash of the files below `sources` (folders or files, relative to the project folder; one that is missing counts as empty). */
export async function sourcesHash(sources: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const source of sources) {
    const entries = await readdir(source, { recursive: true, withFileTypes: true }).catch(() => undefined);
    const files = entries ? entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort() : [source];
    for (const file of files) hash.update(file).update(await readFile(file).catch(() => ''));
  }
  return hash.digest('hex');
}
