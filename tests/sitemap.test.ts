// The sitemap (src/site/sitemap.ts): one file up to the protocol's limit, an index of parts past it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { parseSitemap, parseSitemapIndex } from 'sitemap';
import { site } from '../src/site/config.ts';
import { SITEMAP_MAX_URLS, writeSitemap } from '../src/site/sitemap.ts';

const parse = (dir: string, name: string) => parseSitemap(Readable.from(readFileSync(join(dir, name), 'utf8')));

describe('the sitemap', () => {
  it(`is one file of absolute URLs up to ${SITEMAP_MAX_URLS} pages`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-sitemap-'));
    await writeSitemap(['/', '/a/', '/b/'], dir);
    assert.deepEqual((await parse(dir, 'sitemap.xml')).map((u) => u.url), ['/', '/a/', '/b/'].map((p) => `${site.url}${p}`));
  });

  it('is an index of parts past the limit, every page in one of them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-sitemap-'));
    const paths = Array.from({ length: 5 }, (_, i) => `/p${i}/`);
    await writeSitemap(paths, dir, 2);
    const index = await parseSitemapIndex(Readable.from(readFileSync(join(dir, 'sitemap.xml'), 'utf8')));
    assert.deepEqual(index.map((i) => i.url), [1, 2, 3].map((n) => `${site.url}/sitemap-${n}.xml`));
    const urls = (await Promise.all([1, 2, 3].map((n) => parse(dir, `sitemap-${n}.xml`)))).flat().map((u) => u.url);
    assert.deepEqual(urls, paths.map((p) => `${site.url}${p}`));
  });
});
