// The search index: Pagefind, fed each article's own text as a custom record, so only article text
// (headline and body, never page furniture or removed lines) can be found.
//
// Pagefind holds a whole index in memory while it builds it (some 150-250 KB per article), so a large
// archive is indexed in parts, one after another, each by a fresh Pagefind process: memory stays
// that of one part whatever the archive's size, and so does the text in memory, read from the
// ingest cache one part at a time. The browser searches the parts together with Pagefind's
// mergeIndex (public/search.js reads their list from parts.json). An article's part comes from a
// hash of its URL, so adding one article changes one part, and a part whose articles are unchanged
// is reused (hard-linked) from the previous index instead of being indexed again.
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { linkTree, readJsonFile, sourcesHash } from '../files.ts';
import { hashOf, splitIntoParts } from '../parts.ts';
import { tsWorker } from '../tsWorker.ts';

export interface SearchEntry {
  url: string;
  title: string;
  /** Human-readable date shown with the result. */
  date?: string;
  /** Plain text of the body. */
  text: string;
}

/** The most articles one part holds: about 1 GB of Pagefind's memory at the most. */
export const PART_MAX_ARTICLES = 4000;
/** Records sent to Pagefind at once: its service answers them in turn, without waiting on each. */
const BATCH = 50;
/** What a part keeps of a Pagefind bundle: the search itself, not the bundled UIs nobody loads. */
const KEEP = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\..*|.*\.pf_meta|index|fragment|filter)$/;

export interface Manifest {
  /** How many parts the articles were split into (empty parts are not listed). */
  count: number;
  parts: Array<{ path: string; hash: string; articles: number }>;
}

function check(errors: string[], what: string): void {
  if (errors.length) throw new Error(`search index: ${what} failed: ${errors.join('; ')}`);
}

/** Indexes one part's entries with a fresh Pagefind process into `outputPath`. */
async function indexPart(entries: SearchEntry[], outputPath: string, language: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  check(errors, 'starting Pagefind');
  try {
    for (let i = 0; i < entries.length; i += BATCH) {
      await Promise.all(
        entries.slice(i, i + BATCH).map(async (entry) => {
          const meta: Record<string, string> = { title: entry.title };
          if (entry.date) meta.date = entry.date;
          const added = await index!.addCustomRecord({ url: entry.url, content: `${entry.title}\n${entry.text}`, language, meta });
          check(added.errors, `indexing ${entry.url}`);
        }),
      );
    }
    check((await index!.writeFiles({ outputPath })).errors, 'writing the index');
  } finally {
    await index!.deleteIndex();
    await pagefind.close(); // the process and its memory go with the part
  }
  for (const name of await readdir(outputPath)) if (!KEEP.test(name)) await rm(join(outputPath, name), { recursive: true });
}

async function linked(from: string, to: string): Promise<boolean> {
  return linkTree(from, to).then(() => true, () => false);
}

export interface IndexOptions {
  language: string;
  /** Where the index is served on the site. */
  urlPath: string;
  /** The index to reuse unchanged parts from, when there is one. */
  previousDir?: string;
  partMax?: number;
  progress?: (done: number, total: number) => void;
}

/**
 * An article as the build hands it to the search index: its text is read from the ingest cache
 * (by the raw file's hash) when its part is indexed, on the index's thread.
 */
export type SearchArticle = Omit<SearchEntry, 'text'> & { sha256: string; sourceFile: string };

/**
 * Everything an index part depends on besides its articles' metadata: the code (ingest's, which
 * makes the text from the raw file, and the index's) and the dependencies' versions (Pagefind's).
 */
const SEARCH_SOURCES = ['src', 'package-lock.json'];

/** What the index's thread (indexWorker.ts) is given: every article's metadata, and the cache that holds their text. */
export interface IndexRequest {
  articles: SearchArticle[];
  cacheDir: string;
  outputDir: string;
  options: Omit<IndexOptions, 'progress'>;
}
export type IndexerMessage = { progress: [number, number] } | { result: { indexed: number; reused: number } } | { error: string };

