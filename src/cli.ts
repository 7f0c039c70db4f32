// Clippings' command line: build, serve, check, ingest, export.
import chokidar from 'chokidar';
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type EleventyDevServer from '@11ty/eleventy-dev-server';
import { listArticleFiles, readArchive, type Built, type Outcome } from './build/archive.ts';
import { IngestCache } from './build/cache.ts';
import { DATASET_FILES, writeDataset } from './build/dataset.ts';
import { ingestFile } from './build/ingestFile.ts';
import { build, type BuildResult } from './build/build.ts';
import { withBuildLock } from './build/lock.ts';
import { projectPaths, type Paths } from './build/paths.ts';
import { fileLines, problemLines, summarize, summaryLine } from './build/report.ts';
import { toMarkdownFile } from './ingest/markdownFile.ts';

const USAGE = `usage:
  clippings build [--articles DIR] [--out DIR]   ingest, render and index the archive into _site/
  clippings serve [--port N]                     build, serve on http://localhost:8080 and rebuild on changes
  clippings watch                                build and rebuild on changes, without serving
  clippings check [--articles DIR]               validate the archive without building
  clippings ingest --input DIR --output DIR      only ingest: one .md file per raw file
  clippings export [--articles DIR] [--output DIR]
                                                 the dataset with each article's cleaned text:
                                                 DIR/articles.jsonl and DIR/articles.csv (default export/)`;

function folderName(paths: Paths): string {
  return relative(process.cwd(), paths.articles) || '.';
}

/** Prints the per-file report; true when no file was rejected. */
function report(outcomes: Outcome[], paths: Paths, seconds?: number, done?: string): boolean {
  for (const line of problemLines(outcomes, folderName(paths))) console.log(line);
  const summary = summarize(outcomes);
  console.log(summaryLine(summary, seconds, done));
  return summary.rejected === 0;
}

/** An error's message and those of its causes (Eleventy wraps a template's error in its own, as `originalError`). */
function causes(error: unknown): string {
  const messages: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause ?? (e as { originalError?: unknown }).originalError) messages.push(e.message.trim());
  return messages.join(': ');
}

/**
 * Builds and reports; `ok` when no file was rejected. What the new site replaced is removed only
 * afterwards (`retire`), once the new site is announced.
 */
async function runBuild(paths: Paths): Promise<{ ok: boolean; retire: () => Promise<void> }> {
  const started = performance.now();
  let result: BuildResult;
  try {
    result = await withBuildLock(paths, () => build(paths), () => console.log('another build of this archive is running: waiting for it to finish'));
  } catch (error) {
    console.error(`build failed, ${relative(process.cwd(), paths.site)}/ is left as it was: ${causes(error)}`);
    return { ok: false, retire: async () => {} };
  }
  const { outcomes, stages, retire } = result;
  const ok = report(outcomes, paths, (performance.now() - started) / 1000);
  console.log(stages);
  await writeFile(paths.report, `${fileLines(outcomes, folderName(paths)).join('\n')}\n`);
  console.log(`site written to ${relative(process.cwd(), paths.site) || '.'}/; every file's outcome in ${relative(process.cwd(), paths.report)}`);
  return { ok, retire };
}

async function runCheck(paths: Paths): Promise<boolean> {
  return report(await readArchive(paths.articles), paths, undefined, 'ready');
}

/** The dataset of /data/ with each article's cleaned text (as Markdown), written into `output`. */
async function runExport(paths: Paths, output: string): Promise<boolean> {
  const cache = await IngestCache.open(paths.cache);
  const outcomes = await readArchive(paths.articles, cache);
  const built = outcomes.filter((o): o is Built => o.status === 'built');
  await writeDataset(built, output, (article) => cache.text(article).body);
  const ok = report(outcomes, paths, undefined, 'exported');
  console.log(`${built.length} articles → ${join(output, DATASET_FILES.jsonl)}, ${join(output, DATASET_FILES.csv)}`);
  return ok;
}

async function runIngest(input: string, output: string): Promise<boolean> {
  let rejected = 0;
  const files = await listArticleFiles(input);
  const root = await realpath(input);
  for (const file of files) {
    const result = await ingestFile({ dir: input, file, root });
    if (!result.ok) {
      console.log(`${join(input, file)}: rejected: ${result.reason}`);
      rejected++;
      continue;
    }
    const target = join(output, `${file.replace(/\.[^./]*$/, '')}.md`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, toMarkdownFile(result.article));
  }
  console.log(`${files.length - rejected} ingested, ${rejected} rejected → ${output}`);
  return rejected === 0;
}

/**
 * Builds, then keeps the site current as articles, templates and styles change, and serves it on
 * `port` when one is given. Every change runs the same build as `clippings build`: it re-ingests
 * only changed files, re-renders only the pages and re-indexes only the search parts whose inputs
 * changed (reuse.ts), and publishes what it made (publish.ts). Changes
 * to src/ and to templates/config/ (the site configuration, read once per process) restart the
 * process (npm start runs it under `tsx watch`).
 */
async function runWatch(paths: Paths, port?: number): Promise<void> {
  let server: EleventyDevServer | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const schedule = () => {
    if (running) {
      again = true; // changes while a build runs: one more build when it ends
      return;
    }
    running = runBuild(paths)
      .then(
        ({ retire }) => {
          server?.reload(); // the new site is in place; the next build waits for the old one's removal
          return retire();
        },
        (error: unknown) => console.error(`rebuild failed: ${causes(error)}`),
      )
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          schedule();
        }
      });
  };
  // Watch before the first build: a file added while it runs is then built right after it.
  const watcher = chokidar.watch([paths.articles, 'templates', 'public'], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 200 } });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  watcher.on('all', schedule);
  schedule();
  await running;

  if (port) {
    const { default: DevServer } = await import('@11ty/eleventy-dev-server');
    server = DevServer.getServer('clippings', paths.site, { port });
    server.serve(port);
  }
  console.log(`watching ${relative(process.cwd(), paths.articles) || '.'}/ for new and changed articles`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      articles: { type: 'string', default: 'articles' },
      out: { type: 'string', default: '_site' },
      input: { type: 'string' },
      output: { type: 'string' },
      port: { type: 'string', default: '8080' },
    },
  });
  const paths = projectPaths(process.cwd(), values.articles, values.out);
  switch (command) {
    case 'build': {
      const { ok, retire } = await runBuild(paths);
      await retire();
      return ok ? 0 : 1;
    }
    case 'check':
      return (await runCheck(paths)) ? 0 : 1;
    case 'ingest':
      if (!values.input || !values.output) break;
      return (await runIngest(values.input, values.output)) ? 0 : 1;
    case 'export':
      return (await runExport(paths, values.output ?? 'export')) ? 0 : 1;
    case 'serve':
      await runWatch(paths, Number(values.port));
      return 0;
    case 'watch':
      await runWatch(paths);
      return 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`clippings: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
