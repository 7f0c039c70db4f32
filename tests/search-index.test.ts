// The search index in parts: bounded parts, stable assignment, and re-indexing only what changed.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { PAGEFIND_PATCHES, patchPagefind } from '../src/search/pagefindPatches.ts';
import { planParts, SMALL_PARTS_MAX, WITHDRAWN_MAX, writeCachedSearchIndex, writeSearchIndex, type Indexed, type Manifest, type SearchArticle, type SearchEntry } from '../src/search/index.ts';

const entry = (n: number): SearchEntry => ({ url: `/2021/05/${String(n).padStart(2, '0')}/story-${n}/`, title: `Story ${n}`, text: `The story numbered ${n} tells of talks.` });
const options = { language: 'en', urlPath: '/pagefind/', partMax: 2 };

/**
 * What a build of the index into `dir`/`to` did, keeping the unchanged parts of the index in
 * `dir`/`from`: those are copied beside the new ones, as publishing the site leaves them in place.
 */
async function published(dir: string, from: string, to: string, building: Promise<Indexed>): Promise<{ indexed: number; reused: number }> {
  const { indexed, kept } = await building;
  for (const part of kept) cpSync(join(dir, from, part), join(dir, to, part), { recursive: true });
  return { indexed, reused: kept.length };
}

/** The parts of an index as parts.json lists them: their sizes, largest first. */
const sizes = (dir: string) => (JSON.parse(readFileSync(join(dir, 'parts.json'), 'utf8')).parts as Array<{ articles: number }>).map((p) => p.articles);

