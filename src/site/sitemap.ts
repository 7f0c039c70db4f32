// sitemap.xml: every page a reader can land on, absolute. Past 50,000 URLs (the protocol's limit for
// one file) sitemap.xml is an index of sitemap-1.xml, sitemap-2.xml … of 50,000 each.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream } from 'sitemap';
import { absoluteUrl } from './urls.ts';

/** The protocol's most URLs in one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

async function write(stream: SitemapStream | SitemapIndexStream, items: Array<{ url: string }>, file: string): Promise<void> {
  await pipeline(Readable.from(items), stream, createWriteStream(file));
}

/** Writes sitemap.xml (and its parts, past SITEMAP_MAX_URLS) for the site paths `paths` into `dir`. */
export async function writeSitemap(paths: string[], dir: string, max = SITEMAP_MAX_URLS): Promise<void> {
  const items = [...paths].sort().map((path) => ({ url: absoluteUrl(path) }));
  if (items.length <= max) return write(new SitemapStream(), items, join(dir, 'sitemap.xml'));
  const parts: Array<{ url: string }> = [];
  for (let k = 0; k * max < items.length; k++) {
    const name = `sitemap-${k + 1}.xml`;
    await write(new SitemapStream(), items.slice(k * max, (k + 1) * max), join(dir, name));
    parts.push({ url: absoluteUrl(`/${name}`) });
  }
  await write(new SitemapIndexStream(), parts, join(dir, 'sitemap.xml'));
}
