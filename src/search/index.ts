// The search index: Pagefind, fed each article's own text as a custom record, so only article text
// (headline and body, never page furniture or removed lines) can be found.
//
// Pagefind holds a whole index in memory while it builds it (some 150-250 KB per article), so a large
// archive is indexed in parts of at most PART_MAX_ARTICLES, each by a fresh Pagefind process: memory
// stays that of one part whatever the archive's size, and so does the text in memory, read from the
// ingest cache one part at a time. The browser searches every part and merges the results
// (public/search.js reads their list from parts.json).
//
// Pagefind cannot add to an index, so the parts grow as a log-structured merge tree does: a part
// whose articles' keys (reuse.ts) are all unchanged is kept from the previous index (publish.ts
// leaves it in place); new articles, and the new versions of edited ones, make a small part of their own, and
// once more than SMALL_PARTS_MAX parts are small they are folded into parts of full size. An
// article edited or removed is withdrawn from the part that holds it, as a tombstone is in such a
// tree: the part is kept, and parts.json names the article's Pagefind page there, which the search
// page leaves out of the part's results and its filter counts. Past WITHDRAWN_MAX withdrawn
// articles a part is indexed again with what it still holds, starting from its previous files
// (seed). So adding, editing or removing one article indexes at most one article, and the number
// of parts stays bounded.
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { keyOf, Ledger, versionOf } from '../build/reuse.ts';
import { tsWorker } from '../tsWorker.ts';
import type { Facets } from './facets.ts';
import { patchPagefind } from './pagefindPatches.ts';

export interface SearchEntry extends Partial<Facets> {
  url: string;
  title: string;
  /** Human-readable date shown with the result. */
  date?: string;
  /** The publisher shown with the result. */
  publisher?: string;
  /** The ISO date, by which the search page merges the parts' sorted results. */
  iso?: string;
  /** Plain text of the body. */
  text: string;
}

/** The most articles one part holds: about 1 GB of Pagefind's memory at the most. */
export const PART_MAX_ARTICLES = 4000;
/**
 * Parts under half of PART_MAX_ARTICLES are small; past this many small parts they are folded into
 * full ones. Each part costs the first search a request or two, so this bounds what additions add.
 */
export const SMALL_PARTS_MAX = 4;
/**
 * The most articles a part keeps withdrawn before it is indexed again. Each costs the first search
 * some 100 bytes of parts.json (its page and filter values) and keeps its words in the part's index
 * chunks; below this, an edit or removal costs no part's indexing (some 13 s for a full part).
 */
export const WITHDRAWN_MAX = 32;
/** Records sent to Pagefind at once: its service answers them in turn, without waiting on each. */
const BATCH = 50;
/** What a part keeps of a Pagefind bundle: the search itself, not the bundled UIs nobody loads. */
const KEEP = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\..*|.*\.pf_meta|index|fragment|filter)$/;

/** An article withdrawn from a part: its Pagefind page there (a result's `id`) and the filter values it is counted under. */
export interface Withdrawn {
  id: string;
  filters: Facets['filters'];
}
/** What the search page reads: where each part is, and what it holds that is to be left out. */
export interface Manifest {
  parts: Array<{ path: string; articles: number; withdrawn?: Withdrawn[] }>;
}
/** A part: its folder, the keys of the articles it holds by URL, and those withdrawn from it. */
export interface Part {
  dir: string;
  members: Record<string, string>;
  withdrawn: Withdrawn[];
}
/** What the next build reads (not needed to search): each article's key, and each part's articles. */
const SEARCH_LEDGER = '.clippings-search.json';

function check(errors: string[], what: string): void {
  if (errors.length) throw new Error(`search index: ${what} failed: ${errors.join('; ')}`);
}

/**
 * The folders of a Pagefind bundle whose files are named by a hash of their content (the same
 * name, the same bytes). Pagefind does not write such a file again when it finds it there, and
 * compressing them (gzip at its best) is most of the time it takes to write an index.
 */
const CONTENT_NAMED = ['fragment', 'index', 'filter'];

