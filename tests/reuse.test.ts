// What a build may reuse (src/build/reuse.ts) and the ingest cache that keys its entries that way.
import assert from 'node:assert/strict';
import fs, { existsSync, statSync, type Stats } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, mock } from 'node:test';
import { readArchive, type Built } from '../src/build/archive.ts';
import { IngestCache, STAT_RESOLUTION_MS, statOf, unchangedKey, type Row, type Table } from '../src/build/cache.ts';
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
    const kinds = Object.keys(MADE_BY) as Array<keyof typeof MADE_BY>;
    const versions = await Promise.all(kinds.map(versionOf));
    assert.equal(new Set(versions).size, kinds.length);
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

  it("takes a file whose size, times and inode are the last build's as unchanged, unless it changed within the file system's time resolution", () => {
    const info = { size: 10, mtimeMs: 1_000, ctimeMs: 1_000, ino: 7 } as Stats;
    const table: Table = { byKey: new Map(), byFile: new Map([['a.txt', { key: 'k', stat: statOf(info) }]]), statsFrom: 1_000 + STAT_RESOLUTION_MS + 1 };
    assert.equal(unchangedKey(table, 'a.txt', info), 'k');
    assert.equal(unchangedKey(table, 'b.txt', info), undefined);
    for (const changed of [{ size: 11 }, { mtimeMs: 1_001 }, { ctimeMs: 1_001 }, { ino: 8 }]) assert.equal(unchangedKey(table, 'a.txt', { ...info, ...changed } as Stats), undefined);
    assert.equal(unchangedKey({ ...table, statsFrom: 1_000 + STAT_RESOLUTION_MS }, 'a.txt', info), undefined);
  });

  it("does not read a file the table says is unchanged, and reads one edited to the same size with its modification time put back", async () => {
    const text = (word: string) => `${word} Story\n\nThe talks in the capital went on until late in the evening without any result.`;
    const { articles, cache } = await archiveOf('a.txt', text('Early'));
    const file = join(articles, 'a.txt');
    const written = new Date('2020-01-01T00:00:00Z'); // whole seconds: a time utimes can put back exactly
    await utimes(file, written, written);
    await readArchive(articles, cache);
    // As if the last build had taken the files' data long after they were written.
    const later = async () => {
      const table = await cache.readTable();
      const rows: Row[] = [...table.byFile].map(([name, { key, stat }]) => [key, table.byKey.get(key)!, name, stat]);
      await cache.writeTable(rows, Date.now() + 60_000);
    };
    await later();
    const read = mock.method(fs, 'readFileSync');
    syncBuiltinESMExports();
    try {
      assert.deepEqual(titles(await readArchive(articles, cache)), ['Early Story']);
      assert.equal(read.mock.calls.filter((call) => call.arguments[0] === file).length, 0);
    } finally {
      read.mock.restore();
      syncBuiltinESMExports();
    }
    await writeFile(file, text('Later'));
    await utimes(file, written, written);
    assert.equal(statSync(file).size, text('Early').length);
    assert.equal(statSync(file).mtimeMs, written.getTime());
    await later();
    assert.deepEqual(titles(await readArchive(articles, cache)), ['Later Story']);
  });
});
