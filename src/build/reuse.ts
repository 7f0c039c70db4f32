// What a build may reuse, decided one way for every output: an ingested file (the ingest cache), a
// rendered page, a search part. Each output has a key, a hash of exactly what it is made from:
//   1. its own inputs (a file's bytes and name; the data a page shows; the entries a part holds),
//   2. the version of what makes it: the files of MADE_BY for its kind (the code, the templates,
//      the lock file with every dependency's version) and the site configuration.
// Equal keys, equal output. A build records the key of every output it makes in a Ledger beside
// them; the next build computes the keys from metadata alone and keeps from the previous build
// every output whose key it finds there (publish.ts leaves it in place), making only the rest.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../site/config.ts';

/** The project folder: the code, the templates and the lock file are below it. */
const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const LOCK_FILE = 'package-lock.json';

/**
 * The files each kind of output is made by, relative to the project folder (`templates/config/`
 * holds the topic alias table and the site configuration). A change to any of them changes every
 * key of the kind. Pages and search parts show ingest's text, so ingest's version is in theirs.
 */
export const MADE_BY = {
  ingest: ['src/ingest', 'src/article.ts', 'templates/config/topic-aliases.json', LOCK_FILE],
  page: ['templates', '.eleventy.ts', 'src/site', 'src/build', 'src/article.ts', LOCK_FILE],
  // The index's text is the body made plain by the site's Markdown (src/site/markdown.ts).
  search: ['src/search', 'src/build', 'src/article.ts', 'src/site/markdown.ts', LOCK_FILE],
  // Copied into every site as they are (style sheet, search scripts): no page's key depends on them.
  assets: ['public'],
} as const;
type Kind = keyof typeof MADE_BY;

/** A short hash of `values`: equal hashes, equal values. */
export function keyOf(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) hash.update(typeof value === 'string' ? value : JSON.stringify(value)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** A hash of the files below `sources` (folders or files of the project; one that is missing counts as empty). */
async function filesHash(sources: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const source of sources) {
    const path = join(PROJECT, source);
    const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => undefined);
    const files = entries ? entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort() : [path];
    for (const file of files) hash.update(file.slice(PROJECT.length)).update(await readFile(file).catch(() => ''));
  }
  return hash.digest('hex');
}

/**
 * The version of what makes outputs of `kind`: its files (MADE_BY) and the site configuration (which
 * the environment may change for one build). Read anew by every build: `npm start` builds again
 * after a template changes, in the same process.
 */
export async function versionOf(kind: Kind): Promise<string> {
  const files = await filesHash(MADE_BY[kind]);
  return kind === 'ingest' ? keyOf(files) : keyOf(files, site, await versionOf('ingest'));
}

/** A JSON file a previous build wrote, or undefined when there is none (or it is damaged). */
export async function readJsonFile<T>(path: string): Promise<T | undefined> {
  return readFile(path, 'utf8').then((text) => JSON.parse(text) as T, () => undefined);
}

/** `value` as JSON at `path`, written aside and renamed: a killed build never leaves half a file. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const aside = `${path}.${process.pid}.tmp`;
  await writeFile(aside, JSON.stringify(value));
  await rename(aside, path);
}

/**
 * A result a build worked out from every article at once (the story pairs), kept at `file` for the
 * next build with the version of what made it: that build starts from it when the version is its own.
 */
export const kept = {
  async read<T>(file: string, version: string): Promise<T | undefined> {
    const found = await readJsonFile<{ version: string; value: T }>(file);
    return found?.version === version ? found.value : undefined;
  },
  write(file: string, version: string, value: unknown): Promise<void> {
    return writeJsonFile(file, { version, value });
  },
};

interface LedgerFile {
  keys: Record<string, string>;
  /** Outputs made of several (a search part of articles): each one's ids. */
  groups: Record<string, string[]>;
}

/**
 * The keys of the outputs of one kind that a build made, by an id of each (a page's URL, an
 * article's URL in the search index), kept in a file beside them; and those the previous build made.
 */
export class Ledger {
  private readonly made: LedgerFile = { keys: {}, groups: {} };

  private constructor(private readonly before: LedgerFile) {}

  /** The ledger the previous build left at `file` (empty when there is none). */
  static async previous(file: string): Promise<Ledger> {
    const before = await readJsonFile<LedgerFile>(file);
    return new Ledger({ keys: before?.keys ?? {}, groups: before?.groups ?? {} });
  }

  /** A ledger with no previous build. */
  static none(): Ledger {
    return new Ledger({ keys: {}, groups: {} });
  }

  /** Records that `id` is made with `key`; true when the previous build made it with the same key. */
  record(id: string, key: string): boolean {
    this.made.keys[id] = key;
    return this.before.keys[id] === key;
  }

  /** Records an output made of the outputs `ids`. */
  group(name: string, ids: string[]): void {
    this.made.groups[name] = ids;
  }

  /** The outputs the previous build made of several, with the key of each of their ids then. */
  previousGroups(): Array<{ name: string; keys: Record<string, string> }> {
    return Object.entries(this.before.groups).map(([name, ids]) => ({ name, keys: Object.fromEntries(ids.map((id) => [id, this.before.keys[id] ?? ''])) }));
  }

  keys(): Readonly<Record<string, string>> {
    return this.made.keys;
  }

  /** Written at `file`, for the next build. */
  write(file: string): Promise<void> {
    return writeJsonFile(file, this.made);
  }
}
