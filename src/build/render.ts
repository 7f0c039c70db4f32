// Renders the site with Eleventy in parts of bounded size, one Eleventy run after another into the
// same output folder: each part of the articles (by a hash of their URL, src/parts.ts), then the
// archive's own pages from the list of every article's metadata. Eleventy's memory is that of one
// part whatever the archive's size.
//
// A part whose articles and templates are unchanged since the previous site is not rendered again:
// its pages are hard-linked from the previous site (which the swap then removes), so adding one
// article renders one part. What each part was made from is kept in the site (RENDER_MANIFEST).
import { createHash } from 'node:crypto';
import { link, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { hashOf, partCount, splitIntoParts } from '../parts.ts';
import { addArchivePages, addArticlePages, type ArticlePage } from '../site/plugin.ts';
import type { Listed } from '../site/timeline.ts';

export const ELEVENTY_CONFIG = '.eleventy.ts';
/** The most articles one Eleventy run renders: about 50 MB of Eleventy's memory per 1,000. */
export const RENDER_PART_MAX_ARTICLES = 2000;
/** In the site: what each rendered part was made from, so the next build knows what it may reuse. */
export const RENDER_MANIFEST = '.clippings-render.json';
/** Everything a page's markup depends on besides its article. */
const TEMPLATE_SOURCES = ['templates', 'src/site', ELEVENTY_CONFIG];

interface Manifest {
  count: number;
  /** Per part, a hash of its articles and the templates. */
  parts: string[];
}

/** A hash of the templates and the site code, read from the project folder. */
async function templatesHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of TEMPLATE_SOURCES) {
    const files = source.includes('.') ? [source] : (await readdir(source, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    for (const file of files) hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex');
}

async function readManifest(site: string): Promise<Manifest | undefined> {
  return readFile(join(site, RENDER_MANIFEST), 'utf8').then((text) => JSON.parse(text) as Manifest, () => undefined);
}

/** One Eleventy run into `output`, with the pages `addPages` declares. */
async function runEleventy(output: string, addPages: (config: UserConfig) => void): Promise<void> {
  const { Eleventy } = await import('@11ty/eleventy'); // loaded when needed: `check` never renders
  const eleventy = new Eleventy(undefined, output, { configPath: ELEVENTY_CONFIG, quietMode: true, config: addPages });
  await eleventy.write();
}

/** The part's pages hard-linked from the previous site; false when one of them is missing there. */
async function linkPart(pages: ArticlePage[], from: string, to: string): Promise<boolean> {
  try {
    for (const { url } of pages) {
      const file = join(url, 'index.html');
      await mkdir(dirname(join(to, file)), { recursive: true });
      await link(join(from, file), join(to, file));
    }
    return true;
  } catch {
    return false;
  }
}

export interface RenderOptions {
  /** The site to reuse unchanged parts from. */
  previousSite: string;
  partMax?: number;
  progress?: (done: number, total: number) => void;
}

/** Renders every article's page and the archive's pages into `output`; says how many parts were rendered and reused. */
export async function renderSite(pages: ArticlePage[], listed: Listed[], output: string, options: RenderOptions): Promise<{ rendered: number; reused: number }> {
  const templates = await templatesHash();
  const previous = await readManifest(options.previousSite);
  const count = partCount(pages.length, options.partMax ?? RENDER_PART_MAX_ARTICLES);
  const manifest: Manifest = { count, parts: [] };
  let rendered = 0;
  let reused = 0;
  for (const [k, part] of splitIntoParts(pages, count).entries()) {
    options.progress?.(k, count + 1);
    const hash = hashOf(templates, part);
    manifest.parts.push(hash);
    if (part.length === 0) continue;
    if (previous?.count === count && previous.parts[k] === hash && (await linkPart(part, options.previousSite, output))) {
      reused++;
    } else {
      await runEleventy(output, (config) => addArticlePages(config, part));
      rendered++;
    }
  }
  options.progress?.(count, count + 1);
  await runEleventy(output, (config) => addArchivePages(config, listed));
  options.progress?.(count + 1, count + 1);
  await writeFile(join(output, RENDER_MANIFEST), JSON.stringify(manifest));
  return { rendered, reused };
}
