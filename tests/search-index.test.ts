// The search index in parts: bounded parts, stable assignment, and re-indexing only what changed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { partCount, partOf } from '../src/parts.ts';
import { PART_MAX_ARTICLES, writeCachedSearchIndex, writeSearchIndex, type SearchArticle, type SearchEntry } from '../src/search/index.ts';

const entry = (n: number): SearchEntry => ({ url: `/2021/05/${String(n).padStart(2, '0')}/story-${n}/`, title: `Story ${n}`, text: `The story numbered ${n} tells of talks.` });
const options = { language: 'en', urlPath: '/pagefind/', partMax: 2 };

describe('the search index in parts', () => {
  it('uses as few parts as keep each under the limit, doubling as the archive grows', () => {
    assert.deepEqual([0, 1, 4000, 4001, 8001, 100_000].map((n) => partCount(n, PART_MAX_ARTICLES)), [1, 1, 1, 2, 4, 32]);
    // Doubling splits a part in two: an article's part under 2k parts is its part under k, or k more.
    for (let n = 0; n < 50; n++) assert.equal(partOf(entry(n).url, 8) % 4, partOf(entry(n).url, 4));
  });

  it('leaves empty parts out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-index-'));
    const [a, b] = [entry(1), entry(2)];
    const result = await writeSearchIndex([a, b], dir, { ...options, partMax: 1 / 4 }); // 8 parts for 2 articles
    const manifest = JSON.parse(readFileSync(join(dir, 'parts.json'), 'utf8'));
    assert.equal(manifest.count, 8);
    assert.deepEqual(manifest.parts.map((p: { articles: number }) => p.articles), [1, 1]);
    assert.equal(result.indexed, 2);
  });

  it('re-indexes only the part an added article falls in, and links the rest from the previous index', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-index-'));
    const six = [1, 2, 3, 4, 5, 6].map(entry);
    assert.deepEqual(await writeSearchIndex(six, join(dir, 'a'), options), { indexed: 4, reused: 0 });
    const manifest = JSON.parse(readFileSync(join(dir, 'a/parts.json'), 'utf8'));
    assert.equal(manifest.parts.length, 4);
    assert.equal(manifest.parts.reduce((n: number, p: { articles: number }) => n + p.articles, 0), 6);
    for (const part of manifest.parts) assert.ok(existsSync(join(dir, 'a', part.path.slice('/pagefind/'.length), 'pagefind.js')));

    // Each build writes a new folder beside the live one, reusing its unchanged parts.
    const seven = [...six, entry(7)];
    assert.deepEqual(await writeSearchIndex(seven, join(dir, 'b'), { ...options, previousDir: join(dir, 'a') }), { indexed: 1, reused: 3 });
    assert.deepEqual(await writeSearchIndex(seven, join(dir, 'c'), { ...options, previousDir: join(dir, 'b') }), { indexed: 0, reused: 4 });
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'c/parts.json'), 'utf8')), JSON.parse(readFileSync(join(dir, 'b/parts.json'), 'utf8')));
  });

  it('reads the text of only the parts it indexes, and re-indexes a part whose raw file changed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-index-'));
    const six: SearchArticle[] = [1, 2, 3, 4, 5, 6].map((n) => ({ url: entry(n).url, title: entry(n).title, sha256: String(n).repeat(64), sourceFile: `${n}.txt` }));
    const read: string[] = [];
    const text = (article: SearchArticle) => {
      read.push(article.sourceFile);
      return `The text of ${article.sourceFile}.`;
    };
    assert.deepEqual(await writeCachedSearchIndex(six, text, join(dir, 'a'), options), { indexed: 4, reused: 0 });
    assert.deepEqual(read.sort(), six.map((a) => a.sourceFile));

    // The same URL, title and date, other bytes: the text may differ, so its part is indexed again.
    read.length = 0;
    const edited = six.map((a) => (a.sourceFile === '3.txt' ? { ...a, sha256: 'e'.repeat(64) } : a));
    assert.deepEqual(await writeCachedSearchIndex(edited, text, join(dir, 'b'), { ...options, previousDir: join(dir, 'a') }), { indexed: 1, reused: 3 });
    const part = partOf(six[2]!.url, 4);
    assert.deepEqual(read.sort(), six.filter((a) => partOf(a.url, 4) === part).map((a) => a.sourceFile));
  });
});
