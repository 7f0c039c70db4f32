// Eleventy's input: one Markdown file per built article, at a path that mirrors its URL. Only files
// whose content changed are rewritten and files of articles that are gone are deleted, so
// Eleventy's incremental mode re-renders just what changed.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { toMarkdownFile } from '../ingest/markdownFile.ts';
import type { Built } from './archive.ts';

/** The layout (in templates/_layouts) that renders an article page. */
const ARTICLE_LAYOUT = 'article.njk';

function contentPath(url: string): string {
  return `${url.replace(/^\/|\/$/g, '')}.md`;
}

/** The article's Eleventy input; `articlesDir` locates its raw file for the original-text page. */
export function contentFile(built: Built, articlesDir: string): string {
  const sourcePath = relative(process.cwd(), join(articlesDir, built.file)).split(sep).join('/');
  const extra: Record<string, unknown> = { layout: ARTICLE_LAYOUT, permalink: built.url, sourcePath };
  if (built.duplicates.length) extra.duplicateFiles = built.duplicates;
  return toMarkdownFile(built.article, extra);
}

export interface ContentChanges {
  written: number;
  removed: number;
}

/** Makes `dir` hold exactly the given articles; returns how many files were written and removed. */
export async function writeContent(built: Built[], dir: string, articlesDir: string): Promise<ContentChanges> {
  const wanted = new Map(built.map((b) => [contentPath(b.url), contentFile(b, articlesDir)]));
  let written = 0;
  let removed = 0;
  for (const [path, text] of wanted) {
    const file = join(dir, path);
    const old = await readFile(file, 'utf8').catch(() => undefined);
    if (old === text) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    written++;
  }
  const existing = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  for (const path of existing) {
    if (path.endsWith('.md') && !wanted.has(path.split('\\').join('/'))) {
      await rm(join(dir, path));
      removed++;
    }
  }
  return { written, removed };
}
