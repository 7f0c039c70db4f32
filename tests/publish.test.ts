// Publishing a build: a small change moves into the site in place, a large one (or a site without a
// manifest) replaces it whole; a publication stopped at any move, by an error or a kill, is undone.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { IN_PLACE_MAX_UNITS, pageUnit, publish, publishedUnits, recover, SITE_MANIFEST, type Publication } from '../src/build/publish.ts';
import { projectPaths, type Paths } from '../src/build/paths.ts';

/** Every file below `dir` with its content. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]).sort());
}

async function write(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

const PREVIOUS = {
  'index.html': 'home 1',
  'kept/index.html': 'kept page',
  'gone/deep/index.html': 'a removed article',
  'pagefind/parts.json': 'parts 1',
  'pagefind/p1/fragment/a': 'part 1',
  'pagefind/p2/fragment/b': 'part 2',
};
/** What the build wrote: the home page again, a new page, a new search part (part 1 kept, part 2 dropped). */
const WRITTEN = { 'index.html': 'home 2', 'new/index.html': 'new page', 'pagefind/parts.json': 'parts 2', 'pagefind/p3/fragment/c': 'part 3' };
const NEXT = { ...PREVIOUS, ...WRITTEN, 'gone/deep/index.html': undefined, 'pagefind/p2/fragment/b': undefined };
const KEPT = [pageUnit('/kept/'), 'pagefind/p1'];

/** A project whose site is PREVIOUS (with its manifest) and whose staging folder holds WRITTEN. */
async function project(withManifest = true): Promise<{ paths: Paths; publication: Publication; before: Record<string, string> }> {
  const paths = projectPaths(await mkdtemp(join(tmpdir(), 'clippings-publish-')));
  await write(paths.site, PREVIOUS);
  if (withManifest) await writeFile(join(paths.site, SITE_MANIFEST), JSON.stringify(['index.html', 'kept/index.html', 'gone/deep/index.html', 'pagefind/parts.json', 'pagefind/p1', 'pagefind/p2', SITE_MANIFEST].sort()));
  const staging = join(paths.work, 'staging-1');
  await write(staging, WRITTEN);
  const publication = { kept: KEPT, previous: await publishedUnits(paths.site), staging, aside: join(paths.work, 'retired-1-0') };
  return { paths, publication, before: snapshot(paths.site) };
}

/** The site's files but its manifest, which the test reads on its own. */
const pages = (site: string) => Object.fromEntries(Object.entries(snapshot(site)).filter(([path]) => path !== SITE_MANIFEST));
const expected = Object.fromEntries(Object.entries(NEXT).filter(([, content]) => content !== undefined).sort());
/** Moves in place: the previous units written again or gone (5) aside, then the written ones (5, the manifest one of them) in. */
const MOVES = 5 + 5;

describe('publishing a build', () => {
  it('in place: moves in what was written, moves aside what it replaces, keeps the rest where it is', async () => {
    const { paths, publication } = await project();
    const keptInode = statSync(join(paths.site, 'kept/index.html')).ino;
    const aside = await publish(paths, publication);
    assert.deepEqual(pages(paths.site), expected);
    assert.equal(statSync(join(paths.site, 'kept/index.html')).ino, keptInode, 'the kept page was not touched');
    assert.ok(!existsSync(join(paths.site, 'gone')), 'the folders the removed page left empty are gone');
    assert.deepEqual(JSON.parse(readFileSync(join(paths.site, SITE_MANIFEST), 'utf8')), [...KEPT, ...Object.keys(WRITTEN).map((p) => p.replace(/^(pagefind\/p\d)\/.*/, '$1')), SITE_MANIFEST].sort());
    assert.equal(aside, publication.aside);
    assert.deepEqual(snapshot(aside!), { 'gone/deep/index.html': 'a removed article', 'index.html': 'home 1', 'pagefind/p2/fragment/b': 'part 2', 'pagefind/parts.json': 'parts 1', [SITE_MANIFEST]: JSON.stringify(['index.html', 'kept/index.html', 'gone/deep/index.html', 'pagefind/parts.json', 'pagefind/p1', 'pagefind/p2', SITE_MANIFEST].sort()) });
  });

  it('stopped by an error at any move, leaves the previous site as it was', async () => {
    for (let stop = 1; stop <= MOVES; stop++) {
      const { paths, publication, before } = await project();
      const moved = (count: number) => {
        if (count === stop) throw new Error(`stopped at move ${count}`);
      };
      await assert.rejects(publish(paths, { ...publication, moved }), new RegExp(`stopped at move ${stop}$`));
      assert.deepEqual(snapshot(paths.site), before, `stopped at move ${stop}`);
      assert.ok(!existsSync(join(paths.site, 'new')), 'no folder of a new page is left');
    }
  });

  it('killed at any move, is undone by the next build', async () => {
    for (const stop of [1, 5, MOVES]) {
      const { paths, publication, before } = await project();
      const script = `import { publish } from ${JSON.stringify(new URL('../src/build/publish.ts', import.meta.url).pathname)};
        const publication = ${JSON.stringify({ ...publication, previous: [...publication.previous!] })};
        await publish(${JSON.stringify(paths)}, { ...publication, previous: new Set(publication.previous), moved: (n) => n === ${stop} && process.kill(process.pid, 'SIGKILL') });`;
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'inherit' });
      assert.equal(await new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal))), 'SIGKILL');
      assert.ok(existsSync(join(paths.work, 'publish.json')), 'the journal is left');
      assert.notDeepEqual(snapshot(paths.site), before, 'the site is half published');
      await recover(paths);
      assert.deepEqual(snapshot(paths.site), before, `killed at move ${stop}`);
      assert.ok(!existsSync(publication.staging) && !existsSync(publication.aside));
      await recover(paths); // nothing left to do
      assert.deepEqual(snapshot(paths.site), before);
    }
  });

  it(`whole, past ${IN_PLACE_MAX_UNITS} units or without a previous manifest: the kept units linked into the new site, the previous one aside`, async () => {
    for (const withManifest of [true, false]) {
      const { paths, publication, before } = await project(withManifest);
      const many = Object.fromEntries(Array.from({ length: withManifest ? IN_PLACE_MAX_UNITS : 0 }, (_, k) => [`more/${k}/index.html`, String(k)]));
      await write(publication.staging, many);
      const keptInode = statSync(join(paths.site, 'kept/index.html')).ino;
      const aside = await publish(paths, publication);
      assert.deepEqual(pages(paths.site), Object.fromEntries(Object.entries({ ...expected, ...many }).sort()));
      assert.equal(statSync(join(paths.site, 'kept/index.html')).ino, keptInode, 'linked, not copied');
      assert.deepEqual(snapshot(aside!), before, 'the whole previous site aside');
      assert.ok(!existsSync(publication.staging));
    }
  });

  it('whole, with a kept unit removed from the site by hand: fails, saying which, and the next build keeps nothing', async () => {
    const { paths, publication } = await project();
    await write(publication.staging, Object.fromEntries(Array.from({ length: IN_PLACE_MAX_UNITS }, (_, k) => [`more/${k}/index.html`, String(k)])));
    await rm(join(paths.site, 'kept/index.html'));
    await assert.rejects(publish(paths, publication), /^Error: kept\/index\.html is missing from the site/);
    assert.equal(await publishedUnits(paths.site), undefined);
    assert.equal(readFileSync(join(paths.site, 'index.html'), 'utf8'), 'home 1', 'the site is left as it was');
  });
});
