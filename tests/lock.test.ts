// Builds do not race: a second build of the same archive waits for the first, and the lock of a
// build that died is taken over.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { makeProject, runCli, type Run } from './helpers/project.ts';

describe('the build lock', () => {
  it('makes a second build at once wait for the first, and both leave a whole site', async () => {
    const dir = await makeProject();
    const [first, second] = await Promise.all([runCli(dir, ['build']), runCli(dir, ['build'])]);
    for (const run of [first, second] as Run[]) assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.ok([first, second].some((run) => /another build of this archive is running: waiting/.test(run!.stdout)), 'one of them waited');
    // The site they left is whole: a third build finds every page and part the inputs make.
    const check = await runCli(dir, ['build']);
    assert.match(check.stdout, /5 articles built/);
    assert.match(check.stdout, /nothing changed, the site is as it was/);
    for (const file of ['index.html', 'pagefind/parts.json', '.clippings-inputs.json']) assert.ok(existsSync(join(dir, '_site', file)), file);
  });

  it('takes over the lock of a build that died', async () => {
    const dir = await makeProject();
    const lock = join(dir, '.clippings/build.lock');
    await mkdir(lock, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    const run = await runCli(dir, ['build']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stdout, /waiting/);
  });
});
