// Renders the site with Eleventy in parts of bounded size, one Eleventy run after another into the
// same output folder: each part of the articles (by a hash of their URL, src/parts.ts), then the
// archive's own pages from the list of every article's metadata. Eleventy's memory is that of one
// part whatever the archive's size, and so is the text in memory: an article's text is asked for
// (from the ingest cache) only when its part is rendered.
//
// A part whose articles, templates and code are unchanged since the previous site is not rendered
// again (an article's metadata holds the hash of its raw file, so the text need not be read to
// tell): its pages are hard-linked from the previous site (which the swap then removes), so adding
// one article renders one part. What each part was made from is kept in the site (RENDER_MANIFEST).
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { UserConfig } from '@11ty/eleventy';
import type { Article, ArticleMeta } from '../article.ts';
import { linkFile, readJsonFile, sourcesHash } from '../files.ts';
import { hashOf, splitIntoParts } from '../parts.ts';
import { site } from '../site/config.ts';
import { addArchivePages, addArticlePages, type ArticlePage } from '../site/plugin.ts';
import type { Browse } from '../site/browse.ts';
import type { Listed } from '../site/timeline.ts';

const ELEVENTY_CONFIG = '.eleventy.ts';
/** The most articles one Eleventy run renders: about 50 MB of Eleventy's memory per 1,000. */
const RENDER_PART_MAX_ARTICLES = 2000;
/** In the site: what each rendered part was made from, so the next build knows what it may reuse. */
const RENDER_MANIFEST = '.clippings-render.json';
/**
 * Everything a page depends on besides its article's metadata: the markup, the code (the site's,
 * and ingest's, which makes the text from the raw file) and the dependencies' versions.
 */
const RENDER_SOURCES = ['templates', 'src', ELEVENTY_CONFIG, 'package-lock.json'];

interface Manifest {
  count: number;
  /** Per part, a hash of its articles and RENDER_SOURCES. */
  parts: string[];
}

/**
 * A full garbage collection. Each Eleventy run leaves its part's pages behind as garbage, and V8
 * lets a heap grow to several times what is live before it collects, so without this the process
 * grew by the size of every part (1.15 GB after 10,000 articles in 8 parts, against 0.7 GB).
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
  // Eleventy prints a "Wrote N files" line after every run, quiet or not: one per part is noise.
  // Its errors still reach the build as the exceptions they are.
  eleventy.disableLogger();
  const [, written] = (await eleventy.write()) as [unknown, Array<{ url: string; outputPath: string }>];
  collectGarbage();
  return written.filter((page) => page.outputPath.endsWith('.html')).map((page) => page.url);
}

/**
 * The part's pages hard-linked from the previous site; false when one of them is missing there.
 * What was linked before the failure is unlinked: the part is then rendered, and Eleventy writing
 * through a link would change the previous site's file.
 */
async function linkPart(pages: Array<{ url: string }>, from: string, to: string): Promise<boolean> {
  const page = (site: string, url: string) => join(site, url, 'index.html');
  try {
    for (const { url } of pages) await linkFile(page(from, url), page(to, url));
    return true;
  } catch {
    await Promise.all(pages.map(({ url }) => rm(page(to, url), { force: true })));
    return false;
  }
}

export interface RenderOptions<A extends ArticleMeta> {
  /** The site to reuse unchanged parts from. */
  previousSite: string;
  /** An article with its text, asked for when its part is rendered (the build reads it from the ingest cache). */
  withText: (article: A) => Article;
  partMax?: number;
  progress?: (done: number, total: number) => void;
}

/**
 * Renders every article's page and the archive's pages into `output`; says how many parts were
 * rendered and reused. Only the part being rendered has its articles' text in memory.
 */
export async function renderSite<A extends ArticleMeta>(
  pages: Array<ArticlePage<A>>,
  listed: Listed[],
  browsed: Pick<Browse, 'topics' | 'sources'>,
  output: string,
  options: RenderOptions<A>,
): Promise<{ rendered: number; reused: number; urls: string[] }> {
  const sources = await sourcesHash(RENDER_SOURCES);
  const previous = await readJsonFile<Manifest>(join(options.previousSite, RENDER_MANIFEST));
  const parts = splitIntoParts(pages, options.partMax ?? RENDER_PART_MAX_ARTICLES);
  const count = parts.length;
  const manifest: Manifest = { count, parts: [] };
  let rendered = 0;
  let reused = 0;
  for (const [k, part] of parts.entries()) {
    options.progress?.(k, count + 1);
    const hash = hashOf(sources, site, part); // the configuration may come from the environment
    manifest.parts.push(hash);
    if (part.length === 0) continue;
    if (previous?.count === count && previous.parts[k] === hash && (await linkPart(part, options.previousSite, output))) {
      reused++;
    } else {
      await runEleventy(output, (config) => addArticlePages(config, part.map((page) => ({ ...page, article: options.withText(page.article) }))));
      rendered++;
    }
  }
  options.progress?.(count, count + 1);
  const archivePages = await runEleventy(output, (config) => addArchivePages(config, listed, browsed));
  options.progress?.(count + 1, count + 1);
  await writeFile(join(output, RENDER_MANIFEST), JSON.stringify(manifest));
  // Every page a reader can land on, for the sitemap (the 404 page is none).
  const urls = [...archivePages.filter((url) => !url.endsWith('404.html')), ...pages.map((page) => page.url)];
  return { rendered, reused, urls };
}
