// The render stage on its own: whatever an article's body holds, it is text, never front matter
// (Eleventy reads front matter, `---js` included, from the start of a template's content).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Article } from '../src/article.ts';
import { renderSite } from '../src/build/render.ts';
import { articleMeta } from './helpers/articles.ts';

const article = (body: string): Article => ({
  ...articleMeta('Front Matter Lookalike', { sourceFile: 'x.txt', sha256: 'a'.repeat(64), wordCount: 1, fingerprint: '' }),
  body,
  removed: [],
});

describe('rendering an article', () => {
  it('never reads its body as front matter, even one that starts like it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'clippings-render-'));
    const bodies = ['---js\n{ permalink: "/pwned/", title: (globalThis.clippingsPwned = "ran") }\n---\nText.', '---\npermalink: /pwned-yaml/\n---\nText.'];
    const pages = bodies.map((body, n) => ({ article: article(body), url: `/undated/lookalike-${n}/`, sourcePath: 'README.md', duplicates: [], context: { related: [], alsoReported: [], topics: [], sources: [] } }));
    await renderSite(pages, [], { topics: [], sources: [] }, out, { withText: (article) => article });
    assert.equal((globalThis as { clippingsPwned?: string }).clippingsPwned, undefined, 'the body ran as JavaScript');
    assert.ok(!existsSync(join(out, 'pwned')) && !existsSync(join(out, 'pwned-yaml')));
    for (const n of [0, 1]) assert.match(readFileSync(join(out, `undated/lookalike-${n}/index.html`), 'utf8'), /permalink/);
  });
  it("says on the page when the body was taken as the file's front matter says", async () => {
    const out = await mkdtemp(join(tmpdir(), 'clippings-render-'));
    const pages = [{ article: { ...article('Text.'), extract: 'lines 12-40' }, url: '/undated/instructed/', sourcePath: 'README.md', duplicates: [], context: { related: [], alsoReported: [], topics: [], sources: [] } }];
    await renderSite(pages, [], { topics: [], sources: [] }, out, { withText: (a) => a });
    assert.match(readFileSync(join(out, 'undated/instructed/index.html'), 'utf8'), /<code>extract: lines 12-40<\/code>: the lines named/);
  });
});
