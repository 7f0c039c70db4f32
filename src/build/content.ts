// Eleventy's input: one Markdown file per built article, at a path that mirrors its URL. Only files
// whose article changed are rewritten (known by a hash of what each was written from) and files of
// articles that are gone are deleted, so Eleventy's incremental mode re-renders just what changed.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { frontMatterOf } from '../ingest/markdownFile.ts';
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
  // JSON front matter: Eleventy reads it back much faster than YAML, and nobody edits these files
  // (`clippings ingest` writes YAML for people).
  return `---json\n${JSON.stringify({ ...extra, ...frontMatterOf(built.article) })}\n---\n\n${built.article.body}\n`;
}

export interface ContentChanges {
  written: number;
  removed: number;
}

/** Beside the folder: what each of its files was written from, so a file whose source is unchanged is not rewritten. */
const indexOf = (dir: string) => `${dir}.index.json`;

/** Makes `dir` hold exactly the given articles; returns how many files were written and removed. */
export async function writeContent(built: Built[], dir: string, articlesDir: string): Promise<ContentChanges> {
  const index = JSON.parse(await readFile(indexOf(dir), 'utf8').catch(() => '{}')) as Record<string, string>;
  const written: Record<string, string> = {};
  let changed = 0;
  let removed = 0;
  for (const b of built) {
    const path = contentPath(b.url);
    // The article as ingested and where it goes: hashing it is much cheaper than writing its YAML.
    const key = createHash('sha256').update(JSON.stringify([b.article, b.url, b.duplicates, articlesDir])).digest('hex');
    written[path] = key;
    if (index[path] === key && (await exists(join(dir, path)))) continue;
    const file = join(dir, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, contentFile(b, articlesDir));
    changed++;
  }
  const existing = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  for (const path of existing) {
    if (path.endsWith('.md') && !(path.split('\\').join('/') in written)) {
      await rm(join(dir, path));
      removed++;
    }
  }
  await writeFile(indexOf(dir), JSON.stringify(written));
  return { written: changed, removed };
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
