// What a build may reuse (src/build/reuse.ts) and the ingest cache that keys its entries that way.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readArchive, type Built } from '../src/build/archive.ts';
import { IngestCache } from '../src/build/cache.ts';
import { keyOf, Ledger, MADE_BY, versionOf } from '../src/build/reuse.ts';
import { ROOT } from './helpers/project.ts';

const titles = (outcomes: Awaited<ReturnType<typeof readArchive>>) =>
  outcomes.filter((o): o is Built => o.status === 'built').map((o) => o.article.title);

describe('reuse', () => {
  it('keys differ when any input does', () => {
    assert.equal(keyOf('a', { b: 1 }), keyOf('a', { b: 1 }));
    assert.notEqual(keyOf('a', { b: 1 }), keyOf('a', { b: 2 }));
    assert.notEqual(keyOf('ab', 'c'), keyOf('a', 'bc'));
  });

  it('versions each kind of output by files that exist (a renamed one would silently count as empty)', async () => {
    for (const path of new Set(Object.values(MADE_BY).flat())) assert.ok(existsSync(join(ROOT, path)), path);
    const versions = await Promise.all((['ingest', 'page', 'search'] as const).map(versionOf));
    assert.equal(new Set(versions).size, 3);
  });

  it("a ledger tells which outputs the previous build made with the same key, and each group's keys", async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'clippings-ledger-')), 'ledger.json');
    const first = await Ledger.previous(file);
    assert.equal(first.record('/a/', 'k1'), false);
    first.record('/b/', 'k2');
    first.group('part', ['/a/', '/b/']);
    await first.write(file);
    const second = await Ledger.previous(file);
    assert.equal(second.record('/a/', 'k1'), true);
    assert.equal(second.record('/b/', 'k3'), false);
    assert.deepEqual(second.previousGroups(), [{ name: 'part', keys: { '/a/': 'k1', '/b/': 'k2' } }]);
    assert.deepEqual(second.keys(), { '/a/': 'k1', '/b/': 'k3' });
  });
});

/** An archive folder holding one file `name` with `text`, and an ingest cache beside it. */
async function archiveOf(name: string, text: string): Promise<{ articles: string; cache: IngestCache }> {
  const dir = await mkdtemp(join(tmpdir(), 'clippings-cache-'));
  const articles = join(dir, 'articles');
  await mkdir(articles);
  await writeFile(join(articles, name), text);
  return { articles, cache: await IngestCache.open(join(dir, 'cache')) };
}

describe('the ingest cache', () => {
  it("keys an entry by the file's name too: a renamed file whose title is made from its name gets the new one", async () => {
    const { articles, cache } = await archiveOf('first-name.txt', '???');
    assert.deepEqual(titles(await readArchive(articles, cache)), ['first-name']);
    await rename(join(articles, 'first-name.txt'), join(articles, 'second-name.txt'));
    assert.deepEqual(titles(await readArchive(articles, cache)), ['second-name']);
  });

  it("reads the archive's metadata from one table, not from each article's entry", async () => {
    const { articles, cache } = await archiveOf('a.txt', 'A Story\n\nThe talks in the capital went on until late in the evening without any result.');
    assert.deepEqual(titles(await readArchive(articles, cache)), ['A Story']);
    // Each article's entry gone: its metadata still comes from the table, and nothing is ingested (no entry written).
    const entries = async () => (await readdir(cache.dir)).filter((name) => name.endsWith('.json'));
    for (const name of await entries()) await rm(join(cache.dir, name));
    assert.deepEqual(titles(await readArchive(articles, cache)), ['A Story']);
    assert.deepEqual(await entries(), []);
    // A changed file is ingested again.
    await writeFile(join(articles, 'a.txt'), 'Another Story\n\nThe talks in the capital went on until late in the evening without any result.');
    assert.deepEqual(titles(await readArchive(articles, cache)), ['Another Story']);
  });
});
