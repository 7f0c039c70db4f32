// Renders the site with Eleventy, page by page as far as reuse goes (reuse.ts): every page's key is
// a hash of exactly what it is made from (for an article page: its raw file's hash and name, of
// which its metadata and text are made, its neighbours, related articles, story cluster and
// topics; for a listing page: its entry) and of the pages' version. A page whose key the previous
// site's ledger holds, and which that site holds, is kept (publish.ts leaves it in place); the
// others are rendered, articles in Eleventy runs of at most RENDER_RUN_MAX_ARTICLES (an article's
// text is read from the ingest cache only then), the archive's pages in one run. So adding one
// article renders its page, the pages that link to it and the listings it joins.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { UserConfig } from '@11ty/eleventy';
import type { Article, ArticleMeta } from '../article.ts';
import { addArchivePages, addArticlePages, archivePlan, type ArticlePage } from '../site/plugin.ts';
import type { Browse } from '../site/browse.ts';
import type { Listed } from '../site/timeline.ts';
import { pageUnit, type Unit } from './publish.ts';
import { keyOf, Ledger, versionOf } from './reuse.ts';

const ELEVENTY_CONFIG = '.eleventy.ts';

/**
 * What an article's page is made from, for its key: the article stands as its raw file's hash and
 * name, of which ingest made it (ingest's version is in the pages'), as in the ingest cache's key.
 * Hashing the metadata itself (about 1.2 of the 3 KB an article page's key is made of) cost about
 * 0.5 s of CPU of every rebuild at 100,000 articles.
 */
function madeFrom<A extends ArticleMeta>({ article, ...page }: ArticlePage<A>): unknown {
  return { ...page, article: [article.sha256, article.sourceFile] };
}
/**
 * The most articles one Eleventy run renders. At 10,000 articles the build process held 790-795 MB
 * while rendering in runs of 2,000, 621-639 MB in runs of 1,000 and 662 MB in runs of 500, with no
 * measurable change in time: the process shares the machine with Pagefind's, so this sets the peak.
 */
const RENDER_RUN_MAX_ARTICLES = 1000;
/** In the site: each page's key, so the next build knows what it may reuse. */
const PAGES_LEDGER = '.clippings-pages.json';

/**
 * A full garbage collection. Each Eleventy run leaves its pages behind as garbage, and V8
 * lets a heap grow to several times what is live before it collects, so without this the process
 * grew by the size of every run (1.15 GB after 10,000 articles in 8 runs, against 0.7 GB).
 */
let gc: (() => void) | undefined;
function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** One Eleventy run into `output`, with the pages `addPages` declares; the URLs of the HTML pages it wrote. */
async function runEleventy(output: string, addPages: (config: UserConfig) => void): Promise<string[]> {
  const { Eleventy } = await import('@11ty/eleventy'); // loaded when needed: `check` never renders
  const eleventy = new Eleventy(undefined, output, { configPath: ELEVENTY_CONFIG, quietMode: true, config: addPages });
  // Eleventy prints a "Wrote N files" line after every run, quiet or not: one per run is noise.
  // Its errors still reach the build as the exceptions they are.
  eleventy.disableLogger();
  const [, written] = (await eleventy.write()) as [unknown, Array<{ url: string; outputPath: string }>];
  collectGarbage();
  return written.filter((page) => page.outputPath.endsWith('.html')).map((page) => page.url);
}

export interface RenderOptions<A extends ArticleMeta> {
  /** The site to keep unchanged pages of, and the units it holds (publish.ts); none: every page is rendered. */
  previous?: { site: string; units: ReadonlySet<Unit> };
  /** An article with its text, asked for when its page is rendered (the build reads it from the ingest cache). */
  withText: (article: A) => Article;
  runMax?: number;
  progress?: (done: number, total: number) => void;
}

/**
 * Renders into `output` every article's page and the archive's pages but those whose key is the
 * previous site's, which are kept; says how many pages were rendered, which were kept and every
 * page's URL. Only the articles of the Eleventy run under way have their text in memory.
 */
export async function renderSite<A extends ArticleMeta>(
  pages: Array<ArticlePage<A>>,
  listed: Listed[],
  browsed: Pick<Browse, 'topics' | 'sources'>,
  output: string,
  options: RenderOptions<A>,
): Promise<{ rendered: number; kept: string[]; urls: string[] }> {
  const version = await versionOf('page');
  const { previous } = options;
  const ledger = previous ? await Ledger.previous(join(previous.site, PAGES_LEDGER)) : Ledger.none();
  const kept: string[] = [];
  /** True when the page of `url`, made from `made`, is kept from the previous site. */
  const reuse = (url: string, ...made: unknown[]): boolean => {
    if (!ledger.record(url, keyOf(version, ...made)) || !previous?.units.has(pageUnit(url))) return false;
    kept.push(url);
    return true;
  };

  const changed: Array<ArticlePage<A>> = [];
  for (const page of pages) if (!reuse(page.url, madeFrom(page))) changed.push(page);
  const runMax = options.runMax ?? RENDER_RUN_MAX_ARTICLES;
  const runs = Math.ceil(changed.length / runMax);
  for (let k = 0; k < runs; k++) {
    options.progress?.(k, runs + 1);
    const run = changed.slice(k * runMax, (k + 1) * runMax);
    await runEleventy(output, (config) => addArticlePages(config, run.map((page) => ({ ...page, article: options.withText(page.article) }))));
  }
  options.progress?.(runs, runs + 1);

  // The archive's single pages (home, timeline, topics index, …) show the whole archive: always rendered.
  const plan = archivePlan(listed, browsed);
  for (const kind of plan.paged) {
    kind.entries = kind.entries.filter((entry) => !reuse(entry.url, kind.name, entry));
  }
  const archivePages = await runEleventy(output, (config) => addArchivePages(config, plan));
  options.progress?.(runs + 1, runs + 1);
  await ledger.write(join(output, PAGES_LEDGER));
  // Every page a reader can land on, for the sitemap (the 404 page is none).
  const keys = ledger.keys();
  const single = archivePages.filter((url) => !url.endsWith('404.html') && !(url in keys));
  const urls = [...single, ...Object.keys(keys)];
  return { rendered: changed.length + archivePages.length, kept, urls };
}
