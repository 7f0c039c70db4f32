// The whole pipeline: ingest the archive, render it with Eleventy, index it with Pagefind. What a
// build makes is written in a staging folder and published (publish.ts) only when complete, so a
// failed or killed build leaves the previous site whole.
import { spawn } from 'node:child_process';
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ArticleMeta } from '../article.ts';
import { facetsOf } from '../search/facets.ts';
import { writeSearchIndexAside, type SearchArticle } from '../search/index.ts';
import { browse, type Browse } from '../site/browse.ts';
import type { PairsFound } from '../site/clusters.ts';
import { SEARCH_PATH, site } from '../site/config.ts';
import { readableDate } from '../site/format.ts';
import type { ArticlePage } from '../site/plugin.ts';
import { listedOf } from '../site/timeline.ts';
import { feeds, FEED_PATHS } from '../site/feeds.ts';
import { writeSitemap } from '../site/sitemap.ts';
import { readArchive, type Built, type Outcome } from './archive.ts';
import { DATASET_PATH, writeDataset } from './dataset.ts';
import { IngestCache } from './cache.ts';
import type { Paths } from './paths.ts';
import { progress, type Progress } from './progress.ts';
import { pageUnit, publish, publishedUnits, recover, searchPartUnit, type Unit } from './publish.ts';
import { renderSite } from './render.ts';
import { kept, keyOf, Ledger, versionOf } from './reuse.ts';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

function builtOf(outcomes: Outcome[]): Built[] {
  return outcomes.filter((o): o is Built => o.status === 'built');
}

/** The search index of the built articles into `siteDir`/pagefind, keeping unchanged parts of `previousSite`'s (when it has a manifest). */
function indexSearch(built: Built[], cache: IngestCache, siteDir: string, previousSite: string | undefined, tick?: Progress['tick']) {
  return writeSearchIndexAside(searchArticles(built), cache.dir, join(siteDir, SEARCH_PATH), {
    language: site.language,
    urlPath: `${site.pathPrefix}${SEARCH_PATH}/`,
    previousDir: previousSite && join(previousSite, SEARCH_PATH),
    // Smaller parts for machines with less memory (about 250 KB per article in a part).
    partMax: Number(process.env.CLIPPINGS_SEARCH_PART_ARTICLES) || undefined,
    progress: tick,
  });
}

function searchArticles(built: Built[]): SearchArticle[] {
  return built.map(({ article, url }) => ({
    url,
    title: article.title,
    date: article.date ? readableDate(article.date, article.datePrecision) : undefined,
    publisher: article.publisher ?? article.agency,
    iso: article.date,
    ...facetsOf(article),
    sha256: article.sha256,
    sourceFile: article.sourceFile,
  }));
}

/** What renders each built article's page; `articlesDir` locates its raw file for the original text. */
function articlePages(built: Built[], articlesDir: string, browsed: Browse): Array<ArticlePage<ArticleMeta>> {
  return built.map(({ article, url, duplicates, file }) => ({
    article,
    url,
    duplicates,
    sourcePath: relative(process.cwd(), join(articlesDir, file)).split(sep).join('/'),
    context: browsed.contexts.get(url)!,
  }));
}

/** What machines read: the feeds, the sitemap of the pages `urls`, the dataset. */
async function writeMachineReadable(built: Built[], urls: string[], siteDir: string): Promise<void> {
  const { atom, json } = feeds(built);
  await writeFile(join(siteDir, FEED_PATHS.atom), atom);
  await writeFile(join(siteDir, FEED_PATHS.json), json);
  await writeSitemap(urls, siteDir);
  await writeDataset(built, join(siteDir, DATASET_PATH));
}

