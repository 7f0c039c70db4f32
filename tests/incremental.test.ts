// A rebuild makes the site a clean full build makes of the same inputs, file for file, after each
// kind of change: an article added, edited, removed; a template, a style sheet, the topic alias
// table, the site configuration edited. On a few hundred articles of the benchmark's generator. The search index is
// compared by what it holds, each article's URL and the key of its entry: its parts depend on the
// order articles came in, as a log-structured merge tree's do (src/search/index.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { SITE_MANIFEST } from '../src/build/publish.ts';
import { fileName, generateArticle } from './bench/generate.ts';
import { makeProject, ROOT, runCli } from './helpers/project.ts';

const COUNT = 200;
/** Small search parts, so that changes meet kept, re-indexed and new parts. */
const env = { CLIPPINGS_SEARCH_PART_ARTICLES: '60' };

/** Every file under `dir`, by path relative to it. */
function files(dir: string, root = dir, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, root, out);
    else out.set(relative(root, path), path);
  }
  return out;
}

/** The search index's articles and their entries' keys, whatever parts hold them. */
function indexed(site: string): Record<string, string> {
  const { keys } = JSON.parse(readFileSync(join(site, 'pagefind/.clippings-search.json'), 'utf8')) as { keys: Record<string, string> };
  return Object.fromEntries(Object.entries(keys).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Builds a fresh copy of the project's inputs from nothing; its site. */
async function cleanBuild(dir: string): Promise<string> {
  const clean = `${dir}-clean`;
  await rm(clean, { recursive: true, force: true });
  // The inputs only: not the site, the cache and build state, or the shared dependencies.
  await cp(dir, clean, { recursive: true, filter: (path) => !/^(_site|\.clippings|node_modules)\b/.test(relative(dir, path)) });
  await symlink(join(ROOT, 'node_modules'), join(clean, 'node_modules'));
  const run = await runCli(clean, ['build'], env);
  assert.equal(run.code, 0, run.stderr);
  return join(clean, '_site');
}

/** The site's manifest lists every unit it holds: its files, each search part's folder whole. */
function assertManifestComplete(site: string): void {
  const units = [...files(site).keys()].map((path) => (path.startsWith('pagefind/') ? /^pagefind\/[^/]+/.exec(path)![0] : path));
  assert.deepEqual(JSON.parse(readFileSync(join(site, SITE_MANIFEST), 'utf8')), [...new Set(units)].sort());
}

/**
 * The incremental site and the clean one are the same, file for file, the search index by what it
 * holds (so the manifest, which names its parts, aside).
 */
function assertSameSite(incremental: string, clean: string): void {
  assertManifestComplete(incremental);
  const [a, b] = [files(incremental), files(clean)];
  const pages = (m: Map<string, string>) => [...m.keys()].filter((path) => !path.startsWith('pagefind/') && path !== SITE_MANIFEST).sort();
  assert.deepEqual(pages(a), pages(b), 'the same files');
  const differing = pages(a).filter((path) => !readFileSync(a.get(path)!).equals(readFileSync(b.get(path)!)));
  assert.deepEqual(differing, [], 'the same bytes');
  assert.deepEqual(indexed(incremental), indexed(clean), 'the same articles indexed from the same entries');
}

describe('a rebuild after each kind of change is a clean build of the same inputs', () => {
  let dir: string;
  const site = () => join(dir, '_site');
  const write = async (path: string, content: string | Uint8Array) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  };
  const rebuild = async () => {
    const run = await runCli(dir, ['build'], env);
    assert.equal(run.code, 0, run.stderr);
    return run.stdout;
  };

  before(async () => {
    dir = await makeProject(Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [fileName(i), generateArticle(i).bytes])));
    await rebuild();
  });

  it('after adding an article', async () => {
    await write(`articles/${fileName(COUNT)}`, generateArticle(COUNT).bytes);
    await rebuild();
    assertSameSite(site(), await cleanBuild(dir));
  });

  it('after editing an article', async () => {
    const { text } = generateArticle(5);
    await write(`articles/${fileName(5)}`, text.replace(/\n\n/, '\n\nA paragraph added by an editor on review, with a new sentence in it.\n\n'));
    await rebuild();
    assertSameSite(site(), await cleanBuild(dir));
  });

  it('after removing an article', async () => {
    await rm(join(dir, 'articles', fileName(7)));
    await rebuild();
    assertSameSite(site(), await cleanBuild(dir));
  });

  it('after editing a template', async () => {
    const layout = join(dir, 'templates/_layouts/article.njk');
    await writeFile(layout, `${readFileSync(layout, 'utf8')}\n<!-- edited -->\n`);
    await rebuild();
    assert.match(readFileSync(join(site(), 'data/articles.jsonl'), 'utf8'), /"url"/);
    assertSameSite(site(), await cleanBuild(dir));
  });

  it('after editing the style sheet, which the site holds as it is', async () => {
    const sheet = join(dir, 'public/style.css');
    await writeFile(sheet, `${readFileSync(sheet, 'utf8')}\n.edited { color: red; }\n`);
    await rebuild();
    assert.match(readFileSync(join(site(), 'style.css'), 'utf8'), /\.edited/);
    assertSameSite(site(), await cleanBuild(dir));
  });

  it('after editing the topic alias table', async () => {
    // A topic that two or more articles share (so it has a page) is ignored from now on.
    const counts = new Map<string, number>();
    for (const line of readFileSync(join(site(), 'data/articles.jsonl'), 'utf8').trim().split('\n')) {
      for (const topic of (JSON.parse(line) as { topics: string[] }).topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    }
    const shared = [...counts].sort((x, y) => y[1] - x[1])[0]![0];
    const tablePath = join(dir, 'templates/config/topic-aliases.json');
    const table = JSON.parse(readFileSync(tablePath, 'utf8')) as { ignore: string[] };
    table.ignore.push(shared);
    await writeFile(tablePath, JSON.stringify(table, null, 2));
    await rebuild();
    assert.doesNotMatch(readFileSync(join(site(), 'data/articles.jsonl'), 'utf8'), new RegExp(`"${shared}"`), `${shared} is no topic any more`);
    assertSameSite(site(), await cleanBuild(dir));
  });

  it('after editing the site configuration', async () => {
    const configPath = join(dir, 'templates/config/site.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { title: string };
    config.title = 'The Edited Archive';
    await writeFile(configPath, JSON.stringify(config, null, 2));
    await rebuild();
    assert.match(readFileSync(join(site(), 'index.html'), 'utf8'), /The Edited Archive/);
    assertSameSite(site(), await cleanBuild(dir));
  });
});
