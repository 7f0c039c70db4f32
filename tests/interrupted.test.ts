// Atomic output: a build that fails or is killed midway leaves the previous site whole and serving,
// and the next build recovers. `clippings check` validates without writing anything.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { serveSite } from './helpers/browser.ts';
import { makeProject, runCli } from './helpers/project.ts';

const SENTENCE = 'The talks in the capital went on until late in the evening without any result.';

/** Every file of a folder with the hash of its content. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dir.length), createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex')]));
}

describe('a build that fails or is killed midway', () => {
  let dir: string;
  let before5: Map<string, string>;
  const site = () => join(dir, '_site');

  before(async () => {
    dir = await makeProject();
    const first = await runCli(dir, ['build']);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    before5 = snapshot(site());
    // Enough new articles that rendering them takes a while.
    await mkdir(join(dir, 'articles/more'));
    for (let k = 0; k < 400; k++) {
      const date = `2021-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`;
      await writeFile(join(dir, `articles/more/${k}.txt`), `Generated Story Number ${k}\n\ndate ${date}\n\n${SENTENCE} ${k}.\n\n${SENTENCE}`);
    }
  });

  it('killed with SIGKILL while rendering, leaves the previous site whole and serving', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build'], { cwd: dir, stdio: 'ignore' });
    const staging = join(dir, '.clippings', `staging-${child.pid}`);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill it once the new site is half written.
    while (!(existsSync(staging) && readdirSync(staging).length > 0)) {
      assert.equal(child.exitCode, null, 'the build ended before it could be killed');
      await sleep(10);
    }
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    assert.deepEqual(snapshot(site()), before5, 'the previous site, file for file');
    const { url, server } = await serveSite(site());
    try {
      const { parts } = (await (await fetch(`${url}/pagefind/parts.json`)).json()) as { parts: Array<{ path: string }> };
      for (const path of ['/', '/timeline/', '/search/', ...parts.map((p) => `${p.path}pagefind-entry.json`)]) {
        assert.equal((await fetch(url + path)).status, 200, path);
      }
      const home = await (await fetch(url + '/')).text();
      const article = /href="(\/20\d\d\/\d\d\/\d\d\/[^"]+\/)"/.exec(home)![1]!;
      assert.match(await (await fetch(url + article)).text(), /<h1>/);
    } finally {
      server.close();
    }
  });

  it('is followed by a build that recovers and leaves no half-built or half-removed folders behind', async () => {
    // A previous site whose removal a killed build left half done (process 999999 is gone).
    await mkdir(join(dir, '.clippings/retired-999999-0/2020'), { recursive: true });
    const run = await runCli(dir, ['build']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /405 articles built/);
    // The site this build replaced is removed by a process of its own, which may still be at it.
    const leftovers = () => readdirSync(join(dir, '.clippings')).filter((n) => /staging|previous|retired/.test(n));
    for (let waited = 0; leftovers().length > 0 && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(leftovers(), []);
  });

  it('failing (a broken layout) leaves the previous site as it was and says so', async () => {
    const layout = join(dir, 'templates/_layouts/article.njk');
    const good = await readFile(layout, 'utf8');
    const built = snapshot(site());
    await appendFile(layout, '{% if %}');
    try {
      const run = await runCli(dir, ['build']);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /build failed, _site\/ is left as it was: /);
      // The layout's error, not one from removing the staging folder while the search index still wrote into it.
      assert.match(run.stderr, /article\.njk/);
      assert.deepEqual(snapshot(site()), built);
    } finally {
      await writeFile(layout, good);
    }
  });
});

describe('clippings check', () => {
  let dir: string;
  before(async () => {
    dir = await makeProject({ 'ok.txt': `A Good Story\n\ndate 2021-05-04\n\n${SENTENCE}`, 'undated.txt': `No Date Here\n\n${SENTENCE}`, 'empty.txt': '' });
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the per-file report and summary, exits 1 on a rejection, and writes nothing', async () => {
    const run = await runCli(dir, ['check']);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^articles\/empty\.txt: rejected: empty file/m);
    assert.match(run.stdout, /^articles\/undated\.txt: warning: undated/m);
    assert.match(run.stdout, /^3 files: 2 articles ready, 1 undated, 1 with warnings, 2 uncertain, 0 duplicates, 1 rejected$/m);
    assert.ok(!existsSync(join(dir, '_site')) && !existsSync(join(dir, '.clippings')), 'nothing written');
  });

  it('exits 0 when warnings are all there is', async () => {
    await rm(join(dir, 'articles/empty.txt'));
    const run = await runCli(dir, ['check']);
    assert.equal(run.code, 0, run.stdout);
  });
});