/** writeCachedSearchIndex on a thread of its own (indexWorker.ts), so the thread that renders stays free. */
export function writeSearchIndexAside(articles: SearchArticle[], cacheDir: string, outputDir: string, options: IndexOptions): Promise<{ indexed: number; reused: number }> {
  const { progress, ...rest } = options;
  const worker = tsWorker(new URL('./indexWorker.ts', import.meta.url));
  return new Promise<{ indexed: number; reused: number }>((resolve, reject) => {
    worker.on('message', (message: IndexerMessage) => {
      if ('progress' in message) progress?.(...message.progress);
      else if ('result' in message) resolve(message.result);
      else reject(new Error(message.error));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the search index thread stopped (exit code ${code})`)));
    worker.postMessage({ articles, cacheDir, outputDir, options: rest } satisfies IndexRequest);
  }).finally(() => worker.terminate());
}

/**
 * The search index of the articles, their text read from the ingest cache (`text`) one part at a
 * time, so no more than one part's text is in memory.
 */
export async function writeCachedSearchIndex(
  articles: SearchArticle[],
  text: (article: SearchArticle) => string,
  outputDir: string,
  options: IndexOptions,
): Promise<{ indexed: number; reused: number }> {
  const version = await sourcesHash(SEARCH_SOURCES);
  const parts = splitIntoParts(articles, options.partMax ?? PART_MAX_ARTICLES).map((part) => ({
    key: [version, part],
    size: part.length,
    entries: () => part.map((article) => ({ url: article.url, title: article.title, date: article.date, text: text(article) })),
  }));
  return writeParts(parts, outputDir, options);
}

/** The search index for `entries`, all in hand (see writeParts). */
export function writeSearchIndex(entries: SearchEntry[], outputDir: string, options: IndexOptions): Promise<{ indexed: number; reused: number }> {
  const parts = splitIntoParts(entries, options.partMax ?? PART_MAX_ARTICLES);
  return writeParts(parts.map((part) => ({ key: part, size: part.length, entries: () => part })), outputDir, options);
}

/** A part of the index: what it is made from (`key`, compared with the previous index's), and its entries. */
interface Part {
  key: unknown;
  size: number;
  entries: () => SearchEntry[];
}

/**
 * Writes a search index of `parts` into the new folder `outputDir` (served at `urlPath`): a
 * Pagefind bundle per part and parts.json listing them. A part's entries are asked for only when it
 * is indexed. Parts whose key is unchanged since the index in `previousDir` are linked from it; a
 * part that is indexed is written aside and moved into place, so Pagefind never writes through a
 * link into the previous index. Reports each part as it is done.
 */
export async function writeParts(parts: Part[], outputDir: string, options: IndexOptions): Promise<{ indexed: number; reused: number }> {
  const { previousDir } = options;
  const previous = previousDir ? await readJsonFile<Manifest>(join(previousDir, 'parts.json')) : undefined;

  const count = parts.length;
  const manifest: Manifest = { count, parts: [] };
  let indexed = 0;
  let reused = 0;
  for (const [k, part] of parts.entries()) {
    const hash = hashOf(part.key);
    const target = join(outputDir, String(k));
    const path = `${options.urlPath}${k}/`;
    options.progress?.(k + 1, count);
    if (part.size === 0) continue; // nothing to search: not listed
    const unchanged = previous?.count === count && previous.parts.find((p) => p.path === path)?.hash === hash;
    if (unchanged && (await linked(join(previousDir!, String(k)), target))) {
      reused++;
    } else {
      await rm(`${target}.next`, { recursive: true, force: true });
      await indexPart(part.entries(), `${target}.next`, options.language);
      await rm(target, { recursive: true, force: true });
      await rename(`${target}.next`, target);
      indexed++;
    }
    manifest.parts.push({ path, hash, articles: part.size });
  }
  await writeFile(join(outputDir, 'parts.json'), JSON.stringify(manifest));
  return { indexed, reused };
}