/** The content-named files of the bundles in `from` linked into `to`, where Pagefind will write a part that shares articles with them. */
function seed(from: string[], to: string): void {
  for (const bundle of from) {
    for (const folder of CONTENT_NAMED) {
      if (!existsSync(join(bundle, folder))) continue; // a bundle without filters has no filter folder
      mkdirSync(join(to, folder), { recursive: true });
      for (const name of readdirSync(join(bundle, folder))) if (!existsSync(join(to, folder, name))) linkSync(join(bundle, folder, name), join(to, folder, name));
    }
  }
}

/** What Pagefind writes before the JSON of each fragment and its metadata, once unzipped. */
const PAGEFIND_HEADER = 'pagefind_dcd';

/** Every string in a decoded CBOR value. */
function stringsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (value instanceof Map) for (const [key, item] of value) stringsOf(item, stringsOf(key, into));
  return into;
}

/** Removes the content-named files of the bundle in `dir` that its metadata does not name: what a seed brought that the part no longer holds. */
function pruneSeeded(dir: string, language: string): void {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const meta = gunzipSync(readFileSync(join(dir, `pagefind.${entry.languages[language]!.hash}.pf_meta`)));
  const named = stringsOf(decode(meta.subarray(PAGEFIND_HEADER.length), { useMaps: true }));
  for (const folder of CONTENT_NAMED) {
    if (!existsSync(join(dir, folder))) continue;
    for (const name of readdirSync(join(dir, folder))) if (!named.has(name.replace(/\.pf_\w+$/, ''))) rmSync(join(dir, folder, name));
    if (readdirSync(join(dir, folder)).length === 0) rmSync(join(dir, folder), { recursive: true }); // as Pagefind leaves it
  }
}

/**
 * Indexes one part's entries with a fresh Pagefind process into `outputPath`, seeded with the
 * content-named files of the previous bundles in `seeds` (the parts it re-indexes): Pagefind then
 * compresses and writes only the files that changed.
 */
