// The built site's quality on every kind of page, in a real browser (Debian chromium): no axe-core
// violations, valid HTML (html-validate), no broken internal link (a crawl of every page), no sideways
// scroll on a 320-px screen; and the same links whole when the site is deployed under a sub-path.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveSite } from './helpers/browser.ts';
import { pages } from './helpers/html.ts';
import { makeProject, runCli } from './helpers/project.ts';
import { readFileSync } from 'node:fs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const UNDATED = 'A Note Without A Date\n\nThe talks in the capital went on until late in the evening without any result, officials in Baku said.\n';
/** Seed 004's story as another outlet ran it: its text under another headline and publisher. */
/** A title of one long unbroken word, as scraped file names and URLs come: it must wrap on a small screen. */
const LONG_WORD = '---\ndate: 2023-09-21\n---\nDownload: nfl_fantasy_live_november_6_hour_1_and_the_whole_of_hour_2.mp3\n\nThe talks in the capital went on until late in the evening without any result, officials in Baku said.\n';
const RETOLD = (seed: string) =>
  `---\npublisher: The Caucasus Ledger\ndate: 2023-09-19\n---\n${seed.replace(/^Calm Called for in Karabakh[^\n]*/m, 'World Powers Urge Calm as Azerbaijan Moves in Karabakh')}`;

/** Every kind of page a reader meets, by path below the site. */
const PAGE_KINDS: Record<string, string> = {
  home: '/',
  article: '/2023/09/19/calm-called-for-in-karabakh-amid-azerbaijans-anti-terrorism-operation-russia/',
  timeline: '/timeline/',
  year: '/timeline/2020/',
  month: '/timeline/2020/10/',
  undated: '/timeline/undated/',
  topics: '/topics/',
  topic: '/topics/antony-blinken/',
  sources: '/sources/',
  source: '/sources/turan/',
  search: '/search/?q=Blinken',
  'search, filters open': '/search/?q=Karabakh&year=2020&sort=oldest',
  'search, no result': '/search/?q=zzxxqq',
  404: '/404.html',
};

/** The internal links (href and src starting with `prefix`) of a page, without query or fragment. */
function internalLinks(html: string, prefix: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!).filter((u) => u.startsWith('/')).map((u) => u.replace(/[?#].*$/, '')).filter((u) => u.startsWith(prefix) || u === prefix.slice(0, -1));
}

/** Whether a link below the prefix names a file of the site. */
function resolves(site: string, prefix: string, link: string): boolean {
  const path = join(site, link.slice(prefix.length));
  return link.endsWith('/') ? existsSync(join(path, 'index.html')) : existsSync(path);
}

async function buildShipped(env: Record<string, string> = {}): Promise<string> {
  const dir = await makeProject();
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(dir, 'articles/undated-note.txt'), UNDATED);
  await writeFile(join(dir, 'articles/long-word.txt'), LONG_WORD);
  await writeFile(join(dir, 'articles/zz-retold.txt'), RETOLD(readFileSync(join(dir, 'articles/004_50e2646faf1d8608.txt'), 'utf8')));
  const run = await runCli(dir, ['build'], env);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  return join(dir, '_site');
}

describe('the quality of every kind of page', () => {
  let site: string;
  let base: string;
  let server: Server;
  let browser: Browser;
  before(async () => {
    site = await buildShipped();
    ({ url: base, server } = await serveSite(site));
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('shows the same story from another outlet under "Also reported by"', () => {
    const article = readFileSync(join(site, PAGE_KINDS.article!, 'index.html'), 'utf8');
    assert.match(article, /Also reported by[^]*The Caucasus Ledger<\/span>: <a href="\/2023\/09\/19\/[a-z-]+\/">/);
  });

  it('has no axe-core violation on any kind of page', async () => {
    const page = await browser.newPage();
    for (const [kind, path] of Object.entries(PAGE_KINDS)) {
      await page.goto(base + path);
      if (kind.startsWith('search')) await page.waitForFunction(() => /results? for/.test(document.getElementById('search-status')?.textContent ?? ''));
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> } }).axe.run();
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
      });
      assert.deepEqual(violations, [], kind);
    }
    await page.close();
  });

  it('is valid HTML on every page (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        'doctype-style': 'off', // `<!doctype html>` is as valid as `<!DOCTYPE html>`
        'no-trailing-whitespace': 'off', // whitespace left by templates, invisible
        'long-title': 'off', // an article's title is its headline, however long
        'no-inline-style': 'off', // the chart's bar heights are data
      },
    });
    for (const page of pages(site)) {
      const report = await validator.validateString(page.html, page.path);
      assert.ok(report.valid, `${page.path}: ${report.results.flatMap((r) => r.messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`)).join('; ')}`);
    }
  });

  it('has no broken internal link on any page', () => {
    const all = pages(site);
    assert.ok(all.length > 20);
    for (const page of all) for (const link of internalLinks(page.html, '/')) assert.ok(resolves(site, '/', link), `${page.path} → ${link}`);
  });

  it('fits a 320-px screen without sideways scroll, and a 1280-px one, a title of one long word included', async () => {
    for (const width of [320, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const kind of ['home', 'article', 'timeline', 'topics']) {
        await page.goto(base + PAGE_KINDS[kind]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${kind} at ${width} px scrolls sideways by ${overflow} px`);
        if (process.env.CLIPPINGS_SCREENSHOTS) await page.screenshot({ path: join(process.env.CLIPPINGS_SCREENSHOTS, `${kind}-${width}.png`), fullPage: true });
      }
      await page.close();
    }
  });
});

describe('the site deployed under a sub-path', () => {
  const PREFIX = '/archive/';
  let site: string;
  before(async () => {
    site = await buildShipped({ CLIPPINGS_PATH_PREFIX: PREFIX, CLIPPINGS_URL: 'https://example.org' });
  });

  it('links every page, style sheet, script, feed and search index below the sub-path, and each link resolves', () => {
    for (const page of pages(site)) {
      const links = [...page.html.matchAll(/\s(?:href|src|action|data-base|data-index)="(\/[^"]*)"/g)].map((m) => m[1]!);
      for (const link of links) assert.ok(link.startsWith(PREFIX), `${page.path}: ${link} is outside ${PREFIX}`);
      for (const link of internalLinks(page.html, PREFIX)) assert.ok(resolves(site, PREFIX, link), `${page.path} → ${link}`);
    }
    const parts = JSON.parse(readFileSync(join(site, 'pagefind/parts.json'), 'utf8')).parts as Array<{ path: string }>;
    for (const { path } of parts) assert.ok(path.startsWith(`${PREFIX}pagefind/`), path);
    assert.match(readFileSync(join(site, 'feed.xml'), 'utf8'), /href="https:\/\/example\.org\/archive\/2023\/09\/20\//);
    assert.match(readFileSync(join(site, 'sitemap.xml'), 'utf8'), /<loc>https:\/\/example\.org\/archive\/topics\/<\/loc>/);
  });
});
