// The search index in parts: bounded parts, stable assignment, and re-indexing only what changed.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PAGEFIND_PATCHES, patchPagefind } from '../src/search/pagefindPatches.ts';
import { planParts, SMALL_PARTS_MAX, writeCachedSearchIndex, writeSearchIndex, type SearchArticle, type SearchEntry } from '../src/search/index.ts';

const entry = (n: number): SearchEntry => ({ url: `/2021/05/${String(n).padStart(2, '0')}/story-${n}/`, title: `Story ${n}`, text: `The story numbered ${n} tells of talks.` });
const options = { language: 'en', urlPath: '/pagefind/', partMax: 2 };

/** The parts of an index as parts.json lists them: their sizes, largest first. */
const sizes = (dir: string) => (JSON.parse(readFileSync(join(dir, 'parts.json'), 'utf8')).parts as Array<{ articles: number }>).map((p) => p.articles);

describe('the search index in parts', () => {
  it('indexes a new archive in as few even parts as keep each under the limit', () => {
    const keys = (n: number) => new Map(Array.from({ length: n }, (_, k) => [entry(k).url, 'k']));
    assert.deepEqual(planParts([], keys(0), 4).fresh, []);
    assert.deepEqual(planParts([], keys(9), 4).fresh.map((p) => p.length), [3, 3, 3]);
    assert.deepEqual(planParts([], keys(8), 4).fresh.map((p) => p.length), [4, 4]);
  });

  it('keeps the parts whose articles are unchanged, indexes a part that lost or changed one again, and adds new articles in a small part', () => {
    const part = (...ns: number[]) => ({ dir: ns.join('-'), members: Object.fromEntries(ns.map((n) => [entry(n).url, 'k'])) });
    const previous = [part(1, 2, 3, 4), part(5, 6, 7, 8)];
    const keys = (ns: number[], changed?: number) => new Map(ns.map((n) => [entry(n).url, n === changed ? 'edited' : 'k']));
    const urls = (ns: number[]) => ns.map((n) => entry(n).url).sort();
    const added = planParts(previous, keys([1, 2, 3, 4, 5, 6, 7, 8, 9]), 4);
    assert.deepEqual(added.kept, previous);
    assert.deepEqual(added.fresh, [urls([9])]);
    const edited = planParts(previous, keys([1, 2, 3, 4, 5, 6, 7, 8], 6), 4);
    assert.deepEqual(edited.kept, [previous[0]]);
    assert.deepEqual(edited.fresh, [urls([5, 6, 7, 8])]);
    const removed = planParts(previous, keys([1, 2, 3, 5, 6, 7, 8]), 4);
    assert.deepEqual(removed.kept, [previous[1]]);
    assert.deepEqual(removed.fresh, [urls([1, 2, 3])]);
  });

  it('folds the small parts into full ones once there are more than SMALL_PARTS_MAX', () => {
    const small = Array.from({ length: SMALL_PARTS_MAX }, (_, k) => ({ dir: `s${k}`, members: { [entry(100 + k).url]: 'k' } }));
    const keys = new Map([...small.map((p) => [Object.keys(p.members)[0]!, 'k'] as [string, string]), [entry(1).url, 'k']]);
    const plan = planParts(small, keys, 4);
    assert.deepEqual(plan.kept, []);
    assert.deepEqual(plan.fresh.flat().sort(), [...keys.keys()].sort());
    assert.ok(plan.fresh.every((p) => p.length <= 4));
  });

  it('re-indexes only the articles added, and links the unchanged parts from the previous index', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-index-'));
    const six = [1, 2, 3, 4, 5, 6].map(entry);
    assert.deepEqual(await writeSearchIndex(six, join(dir, 'a'), options), { indexed: 3, reused: 0 });
    assert.deepEqual(sizes(join(dir, 'a')), [2, 2, 2]);
    const manifest = JSON.parse(readFileSync(join(dir, 'a/parts.json'), 'utf8'));
    for (const part of manifest.parts) assert.ok(existsSync(join(dir, 'a', part.path.slice('/pagefind/'.length), 'pagefind.js')));

    // Each build writes a new folder beside the live one, reusing its unchanged parts.
    const seven = [...six, entry(7)];
    assert.deepEqual(await writeSearchIndex(seven, join(dir, 'b'), { ...options, previousDir: join(dir, 'a') }), { indexed: 1, reused: 3 });
    assert.deepEqual(sizes(join(dir, 'b')), [1, 2, 2, 2], 'the part of the newest article first');
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
    assert.deepEqual(await writeCachedSearchIndex(six, text, join(dir, 'a'), options), { indexed: 3, reused: 0 });
    assert.deepEqual(read.sort(), six.map((a) => a.sourceFile));

    // The same URL, title and date, other bytes: the text may differ, so its part is indexed again.
    read.length = 0;
    const edited = six.map((a) => (a.sourceFile === '3.txt' ? { ...a, sha256: 'e'.repeat(64) } : a));
    assert.deepEqual(await writeCachedSearchIndex(edited, text, join(dir, 'b'), { ...options, previousDir: join(dir, 'a') }), { indexed: 1, reused: 2 });
    assert.equal(read.length, 2);
    assert.ok(read.includes('3.txt'));
  });

  it('re-indexes a part that lost an article from the files it had: only changed files are written, and none it no longer names stays', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-index-'));
    const whole = { ...options, partMax: 10 };
    const four = [1, 2, 3, 4].map(entry);
    await writeSearchIndex(four, join(dir, 'a'), whole);
    assert.deepEqual(await writeSearchIndex(four.slice(1), join(dir, 'b'), { ...whole, previousDir: join(dir, 'a') }), { indexed: 1, reused: 0 });
    const bundle = (site: string) => join(dir, site, JSON.parse(readFileSync(join(dir, site, 'parts.json'), 'utf8')).parts[0].path.slice('/pagefind/'.length));
    const fragments = (site: string) => readdirSync(join(bundle(site), 'fragment')).map((name) => join(bundle(site), 'fragment', name));
    // The three stories' fragments are the previous part's files (one inode, linked), the removed story's is gone.
    assert.equal(fragments('b').length, 3);
    for (const file of fragments('b')) assert.ok(fragments('a').some((old) => statSync(old).ino === statSync(file).ino), `${file} reused`);
    // The same index as one written from nothing.
    await writeSearchIndex(four.slice(1), join(dir, 'c'), whole);
    const listing = (site: string) => readdirSync(bundle(site), { recursive: true }).map(String).sort();
    assert.deepEqual(listing('b'), listing('c'));
  });

  it("patches each part's Pagefind scripts, and refuses scripts that lack the text a patch replaces", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-index-'));
    await writeSearchIndex([entry(1)], join(dir, 'a'), options);
    const part = join(dir, 'a', JSON.parse(readFileSync(join(dir, 'a/parts.json'), 'utf8')).parts[0].path.slice('/pagefind/'.length));
    for (const file of ['pagefind.js', 'pagefind-worker.js']) {
      const text = await readFile(join(part, file), 'utf8');
      assert.ok(text.includes('term.length?this.backend.request_indexes(ptr,term):"[]"'), `${file}: no chunks for a search without words`);
      assert.match(text, /let response=\{parts:\w+\.map\(\(s\)=>s\.results\.length\),results,/, `${file}: merged sorted results say where each part's begin`);
    }
    // Patched once already, the text is gone: a second patch (or a Pagefind without it) is refused by name.
    await assert.rejects(patchPagefind(part), new RegExp(`cannot patch Pagefind's pagefind\\.js \\(${PAGEFIND_PATCHES[0]!.why}\\)`));
    await writeFile(join(part, 'pagefind-worker.js'), '');
    await assert.rejects(patchPagefind(part), /found 0 times/);
  });
});