let retiredSites = 0;

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Renames the folder it is given after its own process (`retired-PID-0`, so no build takes it for a dead one's) and removes it. */
const REMOVER = `const fs = require('node:fs');
const mine = require('node:path').join(process.argv[1], '..', 'retired-' + process.pid + '-0');
fs.renameSync(process.argv[1], mine);
fs.rmSync(mine, { recursive: true, force: true });`;

/**
 * Removes `dir` in a process of its own, which outlives this one: removing a previous site takes
 * seconds (2.4 s for 10,000 articles) and no one waits for it. Should the removal be killed, a
 * later build removes what it left (removeLeftovers).
 */
function removeAside(dir: string): void {
  const remover = spawn(process.execPath, ['-e', REMOVER, dir], { detached: true, stdio: 'ignore' });
  remover.on('error', () => undefined); // not started: a later build removes it
  remover.unref();
}

/** Staging and retired folders of builds whose process is gone (killed, say) are removed. */
async function removeLeftovers(paths: Paths): Promise<void> {
  const names = await readdir(paths.work).catch(() => [] as string[]);
  for (const name of names) {
    const pid = /^(?:staging|retired)-(\d+)/.exec(name)?.[1];
    if (pid && !running(Number(pid))) await rm(join(paths.work, name), { recursive: true, force: true });
  }
}

/** In the working folder: the story pairs the last build found (their version: the pages', which show them). */
const STORY_PAIRS_FILE = 'story-pairs.json';

/** In the site: the key of everything the whole site was made from. */
const INPUTS_LEDGER = '.clippings-inputs.json';

/**
 * The key of everything the site is made from: every file's outcome (each article's URL and what
 * its metadata is made from, each rejection), where the raw files are (the pages link them), the
 * versions of what makes pages and search parts and of the files copied as they are, and the
 * search parts' size. Its outputs' own keys say what a build may reuse; this one says when there
 * is nothing to build at all.
 */
async function siteKey(outcomes: Outcome[], paths: Paths): Promise<string> {
  // An article's metadata follows from its file's bytes and name and ingest's version (in the
  // pages' version), as the ingest cache has it: hashing those is hashing it, at a fraction of the cost.
  const madeFrom = outcomes.map((o) => (o.status === 'built' ? [o.file, o.article.sha256, o.url, o.duplicates] : o));
  return keyOf(await versionOf('page'), await versionOf('search'), await versionOf('assets'), relative(process.cwd(), paths.articles), process.env.CLIPPINGS_SEARCH_PART_ARTICLES ?? '', madeFrom);
}

export interface BuildResult {
  outcomes: Outcome[];
  /** What each stage took, e.g. `ingest 6.1 s · render 17.7 s · search index 9.3 s (2 parts indexed, 2 reused)`. */
  stages: string;
  /**
   * Removes what the new site replaced (the previous site, in a process of its own, and cache
   * entries of an earlier ingest version): called once the new site is announced. What a removal
   * leaves is removed by a later build.
   */
  retire: () => Promise<void>;
}

/** Times a stage; its description is given by `describe` once it is done. */
async function timed<T>(stages: string[], describe: (result: T) => string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  stages.push(`${describe(result)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

export async function build(paths: Paths): Promise<BuildResult> {
  await recover(paths);
  await removeLeftovers(paths);
  const stages: string[] = [];
  const ingestBar = progress('ingest');
  const cache = await IngestCache.open(paths.cache);
  // The articles' metadata: their text stays in the cache until their page and index part are made.
  const outcomes = await timed(stages, () => 'ingest', () => readArchive(paths.articles, cache, ingestBar.tick)).finally(() => ingestBar.end());
  const built = builtOf(outcomes);
  // Nothing to do when every input of the site is what the previous build made it from.
  const inputs = await Ledger.previous(join(paths.site, INPUTS_LEDGER));
  if (inputs.record('site', await siteKey(outcomes, paths)) && (await exists(paths.site))) {
    stages.push('render and search index: nothing changed, the site is as it was');
    return { outcomes, stages: stages.join(' · '), retire: () => cache.prune().catch(() => undefined) };
  }
  const staging = join(paths.work, `staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  const pairsFile = join(paths.work, STORY_PAIRS_FILE);
  const pageVersion = await versionOf('page');
  const browsed = browse(built, await kept.read<PairsFound>(pairsFile, pageVersion));
  await kept.write(pairsFile, pageVersion, browsed.pairs);
  // What the previous site holds: without its manifest, nothing of it is kept.
  const published = await publishedUnits(paths.site);
  const renderBar = progress('render');
  const indexBar = progress('search index');
  try {
    // The search index is fed from its own thread to Pagefind's own process: it runs while
    // Eleventy renders on the main thread. Both are let finish before staging is removed: a stage
    // that fails must not leave the other writing into the folder being removed, whose error
    // (ENOTEMPTY) would then hide the failure.
    const [rendered, searched] = await Promise.allSettled([
      timed(
        stages,
        ({ rendered, kept }) => `render (${rendered} page${rendered === 1 ? '' : 's'} rendered, ${kept.length} reused)`,
        async () => {
          const listed = built.map(({ article, url }) => listedOf(article, url));
          const rendered = await renderSite(articlePages(built, paths.articles, browsed), listed, browsed, staging, {
            previous: published && { site: paths.site, units: published },
            withText: (article) => ({ ...article, ...cache.text(article) }),
            // Shorter Eleventy runs for machines with less memory.
            runMax: Number(process.env.CLIPPINGS_RENDER_RUN_ARTICLES) || undefined,
            progress: renderBar.tick,
          });
          await writeMachineReadable(built, rendered.urls, staging);
          return rendered;
        },
      ).finally(() => renderBar.end()),
      timed(
        stages,
        ({ indexed, kept }) => `search index (${indexed} part${indexed === 1 ? '' : 's'} indexed, ${kept.length} reused)`,
        () => indexSearch(built, cache, staging, published && paths.site, indexBar.tick),
      ).finally(() => indexBar.end()),
    ]);
    if (rendered.status === 'rejected') throw rendered.reason;
    if (searched.status === 'rejected') throw searched.reason;
    await inputs.write(join(staging, INPUTS_LEDGER));
    const kept: Unit[] = [...rendered.value.kept.map(pageUnit), ...searched.value.kept.map(searchPartUnit)];
    const aside = join(paths.work, `retired-${process.pid}-${retiredSites++}`);
    const retired = await publish(paths, { kept, previous: published, staging, aside });
    const retire = async () => {
      if (retired) removeAside(retired);
      await cache.prune().catch(() => undefined);
    };
    return { outcomes, stages: stages.join(' · '), retire };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