describe('the search index in parts', () => {
  it('indexes a new archive in as few even parts as keep each under the limit', () => {
    const keys = (n: number) => new Map(Array.from({ length: n }, (_, k) => [entry(k).url, 'k']));
    assert.deepEqual(planParts([], keys(0), 4).fresh, []);
    assert.deepEqual(planParts([], keys(9), 4).fresh.map((p) => p.length), [3, 3, 3]);
    assert.deepEqual(planParts([], keys(8), 4).fresh.map((p) => p.length), [4, 4]);
  });

  it('keeps the parts whose articles are unchanged, and adds new articles, and new versions of edited ones, in a small part', () => {
    const part = (...ns: number[]) => ({ dir: ns.join('-'), members: Object.fromEntries(ns.map((n) => [entry(n).url, 'k'])), withdrawn: [] });
    const previous = [part(1, 2, 3, 4), part(5, 6, 7, 8)];
    const keys = (ns: number[], changed?: number) => new Map(ns.map((n) => [entry(n).url, n === changed ? 'edited' : 'k']));
    const urls = (ns: number[]) => ns.map((n) => entry(n).url).sort();
    const added = planParts(previous, keys([1, 2, 3, 4, 5, 6, 7, 8, 9]), 4);
    assert.deepEqual(added.kept, previous.map((p) => ({ ...p, withdrawing: [] })));
    assert.deepEqual(added.fresh, [urls([9])]);
    // Edited or removed: withdrawn from the part that holds it, which is kept.
    const edited = planParts(previous, keys([1, 2, 3, 4, 5, 6, 7, 8], 6), 4);
    assert.deepEqual(edited.kept[1], { ...part(5, 7, 8), dir: '5-6-7-8', withdrawing: urls([6]) });
    assert.deepEqual(edited.fresh, [urls([6])]);
    const removed = planParts(previous, keys([1, 2, 3, 5, 6, 7, 8]), 4);
    assert.deepEqual(removed.kept[0], { ...part(1, 2, 3), dir: '1-2-3-4', withdrawing: urls([4]) });
    assert.deepEqual(removed.fresh, []);
    // With no withdrawal allowed (or past WITHDRAWN_MAX), the part is indexed again with what it still holds.
    const reindexed = planParts(previous, keys([1, 2, 3, 5, 6, 7, 8]), 4, 0);
    assert.deepEqual(reindexed.kept, [{ ...previous[1], withdrawing: [] }]);
    assert.deepEqual(reindexed.fresh, [urls([1, 2, 3])]);
    const full = { ...part(1, 2, 3, 4), withdrawn: Array.from({ length: WITHDRAWN_MAX }, (_, k) => ({ id: `en_${k}`, filters: {} })) };
    assert.deepEqual(planParts([full], keys([1, 2, 3]), 4).fresh, [urls([1, 2, 3])], 'one more than WITHDRAWN_MAX');
    // A part left with nothing is dropped, and nothing is indexed.
    assert.deepEqual(planParts([part(9)], keys([]), 4), { kept: [], fresh: [] });
  });

  it('folds the small parts into full ones once there are more than SMALL_PARTS_MAX', () => {
    const small = Array.from({ length: SMALL_PARTS_MAX }, (_, k) => ({ dir: `s${k}`, members: { [entry(100 + k).url]: 'k' }, withdrawn: [] }));
    const keys = new Map([...small.map((p) => [Object.keys(p.members)[0]!, 'k'] as [string, string]), [entry(1).url, 'k']]);
    const plan = planParts(small, keys, 4);
    assert.deepEqual(plan.kept, []);
    assert.deepEqual(plan.fresh.flat().sort(), [...keys.keys()].sort());
    assert.ok(plan.fresh.every((p) => p.length <= 4));
  });

  it('re-indexes only the articles added, and keeps the unchanged parts of the previous index', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-index-'));
    const six = [1, 2, 3, 4, 5, 6].map(entry);
    assert.deepEqual(await writeSearchIndex(six, join(dir, 'a'), options), { indexed: 3, kept: [] });
    assert.deepEqual(sizes(join(dir, 'a')), [2, 2, 2]);
    const manifest = JSON.parse(readFileSync(join(dir, 'a/parts.json'), 'utf8'));
    for (const part of manifest.parts) assert.ok(existsSync(join(dir, 'a', part.path.slice('/pagefind/'.length), 'pagefind.js')));

    // Each build writes a new folder beside the live one, reusing its unchanged parts.
    const seven = [...six, entry(7)];
    assert.deepEqual(await published(dir, 'a', 'b', writeSearchIndex(seven, join(dir, 'b'), { ...options, previousDir: join(dir, 'a') })), { indexed: 1, reused: 3 });
    assert.deepEqual(sizes(join(dir, 'b')), [1, 2, 2, 2], 'the part of the newest article first');
    assert.deepEqual(await published(dir, 'b', 'c', writeSearchIndex(seven, join(dir, 'c'), { ...options, previousDir: join(dir, 'b') })), { indexed: 0, reused: 4 });
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
    assert.deepEqual(await writeCachedSearchIndex(six, text, join(dir, 'a'), options), { indexed: 3, kept: [] });
    assert.deepEqual(read.sort(), six.map((a) => a.sourceFile));

    // The same URL, title and date, other bytes: the text may differ, so it is indexed again (in a
    // part of its own, withdrawn from the part that held it), and no other article's text is read.
    read.length = 0;
    const edited = six.map((a) => (a.sourceFile === '3.txt' ? { ...a, sha256: 'e'.repeat(64) } : a));
    assert.deepEqual(await published(dir, 'a', 'b', writeCachedSearchIndex(edited, text, join(dir, 'b'), { ...options, previousDir: join(dir, 'a') })), { indexed: 1, reused: 3 });
    assert.deepEqual(read, ['3.txt']);
  });

  it("withdraws an edited or removed article from its part, naming its page there and the filter values it is counted under", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-index-'));
    const filtered = (n: number, word = 'talks'): SearchEntry => ({ ...entry(n), text: `The story numbered ${n} tells of ${word}.`, filters: { year: ['2021'], topic: [`Topic ${n}`] } });
    const four = [1, 2, 3, 4].map((n) => filtered(n));
    const whole = { ...options, partMax: 10 };
    await writeSearchIndex(four, join(dir, 'a'), whole);
    const manifest = (site: string) => JSON.parse(readFileSync(join(dir, site, 'parts.json'), 'utf8')) as Manifest;
    const [held] = manifest('a').parts;
    // A page's id is its fragment's name; the fragment holds its URL.
    const pageOf = (site: string, path: string, url: string) => {
      const fragments = join(dir, site, path.slice('/pagefind/'.length), 'fragment');
      const name = readdirSync(fragments).find((f) => gunzipSync(readFileSync(join(fragments, f))).includes(`"url":"${url}"`))!;
      return name.replace(/\.pf_fragment$/, '');
    };

    // Story 2 edited, story 4 removed: nothing but the new version is indexed.
    const next = [filtered(1), filtered(2, 'quarrels'), filtered(3)];
    assert.deepEqual(await published(dir, 'a', 'b', writeSearchIndex(next, join(dir, 'b'), { ...whole, previousDir: join(dir, 'a') })), { indexed: 1, reused: 1 });
    const kept = manifest('b').parts.find((p) => p.path === held!.path)!;
    assert.equal(kept.articles, 2);
    assert.deepEqual(kept.withdrawn, [
      { id: pageOf('a', held!.path, entry(2).url), filters: { year: ['2021'], topic: ['Topic 2'] } },
      { id: pageOf('a', held!.path, entry(4).url), filters: { year: ['2021'], topic: ['Topic 4'] } },
    ]);
    // Kept as they were by the next build; past the limit, the part is indexed again and withdraws nothing.
    await published(dir, 'b', 'c', writeSearchIndex(next, join(dir, 'c'), { ...whole, previousDir: join(dir, 'b') }));
    assert.deepEqual(manifest('c'), manifest('b'));
    assert.deepEqual(await published(dir, 'c', 'd', writeSearchIndex(next.slice(0, 2), join(dir, 'd'), { ...whole, previousDir: join(dir, 'c'), withdrawnMax: 2 })), { indexed: 1, reused: 1 });
    assert.ok(manifest('d').parts.every((p) => !p.withdrawn));
  });

  it('re-indexes a part that lost an article from the files it had: only changed files are written, and none it no longer names stays', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-index-'));
    const whole = { ...options, partMax: 10 };
    const four = [1, 2, 3, 4].map(entry);
    await writeSearchIndex(four, join(dir, 'a'), whole);
    assert.deepEqual(await published(dir, 'a', 'b', writeSearchIndex(four.slice(1), join(dir, 'b'), { ...whole, previousDir: join(dir, 'a'), withdrawnMax: 0 })), { indexed: 1, reused: 0 });
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
      assert.ok(text.includes('.map((r)=>Object.assign(r,{part:n}))'), `${file}: each result names its part`);
    }
    // Patched once already, the text is gone: a second patch (or a Pagefind without it) is refused by name.
    await assert.rejects(patchPagefind(part), new RegExp(`cannot patch Pagefind's pagefind\\.js \\(${PAGEFIND_PATCHES[0]!.why}\\)`));
    await writeFile(join(part, 'pagefind-worker.js'), '');
    await assert.rejects(patchPagefind(part), /found 0 times/);
  });
});
