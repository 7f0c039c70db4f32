// `npm start` keeps the site current: adding, fixing and deleting article files while it runs.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeProject } from './helpers/project.ts';

const SENTENCE = 'The first ceasefire monitors arrived in the city on Wednesday, officials said in a statement.';

/** Polls until `check` holds (or fails after `ms`). */
async function eventually(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) assert.fail(`timed out waiting for: ${what}`);
    await sleep(250);
  }
}

describe('watching the archive', () => {
  let dir: string;
  let child: ChildProcess;
  let output = '';
  const site = (path: string) => join(dir, '_site', path);
  const read = (path: string) => (existsSync(site(path)) ? readFileSync(site(path), 'utf8') : '');
  const searchPages = () => (JSON.parse(read('pagefind/parts.json') || '{"parts":[]}') as { parts: Array<{ path: string }> }).parts
    .map((p) => JSON.parse(read(`${p.path.slice(1)}pagefind-entry.json`) || '{"languages":{"en":{"page_count":0}}}').languages.en.page_count as number)
    .reduce((a, b) => a + b, 0);

  before(async () => {
    dir = await makeProject({ 'first.txt': `First Story\n\nPublished: March 2, 2021\n\n${SENTENCE}` });
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'watch'], { cwd: dir });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    await eventually('the first build and the watchers', () => /watching articles\/ for new and changed articles/.test(output));
  });
  after(() => {
    child?.kill();
  });

  it('publishes an added article: its page, the timeline and the search index', async () => {
    await writeFile(join(dir, 'articles/second.txt'), `Second Story\n\nPublished: April 5, 2022\n\n${SENTENCE}`);
    await eventually('the new page', () => existsSync(site('2022/04/05/second-story/index.html')));
    await eventually('the timeline entry', () => read('timeline/index.html').includes('href="/timeline/2022/"'));
    await eventually('the home page entry', () => read('index.html').includes('Second Story'));
    await eventually('the search index', () => searchPages() === 2);
  });

  it('reports a bad file, keeps watching, and picks the file up once fixed', async () => {
    await writeFile(join(dir, 'articles/third.txt'), '   \n');
    await eventually('the rejection', () => /articles\/third\.txt: rejected: empty file/.test(output));
    await writeFile(join(dir, 'articles/third.txt'), `Third Story\n\nPublished: May 6, 2022\n\n${SENTENCE}`);
    await eventually('the fixed page', () => existsSync(site('2022/05/06/third-story/index.html')));
    await eventually('the search index', () => searchPages() === 3);
  });

  it('unpublishes a deleted article', async () => {
    await rm(join(dir, 'articles/second.txt'));
    await eventually('the page to go', () => !existsSync(site('2022/04/05/second-story/index.html')));
    await eventually('the timeline to drop it', () => !read('timeline/2022/index.html').includes('Second Story'));
    assert.equal(searchPages(), 2);
  });
});