async function indexPart(entries: SearchEntry[], outputPath: string, language: string, seeds: string[]): Promise<void> {
  seed(seeds, outputPath);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  check(errors, 'starting Pagefind');
  try {
    for (let i = 0; i < entries.length; i += BATCH) {
      await Promise.all(
        entries.slice(i, i + BATCH).map(async (entry) => {
          const meta: Record<string, string> = { title: entry.title };
          if (entry.date) meta.date = entry.date;
          if (entry.publisher) meta.publisher = entry.publisher;
          if (entry.iso) meta.iso = entry.iso;
          const { filters = {}, sort = {} } = entry;
          const added = await index!.addCustomRecord({ url: entry.url, content: `${entry.title}\n${entry.text}`, language, meta, filters, sort });
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
  if (seeds.length) pruneSeeded(outputPath, language);
  await patchPagefind(outputPath);
}

/** The Pagefind pages of `urls` in the bundle in `dir`, found in its fragments (each names its page's URL and filter values). */
function pagesOf(dir: string, urls: string[]): Map<string, Withdrawn> {
  const wanted = new Set(urls);
  const found = new Map<string, Withdrawn>();
  for (const name of readdirSync(join(dir, 'fragment'))) {
    const { url, filters } = JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', name))).subarray(PAGEFIND_HEADER.length).toString()) as { url: string; filters: Withdrawn['filters'] };
    if (wanted.has(url)) found.set(url, { id: name.replace(/\.pf_fragment$/, ''), filters });
    if (found.size === wanted.size) break;
  }
  return found;
}

export interface IndexOptions {
  language: string;
  /** Where the index is served on the site. */
  urlPath: string;
  /** The index to keep unchanged parts of, when there is one (a site's, so publish.ts can leave them in place). */
  previousDir?: string;
  partMax?: number;
  withdrawnMax?: number;
  progress?: (done: number, total: number) => void;
}

/**
 * An article as the build hands it to the search index: its text is read from the ingest cache
 * (by the raw file's hash) when its part is indexed, on the index's thread.
 */
export type SearchArticle = Omit<SearchEntry, 'text'> & { sha256: string; sourceFile: string };

/** What the index's thread (indexWorker.ts) is given: every article's metadata, and the cache that holds their text. */
export interface IndexRequest {
  articles: SearchArticle[];
  cacheDir: string;
  outputDir: string;
  options: Omit<IndexOptions, 'progress'>;
}
/** What an index build did: how many parts it indexed, and the folders of the previous index's parts it kept. */
export interface Indexed {
  indexed: number;
  kept: string[];
}
export type IndexerMessage = { progress: [number, number] } | { result: Indexed } | { error: string };

/** writeCachedSearchIndex on a thread of its own (indexWorker.ts), so the thread that renders stays free. */
export function writeSearchIndexAside(articles: SearchArticle[], cacheDir: string, outputDir: string, options: IndexOptions): Promise<Indexed> {
  const { progress, ...rest } = options;
  const worker = tsWorker(new URL('./indexWorker.ts', import.meta.url));
  return new Promise<Indexed>((resolve, reject) => {
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
): Promise<Indexed> {
  const version = await versionOf('search');
  const items = articles.map((article) => {
    const { sha256, sourceFile, ...entry } = article;
    return { url: article.url, key: keyOf(version, article), entry: () => ({ ...entry, text: text(article) }) };
  });
  return writeParts(items, outputDir, options);
}

/** The search index for `entries`, all in hand (see writeParts). */
export function writeSearchIndex(entries: SearchEntry[], outputDir: string, options: IndexOptions): Promise<Indexed> {
  return writeParts(entries.map((entry) => ({ url: entry.url, key: keyOf(entry), entry: () => entry })), outputDir, options);
}

/** An article for the index: its URL, a key of all it is indexed from, and its entry (asked for when its part is indexed). */
interface Item {
  url: string;
  key: string;
  entry: () => SearchEntry;
}

/** `urls` in parts of at most `max`, as even as can be, each in URL order. */
function evenParts(urls: string[], max: number): string[][] {
  const sorted = [...urls].sort();
  const count = Math.ceil(sorted.length / max);
  return Array.from({ length: count }, (_, k) => sorted.slice(Math.floor((k * sorted.length) / count), Math.floor(((k + 1) * sorted.length) / count)));
}

/** A previous part as this build keeps it: the articles it still holds, and those it withdraws now. */
export interface Kept extends Part {
  withdrawing: string[];
}

/**
 * Which previous parts are kept and which articles are indexed anew, in which parts: a previous
 * part is kept, withdrawing the articles of it that changed or are gone, while it still holds one
 * and has no more than `withdrawnMax` withdrawn; the articles of the others, new articles and new
 * versions are indexed again, in full parts when they make half a part or more, or in one small
 * part; when that makes more than SMALL_PARTS_MAX small parts, every small part is folded in.
 */
export function planParts(previous: Part[], keys: Map<string, string>, max: number, withdrawnMax = WITHDRAWN_MAX): { kept: Kept[]; fresh: string[][] } {
  let kept: Kept[] = [];
  for (const part of previous) {
    const urls = Object.keys(part.members);
    const holds = urls.filter((url) => keys.get(url) === part.members[url]);
    const withdrawing = urls.filter((url) => keys.get(url) !== part.members[url]);
    if (holds.length === 0 || part.withdrawn.length + withdrawing.length > withdrawnMax) continue;
    kept.push({ ...part, members: Object.fromEntries(holds.map((url) => [url, part.members[url]!])), withdrawing });
  }
  const placed = new Set(kept.flatMap((part) => Object.keys(part.members)));
  let pool = [...keys.keys()].filter((url) => !placed.has(url));
  if (pool.length === 0) return { kept, fresh: [] };
  const small = (n: number) => n < max / 2;
  const smallKept = kept.filter((p) => small(Object.keys(p.members).length));
  if (small(pool.length) && smallKept.length + 1 > SMALL_PARTS_MAX) {
    kept = kept.filter((p) => !smallKept.includes(p));
    pool = [...pool, ...smallKept.flatMap((p) => Object.keys(p.members))];
  }
  return { kept, fresh: evenParts(pool, max) };
}

/** The articles each part of the index in `dir` withdrew, by its folder, from its parts.json; undefined when it cannot be read. */
async function withdrawnIn(dir: string): Promise<Map<string, Withdrawn[]> | undefined> {
  try {
    const { parts } = JSON.parse(await readFile(join(dir, 'parts.json'), 'utf8')) as Manifest;
    return new Map(parts.map((part) => [part.path.split('/').at(-2)!, part.withdrawn ?? []]));
  } catch {
    return undefined;
  }
}

/**
 * Writes a search index of `items` into the new folder `outputDir` (served at `urlPath`): a Pagefind
 * bundle per part, in a folder named by a hash of its articles' keys, and parts.json listing them.
 * Parts kept (planParts) stay in the index in `previousDir`, and are named in the result; only
 * the parts indexed are written. An article's entry is asked for only when its part is indexed.
 * Reports each part as it is done.
 */
export async function writeParts(items: Item[], outputDir: string, options: IndexOptions): Promise<Indexed> {
  const { previousDir } = options;
  // Without its parts.json, a previous part's withdrawn articles are unknown: nothing is kept.
  const withdrawn = previousDir ? await withdrawnIn(previousDir) : undefined;
  const ledger = withdrawn ? await Ledger.previous(join(previousDir!, SEARCH_LEDGER)) : Ledger.none();
  const previous: Part[] = ledger.previousGroups().map(({ name, keys }) => ({ dir: name, members: keys, withdrawn: withdrawn?.get(name) ?? [] }));
  const byUrl = new Map(items.map((item) => [item.url, item]));
  const keys = new Map(items.map((item) => [item.url, item.key]));
  const max = options.partMax ?? PART_MAX_ARTICLES;
  const { kept, fresh: planned } = planParts(previous, keys, max, options.withdrawnMax);
  let fresh = planned;
  const parts: Part[] = [];
  const total = kept.length + fresh.length;
  const keptDirs: string[] = [];
  for (const { withdrawing, ...part } of kept) {
    const from = join(previousDir!, part.dir);
    const there = existsSync(from);
    const pages = there && withdrawing.length ? pagesOf(from, withdrawing) : new Map<string, Withdrawn>();
    if (there && pages.size === withdrawing.length) {
      parts.push({ ...part, withdrawn: [...part.withdrawn, ...withdrawing.map((url) => pages.get(url)!)] });
      keptDirs.push(part.dir);
      options.progress?.(keptDirs.length, total);
    } else {
      fresh = [...fresh, ...evenParts(Object.keys(part.members), max)]; // missing there: index it
    }
  }
  // The previous parts this build indexes again: each fresh part is seeded with those it shares articles with.
  const dropped = previous.filter((p) => !parts.some((q) => q.dir === p.dir) && existsSync(join(previousDir!, p.dir)));
  let indexed = 0;
  for (const urls of fresh) {
    const part: Part = { dir: keyOf(urls.map((url) => keys.get(url))), members: Object.fromEntries(urls.map((url) => [url, keys.get(url)!])), withdrawn: [] };
    const target = join(outputDir, part.dir);
    const seeds = dropped.filter((p) => urls.some((url) => url in p.members)).map((p) => join(previousDir!, p.dir));
    await indexPart(urls.map((url) => byUrl.get(url)!.entry()), target, options.language, seeds);
    parts.push(part);
    indexed++;
    options.progress?.(keptDirs.length + indexed, total);
  }
  // Newest dated article first (article URLs begin /YYYY/MM/DD/): the search page shows the first
  // part's results before the others load.
  const newest = new Map(parts.map((p) => [p, Object.keys(p.members).reduce((max, url) => (!/^\/\d{4}\//.test(url) || url < max ? max : url), '')]));
  parts.sort((a, b) => (newest.get(a)! > newest.get(b)! ? -1 : newest.get(a)! < newest.get(b)! ? 1 : a.dir < b.dir ? -1 : 1));
  const manifest: Manifest = {
    parts: parts.map((p) => ({ path: `${options.urlPath}${p.dir}/`, articles: Object.keys(p.members).length, ...(p.withdrawn.length ? { withdrawn: p.withdrawn } : {}) })),
  };
  await mkdir(outputDir, { recursive: true }); // none there when every part is kept
  await writeFile(join(outputDir, 'parts.json'), JSON.stringify(manifest));
  for (const part of parts) {
    for (const [url, key] of Object.entries(part.members)) ledger.record(url, key);
    ledger.group(part.dir, Object.keys(part.members));
  }
  await ledger.write(join(outputDir, SEARCH_LEDGER));
  return { indexed, kept: keptDirs };
}
